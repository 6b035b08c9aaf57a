namespace Allies.Core.Interactions;

/// <summary>Something that happened between the owner and one or more contacts.</summary>
public sealed class Interaction : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public InteractionKind Kind { get; set; }
    public Initiator InitiatedBy { get; set; } = Initiator.Unknown;
    public string? Summary { get; set; }
    public Depth Depth { get; set; } = Depth.SmallTalk;
    public InteractionSource Source { get; set; } = InteractionSource.Manual;
    /// <summary>Message-ID, calendar UID...: makes re-imports idempotent.</summary>
    public string? ExternalId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The answer to something I started, when recorded; null: derived from what came next (see Reciprocity/Responsiveness).</summary>
    public ReplyStatus? Reply { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }

    public List<InteractionParticipant> Participants { get; set; } = [];
    public List<Exchange> Exchanges { get; set; } = [];
}

public sealed class InteractionParticipant
{
    public Guid InteractionId { get; set; }
    public Guid ContactId { get; set; }
    public Guid OwnerId { get; set; }
}

public enum InteractionKind { Coffee, Call, Message, Email, Lunch, Meeting, Event, Reaction, VoiceNote }

public enum Initiator { Unknown, Me, Them }

public enum Depth { SmallTalk, Substantive, Personal }

public enum InteractionSource { Manual, Mbox, Ics, Csv, Demo, LinkedIn }

/// <summary>How they answered something I started.</summary>
public enum ReplyStatus { NoAnswer, Answered, Accepted, Declined }
