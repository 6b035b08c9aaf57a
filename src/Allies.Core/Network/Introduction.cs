namespace Allies.Core.Network;

/// <summary>
/// A double opt-in introduction: between two contacts (A ↔ B), or of the owner to a target (B) through an introducer (A).
/// </summary>
public sealed class Introduction : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public IntroductionKind Kind { get; set; }
    public Guid ContactAId { get; set; }
    public Guid ContactBId { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? AAskedAt { get; set; }
    public DateTimeOffset? AAcceptedAt { get; set; }
    public DateTimeOffset? BAskedAt { get; set; }
    public DateTimeOffset? BAcceptedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? MetAt { get; set; }
    public IntroductionOutcome Outcome { get; set; } = IntroductionOutcome.Open;
    public string? OutcomeNote { get; set; }
}

public enum IntroductionKind { BetweenContacts, MeToTarget }

public enum IntroductionOutcome { Open, Declined, Met, Fruitful, Fizzled }
