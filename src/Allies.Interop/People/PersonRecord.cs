using Allies.Core.Contacts;

namespace Allies.Interop.People;

/// <summary>
/// A person as a file describes them, before any merging: what a vCard, a LinkedIn, Google or Outlook CSV row says.
/// Plain data; <see cref="PersonMapping.ToContactInput"/> turns it into what the contact services accept.
/// </summary>
public sealed record PersonRecord
{
    /// <summary>Apple and CardBook write a birthday whose year is unknown with this year; so do we.</summary>
    public const int UnknownBirthYear = 1604;

    /// <summary>The name as displayed (vCard FN, CSV "Name"/"Display Name").</summary>
    public string? FullName { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? MiddleName { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public string? Nickname { get; init; }

    public IReadOnlyList<LabeledValue> Emails { get; init; } = [];
    public IReadOnlyList<LabeledValue> Phones { get; init; } = [];

    public string? Company { get; init; }
    public string? Department { get; init; }
    public string? Role { get; init; }
    /// <summary>Where they live or work, as "City, Region, Country".</summary>
    public string? Location { get; init; }

    public string? LinkedInUrl { get; init; }
    public string? Website { get; init; }

    /// <summary>The birthday; its year is <see cref="UnknownBirthYear"/> when only the day is known.</summary>
    public DateOnly? Birthday { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The source's stable id for this person (vCard UID), so a re-import finds the same contact.</summary>
    public string? ExternalId { get; init; }

    public Channel? Channel { get; init; }
    public string? HowMet { get; init; }
    /// <summary>When the relationship started, e.g. LinkedIn's "Connected On".</summary>
    public DateOnly? MetOn { get; init; }

    /// <summary>The format it came from: "vcard", "linkedin", "google", "outlook", "csv".</summary>
    public string Source { get; init; } = "";
    /// <summary>The file it came from.</summary>
    public string File { get; init; } = "";
    /// <summary>1-based line where the card or row starts.</summary>
    public long Line { get; init; }

    /// <summary>The best name to show for this person, whatever fields the source filled in.</summary>
    public string DisplayName =>
        FullName is { Length: > 0 } full ? full
        : string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name ? name
        : Nickname ?? (Emails.Count > 0 ? Emails[0].Value : null) ?? Company ?? "";
}

/// <summary>An email address or phone number with the label the source gave it (home, work, cell...).</summary>
public sealed record LabeledValue(string Value, string? Label = null);
