namespace Allies.Core.Contacts;

public sealed class LifeEvent : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ContactId { get; set; }
    public LifeEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? Note { get; set; }
    /// <summary>The interaction in which the owner congratulated them, if any.</summary>
    public Guid? CongratulatedInInteractionId { get; set; }
}

public enum LifeEventKind { NewJob, Promotion, Publication, Birthday, Move, Wedding, Birth, Award, Other }
