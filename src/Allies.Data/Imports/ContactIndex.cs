using Allies.Core.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

/// <summary>
/// The match keys of every contact of one owner, loaded once per import and kept up to date as the import adds
/// contacts: email, phone (E.164), LinkedIn address, external id (vCard UID), and name. Its size follows the number
/// of contacts, never the size of the file.
/// </summary>
sealed class ContactIndex
{
    readonly Dictionary<string, Guid> _emails = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, Guid> _phones = new(StringComparer.Ordinal);
    readonly Dictionary<string, Guid> _linkedIn = new(StringComparer.Ordinal);
    readonly Dictionary<string, Guid> _external = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Guid>> _names = new(StringComparer.Ordinal);

    public static async Task<ContactIndex> LoadAsync(AlliesDb db, Guid ownerId, bool emailsOnly, CancellationToken ct)
    {
        var index = new ContactIndex();
        var emails = await db.ContactEmails.AsNoTracking()
            .Join(db.Contacts.Where(c => c.OwnerId == ownerId), e => e.ContactId, c => c.Id, (e, c) => new { e.Address, c.Id })
            .ToListAsync(ct);
        foreach (var e in emails)
        {
            index._emails.TryAdd(e.Address.Trim(), e.Id);
        }

        if (emailsOnly)
        {
            return index;
        }

        var phones = await db.ContactPhones.AsNoTracking()
            .Join(db.Contacts.Where(c => c.OwnerId == ownerId), p => p.ContactId, c => c.Id, (p, c) => new { p.Number, c.Id })
            .ToListAsync(ct);
        foreach (var p in phones)
        {
            index._phones.TryAdd(ContactMerge.PhoneKey(p.Number), p.Id);
        }

        var rows = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.LinkedInUrl, c.ExternalId }).ToListAsync(ct);
        foreach (var c in rows)
        {
            index.AddKeys(c.Id, c.FirstName, c.LastName, c.LinkedInUrl, c.ExternalId);
        }

        return index;
    }

    public Guid? ByEmail(string address) => _emails.TryGetValue(address.Trim(), out var id) ? id : null;

    /// <summary>The first sure match of a contact-to-be, and why; other contacts sure keys point to, for the review.</summary>
    public (Guid? Id, string? Reason, List<(Guid Id, string Reason)> Others) Sure(Contact c)
    {
        var hits = new List<(Guid Id, string Reason)>();
        if (c.ExternalId is { Length: > 0 } ext && _external.TryGetValue(ext, out var byExt))
        {
            hits.Add((byExt, $"same id {ext}"));
        }

        foreach (var e in c.Emails)
        {
            if (_emails.TryGetValue(e.Address, out var id))
            {
                hits.Add((id, $"same email {e.Address}"));
            }
        }

        foreach (var p in c.Phones)
        {
            if (_phones.TryGetValue(ContactMerge.PhoneKey(p.Number), out var id))
            {
                hits.Add((id, $"same phone {p.Number}"));
            }
        }

        if (ContactMerge.UrlKey(c.LinkedInUrl) is { } url && _linkedIn.TryGetValue(url, out var byUrl))
        {
            hits.Add((byUrl, $"same LinkedIn {c.LinkedInUrl}"));
        }

        if (hits.Count == 0)
        {
            return (null, null, []);
        }

        var first = hits[0];
        return (first.Id, first.Reason, [.. hits.Where(h => h.Id != first.Id).DistinctBy(h => h.Id)]);
    }

    public Guid? ByLinkedIn(string? url) => ContactMerge.UrlKey(url) is { } key && _linkedIn.TryGetValue(key, out var id) ? id : null;

    public IReadOnlyList<Guid> ByName(string first, string last) =>
        ContactMerge.NameKey(first, last) is { } key && _names.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Adds (or refreshes) the keys of a contact that was added or merged.</summary>
    public void Add(Contact c)
    {
        foreach (var e in c.Emails)
        {
            _emails.TryAdd(e.Address.Trim(), c.Id);
        }

        foreach (var p in c.Phones)
        {
            _phones.TryAdd(ContactMerge.PhoneKey(p.Number), c.Id);
        }

        AddKeys(c.Id, c.FirstName, c.LastName, c.LinkedInUrl, c.ExternalId);
    }

    void AddKeys(Guid id, string first, string last, string? linkedIn, string? externalId)
    {
        if (ContactMerge.UrlKey(linkedIn) is { } url)
        {
            _linkedIn.TryAdd(url, id);
        }

        if (!string.IsNullOrWhiteSpace(externalId))
        {
            _external.TryAdd(externalId.Trim(), id);
        }

        if (ContactMerge.NameKey(first, last) is { } name)
        {
            if (!_names.TryGetValue(name, out var ids))
            {
                _names[name] = ids = [];
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }
}
