namespace Allies.Core.Interactions;

/// <summary>One thing given or asked inside an interaction. The reciprocity ledger is a query over these.</summary>
public sealed class Exchange : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid InteractionId { get; set; }
    /// <summary>The participant this exchange was with (an interaction may have several).</summary>
    public Guid ContactId { get; set; }
    /// <summary>
    /// The interaction's time, copied onto each exchange (set wherever exchanges are written) so the reciprocity window is one
    /// index range over the owner's exchanges, with no join to interactions.
    /// </summary>
    public DateTimeOffset OccurredAt { get; set; }
    public ExchangeKind Kind { get; set; }
    public ExchangeDirection Direction { get; set; }
    public string? What { get; set; }
    public ExchangeOutcome Outcome { get; set; } = ExchangeOutcome.Pending;
    /// <summary>A low-stakes share or ask made to see what they do with it (seed 000: givers amplify, takers take).</summary>
    public bool IsProbe { get; set; }
}

public enum ExchangeKind { Introduction, Information, Expertise, Visibility, Support, Resource, Favour }

public enum ExchangeDirection { IGave, TheyGave, IAsked, TheyAsked }

public enum ExchangeOutcome { Pending, Done, Declined, Ignored, Amplified }
