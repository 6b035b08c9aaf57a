using Allies.Data.Contacts;
using Allies.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Contacts;

/// <summary>Finds the one contact a typed name (or email) means, or says why it cannot: nobody, or several people.</summary>
public static class NameLookup
{
    public static async Task<(Guid? Id, string? Error)> FindOneAsync(ContactService contacts, Guid owner, string name, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        // ContactService.ResolveAsync already prefers exact names and emails and leaves archived people out.
        var candidates = await contacts.ResolveAsync(owner, name, ct);
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
