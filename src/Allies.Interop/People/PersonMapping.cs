using Allies.Core.Contacts;
using Allies.Interop.Reading;

namespace Allies.Interop.People;

/// <summary>
/// Maps what a file said about a person onto what the contact services accept. Pure: no database, no clock.
/// Nothing is dropped silently: a value that does not fit its field (an email without '@', a phone with letters)
/// is kept in the notes.
/// </summary>
public static class PersonMapping
{
    /// <param name="defaultRegion">Country (ISO 3166, e.g. "FR") for phone numbers written without "+country".</param>
    public static ContactInput ToContactInput(PersonRecord person, string? defaultRegion = null) => Map(person, defaultRegion).Input;

    /// <summary>
    /// The contact input, and a sentence for each value that did not fit its field and went to the notes instead, for
    /// an import report to list against the person's file and line.
    /// </summary>
    /// <param name="defaultRegion">Country (ISO 3166, e.g. "FR") for phone numbers written without "+country".</param>
    public static MappedPerson Map(PersonRecord person, string? defaultRegion = null)
    {
        var notes = new List<string>();
        var kept = new List<ProblemText>();
        if (!string.IsNullOrWhiteSpace(person.Notes))
        {
            notes.Add(person.Notes.Trim());
        }

        var (first, last) = Names(person);

        var emails = new List<string>();
        foreach (var email in person.Emails.Select(e => e.Value.Trim()))
        {
            if (ContactInput.IsEmail(email))
            {
                if (!emails.Contains(email, StringComparer.OrdinalIgnoreCase))
                {
                    emails.Add(email);
                }
            }
            else
            {
                notes.Add($"Email as written: {email}");
                kept.Add(Reasons.EmailKept.With(email));
            }
        }

        var phones = new List<string>();
        foreach (var phone in person.Phones.Select(p => p.Value.Trim()))
        {
            var number = E164.TryFormat(phone, defaultRegion) ?? (ContactInput.IsPhone(phone) ? phone : null);
            if (number is null)
            {
                notes.Add($"Phone as written: {phone}");
                kept.Add(Reasons.PhoneKept.With(phone));
            }
            else if (!phones.Contains(number))
            {
                phones.Add(number);
            }
        }

        var input = new ContactInput
        {
            FirstName = first,
            LastName = last,
            Emails = emails,
            Phones = phones,
            Company = person.Company,
            Role = person.Role,
            Function = person.Department,
            Location = person.Location,
            Channel = person.Channel,
            HowMet = person.HowMet,
            MetOn = person.MetOn,
            Birthday = person.Birthday,
            Tags = person.Tags,
            LinkedInUrl = WebAddress(person.LinkedInUrl, "LinkedIn", Reasons.LinkedInKept, notes, kept),
            Website = WebAddress(person.Website, "Website", Reasons.WebsiteKept, notes, kept),
            ExternalId = person.ExternalId,
            Notes = notes.Count == 0 ? null : string.Join("\n\n", notes),
        };
        return new(input, kept);
    }

    /// <summary>First and last name, from the structured name, else the display name, else a nickname or the email.</summary>
    public static (string? First, string? Last) Names(PersonRecord person)
    {
        var first = Join(person.FirstName, person.MiddleName);
        var last = Join(person.LastName, person.Suffix);
        if (first is not null || last is not null)
        {
            return (first, last);
        }

        if (!string.IsNullOrWhiteSpace(person.FullName))
        {
            return Split(person.FullName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(person.Nickname))
        {
            return (person.Nickname.Trim(), null);
        }

        if (person.Emails.Count > 0 && person.Emails[0].Value.Split('@')[0] is { Length: > 0 } local)
        {
            return (local, null);
        }

        return (null, person.Company);
    }

    // "Doe, John" is how Outlook and mailing lists write it; otherwise the last word is the family name.
    static (string? First, string? Last) Split(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0)
        {
            return (Clean(name[(comma + 1)..]), Clean(name[..comma]));
        }

        var space = name.LastIndexOf(' ');
        return space > 0 ? (Clean(name[..space]), Clean(name[(space + 1)..])) : (name, null);
    }

    static string? WebAddress(string? value, string what, ProblemReason1 keptAs, List<string> notes, List<ProblemText> kept)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return text;
        }

        notes.Add($"{what} as written: {value.Trim()}");
        kept.Add(keptAs.With(value.Trim()));
        return null;
    }

    static string? Join(params string?[] parts) =>
        Clean(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())));

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A person mapped onto a contact input, with a sentence for each value that was kept in the notes instead of its field.</summary>
public sealed record MappedPerson(ContactInput Input, IReadOnlyList<ProblemText> KeptInNotes);
