namespace Allies.Core.Imports;

/// <summary>One import of one file (or folder): what it was, how far it got, and what it did.</summary>
public sealed class ImportRun : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public ImportKind Kind { get; set; }
    /// <summary>The name the user gave (file or folder name, never a server path).</summary>
    public string FileName { get; set; } = "";
    public ImportStatus Status { get; set; } = ImportStatus.Queued;
    /// <summary>Records (people, messages, meetings) read so far, good or bad.</summary>
    public int Read { get; set; }
    public int Added { get; set; }
    public int Merged { get; set; }
    /// <summary>Records already there with nothing new (a re-import), or not about known people.</summary>
    public int Skipped { get; set; }
    public int Problems { get; set; }
    /// <summary>Unsure matches sent to the duplicates review.</summary>
    public int Duplicates { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Why the run failed as a whole (unreadable file), when it did, in English.</summary>
    public string? Error { get; set; }
    /// <summary>The same as a problem code (Allies.Interop's Reasons), so a page can say it in the reader's language; null in runs from before codes.</summary>
    public string? ErrorCode { get; set; }
    /// <summary>The values of <see cref="ErrorCode"/>'s sentence.</summary>
    public List<string>? ErrorArgs { get; set; }
}

/// <summary>A line of an import's report: a problem, a person to suggest as a contact, or an upcoming meeting.</summary>
public sealed class ImportReportItem : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ImportRunId { get; set; }
    public ReportItemKind Kind { get; set; }
    public string? File { get; set; }
    public long? Line { get; set; }
    /// <summary>1-based message number in a mailbox.</summary>
    public long? MessageNumber { get; set; }
    /// <summary>The problem's reason (in English), the suggested person's name, or the meeting's summary.</summary>
    public string Text { get; set; } = "";
    /// <summary>
    /// A problem's code (Allies.Interop's Reasons), which the report page shows in the reader's language with
    /// <see cref="Args"/>; null for suggestions, meetings, and problems stored before codes (shown from their Text).
    /// </summary>
    public string? Code { get; set; }
    /// <summary>The values of <see cref="Code"/>'s sentence, in the order of its placeholders.</summary>
    public List<string>? Args { get; set; }
    public string? Email { get; set; }
    /// <summary>How many messages or meetings the suggested person appears on.</summary>
    public int Count { get; set; }
    public DateTimeOffset? At { get; set; }
    /// <summary>For a suggestion: the contact made when the owner accepted it.</summary>
    public Guid? ContactId { get; set; }
}

/// <summary>Two contacts that may be the same person, waiting for the owner's decision.</summary>
public sealed class DuplicateCandidate : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    /// <summary>The contact already there (kept when merged).</summary>
    public Guid ContactAId { get; set; }
    /// <summary>The contact the import added.</summary>
    public Guid ContactBId { get; set; }
    public string Reason { get; set; } = "";
    public DuplicateStatus Status { get; set; } = DuplicateStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public enum ImportKind { LinkedIn, Google, Outlook, Csv, VCard, Mbox, Eml, Maildir, Ics, LinkedInMessages }

public enum ImportStatus { Queued, Running, Done, Failed, Interrupted }

public enum ReportItemKind { Problem, Suggestion, Upcoming }

public enum DuplicateStatus { Open, Merged, KeptApart }
