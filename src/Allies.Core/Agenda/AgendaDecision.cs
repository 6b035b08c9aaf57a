namespace Allies.Core.Agenda;

/// <summary>What the owner decided about one agenda item: done (an interaction was logged), snoozed or skipped.</summary>
public sealed class AgendaDecision : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ContactId { get; set; }
    /// <summary>The item's key, e.g. "overdue:{contact}", "life:{event}:{year}", "promise:{id}".</summary>
    public string ItemKey { get; set; } = "";
    public AgendaDecisionKind Kind { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    /// <summary>The item stays hidden while today is before this day; null hides it for good.</summary>
    public DateOnly? Until { get; set; }
    public Guid? InteractionId { get; set; }
}

public enum AgendaDecisionKind { Done, Snoozed, Skipped }

/// <summary>A per-account secret for the iCalendar feed; only its SHA-256 hash is stored.</summary>
public sealed class AgendaFeed : IOwned
{
    public Guid OwnerId { get; set; }
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
