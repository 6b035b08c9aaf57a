using Allies.Core;
using Allies.Core.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Contacts;

/// <summary>Contacts of one owner: every call takes the owner's id and never sees another's rows.</summary>
public sealed class ContactService(AlliesDb db, TimeProvider clock, Settings.SettingsService settings)
{
    public async Task<Paged<ContactSummary>> ListAsync(Guid ownerId, ContactQuery query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, ContactQuery.MaxPageSize);
        var q = db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId);
        if (!query.IncludeArchived)
        {
            q = q.Where(c => c.ArchivedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            foreach (var term in ContactNames.Fold(query.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                q = q.Where(c => c.SearchText.Contains(term));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim();
            q = q.Where(c => db.ContactTags.Any(t => t.OwnerId == ownerId && t.ContactId == c.Id && t.Name == tag));
        }

        if (!string.IsNullOrWhiteSpace(query.Company))
        {
            q = q.Where(c => c.Company == query.Company.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            q = q.Where(c => c.Industry == query.Industry.Trim());
        }

        if (query.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }

        var total = await q.CountAsync(ct);
        q = query.Sort switch
        {
            // Contacts without a company last on every database (SQLite sorts NULL first, PostgreSQL last).
            ContactSort.Company => q.OrderBy(c => c.Company == null).ThenBy(c => c.Company).ThenBy(c => c.SortName).ThenBy(c => c.Id),
            ContactSort.Created => q.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
            ContactSort.Updated => q.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
            _ => q.OrderBy(c => c.SortName).ThenBy(c => c.Id),
        };
        var rows = await q.Skip((page - 1) * size).Take(size)
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.LastName,
                c.Company,
                c.Role,
                c.Industry,
                c.Channel,
                c.Phase,
                c.ArchivedAt,
                Email = c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault(),
                Tags = c.Tags.Select(t => t.Name).ToList(),
                Last = db.InteractionParticipants.Where(p => p.OwnerId == ownerId && p.ContactId == c.Id)
                    .Join(db.Interactions, p => p.InteractionId, i => i.Id, (p, i) => (DateTimeOffset?)i.OccurredAt)
                    .Max(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ContactSummary(r.Id, r.FirstName, r.LastName, r.Company, r.Role, r.Industry, r.Email,
            [.. r.Tags.Order(StringComparer.OrdinalIgnoreCase)], r.Channel, r.Phase, r.ArchivedAt != null, r.Last)).ToList();
        return new(items, total, page, size);
    }

    public Task<Contact?> FindAsync(Guid ownerId, Guid id, CancellationToken ct = default) =>
        db.Contacts.AsNoTracking().Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OwnerId == ownerId && c.Id == id, ct);

    public async Task<Contact> GetAsync(Guid ownerId, Guid id, CancellationToken ct = default) =>
        await FindAsync(ownerId, id, ct) ?? throw new NotFoundException("Contact");

    /// <summary>Finds contacts by a name, email or id typed by a person (CLI): exact matches first, then partial ones.</summary>
    public Task<IReadOnlyList<ContactSummary>> ResolveAsync(Guid ownerId, string text, CancellationToken ct = default) =>
        ResolveAsync(ownerId, text, includeArchived: false, ct);

    /// <summary>As <see cref="ResolveAsync(Guid, string, CancellationToken)"/>, optionally among archived contacts too (to show or unarchive them).</summary>
    public async Task<IReadOnlyList<ContactSummary>> ResolveAsync(Guid ownerId, string text, bool includeArchived, CancellationToken ct = default)
    {
        var t = text.Trim();
        if (Guid.TryParse(t, out var id))
        {
            return await ListByIdsAsync(ownerId, [id], ct);
        }

        var folded = ContactNames.Fold(t);
        var exact = await db.Contacts.AsNoTracking()
            .Where(c => c.OwnerId == ownerId && (includeArchived || c.ArchivedAt == null))
            .Where(c => (c.FirstName + " " + c.LastName).ToLower() == t.ToLower()
                        || c.Emails.Any(e => e.Address.ToLower() == t.ToLower()))
            .Select(c => c.Id).Take(20).ToListAsync(ct);
        if (exact.Count > 0)
        {
            return await ListByIdsAsync(ownerId, exact, ct);
        }

        var page = await ListAsync(ownerId, new ContactQuery { Search = folded, PageSize = 20, IncludeArchived = includeArchived }, ct);
        return page.Items;
    }

    async Task<IReadOnlyList<ContactSummary>> ListByIdsAsync(Guid ownerId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && ids.Contains(c.Id))
            .Select(c => new ContactSummary(c.Id, c.FirstName, c.LastName, c.Company, c.Role, c.Industry,
                c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault(),
                c.Tags.Select(x => x.Name).ToList(), c.Channel, c.Phase, c.ArchivedAt != null, null))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName)];
    }

    public async Task<Contact> CreateAsync(Guid ownerId, ContactInput input, CancellationToken ct = default)
    {
        await ValidateAsync(ownerId, input, null, ct);
        var now = clock.GetUtcNow();
        var contact = new Contact { OwnerId = ownerId, CreatedAt = now };
        Apply(contact, input, now);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public async Task<Contact> UpdateAsync(Guid ownerId, Guid id, ContactInput input, CancellationToken ct = default)
    {
        var contact = await db.Contacts.Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OwnerId == ownerId && c.Id == id, ct) ?? throw new NotFoundException("Contact");
        await ValidateAsync(ownerId, input, id, ct);
        db.RemoveRange(contact.Emails);
        db.RemoveRange(contact.Phones);
        db.RemoveRange(contact.Tags);
        contact.Emails.Clear();
        contact.Phones.Clear();
        contact.Tags.Clear();
        Apply(contact, input, clock.GetUtcNow());

        // The new rows carry keys made here; found through the navigation, EF would take them for existing rows to UPDATE.
        db.AddRange(contact.Emails);
        db.AddRange(contact.Phones);
        db.AddRange(contact.Tags);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public async Task ArchiveAsync(Guid ownerId, Guid id, bool archived = true, CancellationToken ct = default)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.OwnerId == ownerId && c.Id == id, ct) ?? throw new NotFoundException("Contact");
        contact.ArchivedAt = archived ? clock.GetUtcNow() : null;
        contact.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        var deleted = await db.Contacts.Where(c => c.OwnerId == ownerId && c.Id == id).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            throw new NotFoundException("Contact");
        }

        await OwnerStamps.BumpAsync(db, ownerId, ct);
    }

    /// <summary>Distinct values for the list's filters.</summary>
    public async Task<ContactFacets> FacetsAsync(Guid ownerId, CancellationToken ct = default)
    {
        var companies = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null && c.Company != null)
            .GroupBy(c => c.Company!).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(200).ToListAsync(ct);
        var industries = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null && c.Industry != null)
            .Select(c => c.Industry!).Distinct().OrderBy(i => i).Take(200).ToListAsync(ct);
        var tags = await db.ContactTags.AsNoTracking().Where(t => t.OwnerId == ownerId)
            .Select(t => t.Name).Distinct().OrderBy(t => t).Take(200).ToListAsync(ct);
        return new(companies, industries, tags);
    }

    async Task ValidateAsync(Guid ownerId, ContactInput input, Guid? self, CancellationToken ct)
    {
        var today = await settings.TodayAsync(ownerId, ct);
        var errors = input.Validate(today).ToList();
        if (input.IntroducedById is { } by)
        {
            if (by == self || !await db.Contacts.AnyAsync(c => c.OwnerId == ownerId && c.Id == by, ct))
            {
                errors.Add(new("IntroducedById", "contact_unknown", "The person who introduced you must be another of your contacts."));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    internal static void Apply(Contact c, ContactInput input, DateTimeOffset now)
    {
        c.FirstName = Clean(input.FirstName) ?? "";
        c.LastName = Clean(input.LastName) ?? "";
        c.Company = Clean(input.Company);
        c.Role = Clean(input.Role);
        c.Industry = Clean(input.Industry);
        c.Function = Clean(input.Function);
        c.Location = Clean(input.Location);
        c.Channel = input.Channel;
        c.HowMet = Clean(input.HowMet);
        c.WhereMet = Clean(input.WhereMet);
        c.MetOn = input.MetOn;
        c.IntroducedById = input.IntroducedById;
        c.Interests = [.. input.Interests.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        c.Needs = Clean(input.Needs);
        c.Offers = Clean(input.Offers);
        c.PersonalDetail = Clean(input.PersonalDetail);
        c.Birthday = input.Birthday;
        c.Notes = Clean(input.Notes);
        c.LinkedInUrl = Clean(input.LinkedInUrl);
        c.Website = Clean(input.Website);
        c.ExternalId = Clean(input.ExternalId) ?? c.ExternalId;
        c.PinnedCircle = input.PinnedCircle;
        c.CadenceDays = input.CadenceDays;
        c.Phase = input.Phase ?? c.Phase;
        c.UpdatedAt = now;
        var position = 0;
        foreach (var email in input.Emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            c.Emails.Add(new ContactEmail { ContactId = c.Id, Address = email, Position = position++ });
        }

        position = 0;
        foreach (var phone in input.Phones.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct())
        {
            c.Phones.Add(new ContactPhone { ContactId = c.Id, Number = phone, Position = position++ });
        }

        foreach (var tag in input.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            c.Tags.Add(new ContactTag { ContactId = c.Id, OwnerId = c.OwnerId, Name = tag });
        }

        c.Reindex();
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record ContactFacets(IReadOnlyList<string> Companies, IReadOnlyList<string> Industries, IReadOnlyList<string> Tags);
