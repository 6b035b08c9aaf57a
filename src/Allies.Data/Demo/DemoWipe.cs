using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Demo;

/// <summary>Deletes every domain row of one owner, children first, one set-based statement per table. The account itself stays.</summary>
static class DemoWipe
{
    public static async Task OwnerDataAsync(AlliesDb db, Guid owner, CancellationToken ct)
    {
        await db.EventGuests.Where(g => g.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Events.Where(e => e.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Targets.Where(t => t.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Introductions.Where(i => i.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.ContactLinks.Where(l => l.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.LifeEvents.Where(e => e.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Promises.Where(p => p.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Exchanges.Where(e => e.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.InteractionParticipants.Where(p => p.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Interactions.Where(i => i.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.ContactTags.Where(t => t.OwnerId == owner).ExecuteDeleteAsync(ct);

        // Emails and phones carry no OwnerId of their own: they are the owner's through their contact.
        await db.ContactEmails.Where(e => db.Contacts.Any(c => c.Id == e.ContactId && c.OwnerId == owner)).ExecuteDeleteAsync(ct);
        await db.ContactPhones.Where(p => db.Contacts.Any(c => c.Id == p.ContactId && c.OwnerId == owner)).ExecuteDeleteAsync(ct);

        // Introduced-by points between the owner's own contacts; clearing it first spares the database a SET NULL per row.
        await db.Contacts.Where(c => c.OwnerId == owner && c.IntroducedById != null).ExecuteUpdateAsync(s => s.SetProperty(c => c.IntroducedById, (Guid?)null), ct);
        await db.Contacts.Where(c => c.OwnerId == owner).ExecuteDeleteAsync(ct);
        await db.Settings.Where(s => s.OwnerId == owner).ExecuteDeleteAsync(ct);
        await OwnerStamps.BumpAsync(db, owner, ct);
    }
}
