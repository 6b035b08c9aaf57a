using System.Globalization;
using Allies.Core.Contacts;
using Allies.Interop.People;

namespace Allies.Data.Imports;

/// <summary>
/// Merges what one contact says into another, field by field, losing no value:
/// an empty field is filled; an equal value (ignoring case and spaces) changes nothing; a different value is kept as
/// it was and the other one is written into the notes as "Field (also): value"; emails, phones, tags and interests
/// are unions; notes are appended when not already there; the phase kept is the further one; the creation date the
/// earlier one. Running it twice with the same input changes nothing the second time.
/// </summary>
public static class ContactMerge
{
    /// <summary>Merges <paramref name="from"/> into <paramref name="into"/>; returns whether anything changed (nothing changes when <paramref name="dryRun"/>).</summary>
    public static bool Merge(Contact into, Contact from, bool dryRun = false)
    {
        var notes = new List<string>();
        var changed = false;
        string? Text(string label, string? mine, string? theirs)
        {
            if (string.IsNullOrWhiteSpace(theirs) || Same(mine, theirs))
            {
                return mine;
            }

            if (string.IsNullOrWhiteSpace(mine))
            {
                changed = true;
                return theirs.Trim();
            }

            notes.Add($"{label} (also): {theirs.Trim()}");
            return mine;
        }

        T? Value<T>(string label, T? mine, T? theirs)
            where T : struct
        {
            if (theirs is null || Equals(mine, theirs))
            {
                return mine;
            }

            if (mine is null)
            {
                changed = true;
                return theirs;
            }

            notes.Add($"{label} (also): {Show(theirs.Value)}");
            return mine;
        }

        var first = from.FirstName;
        var last = from.LastName;
        if (!(Same(into.FirstName, first) && Same(into.LastName, last)) && (first.Length > 0 || last.Length > 0))
        {
            if (into.FirstName.Length == 0 && into.LastName.Length == 0)
            {
                changed = true;
                if (!dryRun)
                {
                    into.FirstName = first;
                    into.LastName = last;
                }
            }
            else
            {
                notes.Add($"Name (also): {ContactNames.Display(first, last)}");
            }
        }

        var company = Text("Company", into.Company, from.Company);
        var role = Text("Role", into.Role, from.Role);
        var industry = Text("Industry", into.Industry, from.Industry);
        var function = Text("Function", into.Function, from.Function);
        var location = Text("Location", into.Location, from.Location);
        var howMet = Text("How met", into.HowMet, from.HowMet);
        var whereMet = Text("Where met", into.WhereMet, from.WhereMet);
        var needs = Text("Needs", into.Needs, from.Needs);
        var offers = Text("Offers", into.Offers, from.Offers);
        var detail = Text("Personal detail", into.PersonalDetail, from.PersonalDetail);
        var linkedIn = SameUrl(into.LinkedInUrl, from.LinkedInUrl) ? into.LinkedInUrl : Text("LinkedIn", into.LinkedInUrl, from.LinkedInUrl);
        var website = SameUrl(into.Website, from.Website) ? into.Website : Text("Website", into.Website, from.Website);
        var externalId = Text("Other id", into.ExternalId, from.ExternalId);
        var metOn = Value("Met on", into.MetOn, from.MetOn);
        var birthday = Value("Birthday", into.Birthday, from.Birthday);
        var channel = Value("Channel", into.Channel, from.Channel);
        var circle = Value("Circle", into.PinnedCircle, from.PinnedCircle);
        var cadence = Value("Cadence (days)", into.CadenceDays, from.CadenceDays);
        var introducedBy = into.IntroducedById ?? from.IntroducedById;
        if (into.IntroducedById is null && from.IntroducedById is not null && from.IntroducedById != into.Id)
        {
            changed = true;
        }
        else
        {
            introducedBy = into.IntroducedById;
        }

        var newEmails = from.Emails.Select(e => e.Address)
            .Where(a => !into.Emails.Any(e => string.Equals(e.Address, a, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var newPhones = from.Phones.Select(p => p.Number)
            .Where(n => !into.Phones.Any(p => PhoneKey(p.Number) == PhoneKey(n))).Distinct().ToList();
        var newTags = from.Tags.Select(t => t.Name)
            .Where(n => !into.Tags.Any(t => string.Equals(t.Name, n, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var newInterests = from.Interests
            .Where(i => !into.Interests.Contains(i, StringComparer.OrdinalIgnoreCase)).ToList();
        var phase = from.Phase > into.Phase ? from.Phase : into.Phase;

        var noteText = into.Notes ?? "";
        var addNotes = new List<string>();
        if (!string.IsNullOrWhiteSpace(from.Notes) && !noteText.Contains(from.Notes.Trim(), StringComparison.Ordinal))
        {
            addNotes.Add(from.Notes.Trim());
        }

        addNotes.AddRange(notes.Where(n => !noteText.Contains(n, StringComparison.Ordinal)).Distinct());
        changed |= newEmails.Count > 0 || newPhones.Count > 0 || newTags.Count > 0 || newInterests.Count > 0
                   || phase != into.Phase || addNotes.Count > 0;
        if (dryRun || !changed)
        {
            return changed;
        }

        into.Company = company;
        into.Role = role;
        into.Industry = industry;
        into.Function = function;
        into.Location = location;
        into.HowMet = howMet;
        into.WhereMet = whereMet;
        into.Needs = needs;
        into.Offers = offers;
        into.PersonalDetail = detail;
        into.LinkedInUrl = linkedIn;
        into.Website = website;
        into.ExternalId = externalId;
        into.MetOn = metOn;
        into.Birthday = birthday;
        into.Channel = channel;
        into.PinnedCircle = circle;
        into.CadenceDays = cadence;
        into.IntroducedById = introducedBy;
        into.Phase = phase;
        into.Interests = [.. into.Interests, .. newInterests];
        if (addNotes.Count > 0)
        {
            into.Notes = string.Join("\n\n", new[] { into.Notes }.Concat(addNotes).Where(n => !string.IsNullOrWhiteSpace(n)));
        }

        var position = into.Emails.Count == 0 ? 0 : into.Emails.Max(e => e.Position) + 1;
        foreach (var email in newEmails)
        {
            into.Emails.Add(new ContactEmail { ContactId = into.Id, Address = email, Position = position++ });
        }

        position = into.Phones.Count == 0 ? 0 : into.Phones.Max(p => p.Position) + 1;
        foreach (var phone in newPhones)
        {
            into.Phones.Add(new ContactPhone { ContactId = into.Id, Number = phone, Position = position++ });
        }

        foreach (var tag in newTags)
        {
            into.Tags.Add(new ContactTag { ContactId = into.Id, OwnerId = into.OwnerId, Name = tag });
        }

        if (from.CreatedAt != default && from.CreatedAt < into.CreatedAt)
        {
            into.CreatedAt = from.CreatedAt;
        }

        into.Reindex();
        return true;
    }

    /// <summary>
    /// The key phone numbers are compared by: E.164 when the number can be read, else its digits. A number already
    /// written "+digits" is its own key either way (E.164 of a valid one gives it back; for an invalid one the digits are
    /// the same text), so it skips the phone library: stored numbers are E.164, and an import compares each of them
    /// several times (the contact index, the merge).
    /// </summary>
    public static string PhoneKey(string number) =>
        IsPlusDigits(number) ? number : E164.TryFormat(number) ?? new string([.. number.Where(c => char.IsDigit(c) || c == '+')]);

    static bool IsPlusDigits(string number) => number.Length > 1 && number[0] == '+' && !number.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>A LinkedIn (or any) profile address without scheme, "www.", query or trailing slash, in lower case.</summary>
    public static string? UrlKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim().ToLowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        var query = text.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            text = text[..query];
        }

        return text.TrimEnd('/');
    }

    /// <summary>The name key: folded "first last", or null when the contact has no name.</summary>
    public static string? NameKey(string first, string last)
    {
        var key = ContactNames.Fold($"{first} {last}").Trim();
        return key.Length == 0 ? null : key;
    }

    static bool SameUrl(string? a, string? b) => a is not null && b is not null && UrlKey(a) == UrlKey(b);

    static bool Same(string? a, string? b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    static string Squash(string? s) => string.Join(' ', (s ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static string Show<T>(T value)
        where T : struct => value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
}
