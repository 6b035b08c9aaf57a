namespace Allies.Interop.Calendar;

/// <summary>
/// One meeting (or one occurrence of a recurring meeting) from a calendar: when, what, and who was invited with
/// their answer. Past meetings with attendees become interactions; future ones are upcoming.
/// </summary>
public sealed record MeetingRecord
{
    public string File { get; init; } = "";
    /// <summary>1-based line of the event's BEGIN:VEVENT.</summary>
    public long Line { get; init; }
    public string? Uid { get; init; }
    /// <summary>Start in UTC. Floating times and all-day dates, which have no zone, are read as UTC.</summary>
    public DateTimeOffset Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public bool IsAllDay { get; init; }
    public string? Summary { get; init; }
    public string? Location { get; init; }
    /// <summary>CONFIRMED, TENTATIVE, CANCELLED, or null when the calendar does not say.</summary>
    public string? Status { get; init; }
    public MeetingPerson? Organizer { get; init; }
    public IReadOnlyList<MeetingAttendee> Attendees { get; init; } = [];
    /// <summary>True when this record is one occurrence of a recurring event.</summary>
    public bool IsOccurrence { get; init; }

    /// <summary>The same for the same occurrence every time the file is read: UID (or line) and start.</summary>
    public string StableId =>
        $"{Uid ?? $"{File}:{Line}"}@{Start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
}

/// <summary>A person on a meeting: the name shown (CN) and the email from the mailto: address.</summary>
public record MeetingPerson(string? Name, string? Email);

/// <summary>An invited person and their answer (ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION, DELEGATED).</summary>
public sealed record MeetingAttendee(string? Name, string? Email, string? ParticipationStatus, string? Role)
    : MeetingPerson(Name, Email);

/// <summary>
/// The span in which recurring events are expanded, and at most how many occurrences each one gives: a daily
/// meeting with no end would otherwise never stop. Events that do not recur are read whatever their date.
/// </summary>
public sealed record CalendarWindow(DateTimeOffset From, DateTimeOffset To, int MaxOccurrencesPerEvent = 500);
