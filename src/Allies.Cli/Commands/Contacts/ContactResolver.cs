using Allies.Cli.Shell;
using Allies.Data.Contacts;

namespace Allies.Cli.Commands.Contacts;

/// <summary>Turns what a person typed (a name, an email or an id) into exactly one of their contacts, or one clear refusal.</summary>
static class ContactResolver
{
    const int CandidatesShown = 5;

    /// <param name="archivedToo">Look among archived contacts when no current one matches (show, edit, unarchive).</param>
    public static async Task<ContactSummary> ResolveAsync(Session session, string? text, CancellationToken ct, bool archivedToo = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliError("A contact is needed: give a name, an email or an id.");
        }

        var contacts = session.Get<ContactService>();
        var matches = await contacts.ResolveAsync(session.Owner.Id, text, ct);
        if (matches.Count == 0 && archivedToo)
        {
            matches = await contacts.ResolveAsync(session.Owner.Id, text, includeArchived: true, ct);
        }

        return matches.Count switch
        {
            0 => throw new CliError($"No contact matches '{text}'."),
            1 => matches[0],
            _ => throw new CliError(Ambiguous(text, matches)),
        };
    }

    static string Ambiguous(string text, IReadOnlyList<ContactSummary> matches)
    {
        var labels = matches.Select(Label).ToList();
        // Two people with the same name and company still need telling apart.
        labels = [.. labels.Select((l, i) => labels.Count(x => x == l) > 1 ? $"{l} [{matches[i].Id}]" : l)];
        var shown = string.Join(", ", labels.Take(CandidatesShown)) + (labels.Count > CandidatesShown ? ", …" : "");
        var count = matches.Count >= 20 ? "20 or more" : matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"'{text}' matches {count} contacts: {shown} — use a fuller name, an email or an id.";
    }

    static string Label(ContactSummary c)
    {
        var detail = c.Company ?? c.Email;
        var name = c.DisplayName + (c.Archived ? " (archived)" : "");
        return detail is null ? name : $"{name} ({detail})";
    }
}
