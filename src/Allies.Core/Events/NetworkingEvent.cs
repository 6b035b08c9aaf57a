namespace Allies.Core.Events;

/// <summary>A conference, meetup or dinner: choose up to 3 targets, prepare, capture, follow up.</summary>
public sealed class NetworkingEvent : IOwned
{
    public const int MaxTargets = 3;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public string? Place { get; set; }
    public string? PreparationNotes { get; set; }
    public FollowUpStatus FollowUp { get; set; } = FollowUpStatus.NotStarted;
    public List<EventGuest> Guests { get; set; } = [];
}

public sealed class EventGuest
{
    public Guid EventId { get; set; }
    public Guid ContactId { get; set; }
    public Guid OwnerId { get; set; }
    public bool IsTarget { get; set; }
    public string? Preparation { get; set; }
    /// <summary>Met on the spot and noted there.</summary>
    public bool Captured { get; set; }
    public string? CaptureNote { get; set; }
}

public enum FollowUpStatus { NotStarted, InProgress, Done }
