using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Demo;

/// <summary>What a demo network looks like without its ids (which differ run to run): people, history and row counts.</summary>
static class DemoFingerprint
{
    public static async Task<List<string>> OfAsync(AlliesDb db, Guid owner)
    {
        var people = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == owner)
            .Select(c => new
            {
                c.FirstName,
                c.LastName,
                c.Company,
                c.Role,
                c.Location,
                c.Birthday,
                c.HowMet,
                Emails = c.Emails.OrderBy(e => e.Position).Select(e => e.Address).ToList(),
                Tags = c.Tags.Select(t => t.Name).ToList(),
            })
            .ToListAsync();
        var history = await db.Interactions.AsNoTracking().Where(i => i.OwnerId == owner)
            .Select(i => new { i.OccurredAt, i.Kind, i.Summary, Participants = i.Participants.Count, Exchanges = i.Exchanges.Count })
            .ToListAsync();
        var lines = people
            .Select(p => $"{p.FirstName}|{p.LastName}|{p.Company}|{p.Role}|{p.Location}|{p.Birthday}|{p.HowMet}|{string.Join(',', p.Emails)}|{string.Join(',', p.Tags.Order(StringComparer.Ordinal))}")
            .Concat(history.Select(h => $"{h.OccurredAt:O}|{h.Kind}|{h.Summary}|{h.Participants}|{h.Exchanges}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        lines.Add($"links={await db.ContactLinks.CountAsync(l => l.OwnerId == owner)}");
        lines.Add($"promises={await db.Promises.CountAsync(p => p.OwnerId == owner)}");
        lines.Add($"life events={await db.LifeEvents.CountAsync(e => e.OwnerId == owner)}");
        lines.Add($"targets={await db.Targets.CountAsync(t => t.OwnerId == owner)}");
        lines.Add($"guests={await db.EventGuests.CountAsync(g => g.OwnerId == owner)}");
        return lines;
    }
}
