using Allies.Data.Contacts;
using Allies.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Contacts;

/// <summary>Finds the one contact a typed name (or email) means, or says why it cannot: nobody, or several people.</summary>
public static class NameLookup
{
    public static async Task<(Guid? Id, string? Error)> FindOneAsync(ContactService contacts, Guid owner, string name, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var found = await contacts.ResolveAsync(owner, name, ct);
        var active = found.Where(c => !c.Archived).ToList();
        var candidates = active.Count > 0 ? active : [.. found];
        // Several partial matches, but one whose full name is exactly what was typed: that one is meant.
        var exact = candidates.Where(c => string.Equals(c.DisplayName, name.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();
        if (exact.Count == 1)
        {
            return (exact[0].Id, null);
        }

        return candidates.Count switch
        {
            0 => (null, text["error.person_unknown", name.Trim()]),
            1 => (candidates[0].Id, null),
            _ => (null, text["error.person_ambiguous", name.Trim(), string.Join(", ", candidates.Take(8).Select(Describe))]),
        };
    }

    static string Describe(ContactSummary c) =>
        c.Company is { Length: > 0 } ? $"{c.DisplayName} ({c.Company})"
        : c.Email is { Length: > 0 } ? $"{c.DisplayName} ({c.Email})"
        : c.DisplayName;
}
