using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Data.Accounts;
using Allies.Data.Contacts;
using Allies.Data.Demo;
using Allies.Data.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Demo;

public sealed class DemoNetworkTests
{
    static readonly DemoOptions Small = new(Contacts: 300, Seed: 42);

    [Fact]
    public async Task The_same_seed_gives_the_same_network_and_a_refresh_does_not_duplicate_it()
    {
        await using var first = await DemoDatabase.CreateAsync();
        await using var second = await DemoDatabase.CreateAsync();

        var a = await first.DemoAsync(Small);
        var b = await second.DemoAsync(Small);
        var fingerprintA = await first.QueryAsync(db => DemoFingerprint.OfAsync(db, a.OwnerId));
        var fingerprintB = await second.QueryAsync(db => DemoFingerprint.OfAsync(db, b.OwnerId));

        Assert.Equal(a.Interactions, b.Interactions);
        Assert.Equal(fingerprintA, fingerprintB);

        var again = await first.DemoAsync(Small);
        Assert.Equal(a.OwnerId, again.OwnerId);
        Assert.Equal(300, await first.QueryAsync(db => db.Contacts.CountAsync(c => c.OwnerId == a.OwnerId)));
        Assert.Equal(fingerprintA, await first.QueryAsync(db => DemoFingerprint.OfAsync(db, a.OwnerId)));
    }

    [Fact]
    public async Task A_different_seed_gives_a_different_network()
    {
        await using var database = await DemoDatabase.CreateAsync();
        var a = await database.DemoAsync(Small);
        var names42 = await database.QueryAsync(db => NamesAsync(db, a.OwnerId));
        var b = await database.DemoAsync(Small with { Seed = 7 });
        var names7 = await database.QueryAsync(db => NamesAsync(db, b.OwnerId));

        Assert.Equal(300, names7.Count);
        Assert.NotEqual(names42, names7);
    }

    [Fact]
    public async Task A_refresh_touches_only_the_demo_account_and_every_row_it_writes_is_the_demo_owners()
    {
        await using var database = await DemoDatabase.CreateAsync();
        var other = await database.WithAsync<AccountService, Guid>(async s => (await s.CreateAsync("someone@example.com", "correct horse battery")).Id);
        var friend = await database.WithAsync<ContactService, Guid>(async s => (await s.CreateAsync(other, new ContactInput { FirstName = "Zoé", LastName = "Martin" })).Id);
        await database.WithAsync<InteractionService, InteractionView>(s => s.LogAsync(other, new InteractionInput { ParticipantIds = [friend], Kind = InteractionKind.Coffee, Summary = "Mine" }));

        var demo = await database.DemoAsync(Small);
        await database.DemoAsync(Small);

        await database.QueryAsync(async db =>
        {
            Assert.Equal("Zoé", (await db.Contacts.SingleAsync(c => c.OwnerId == other)).FirstName);
            Assert.Equal("Mine", (await db.Interactions.SingleAsync(i => i.OwnerId == other)).Summary);
            Assert.Equal(1, await db.InteractionParticipants.CountAsync(p => p.OwnerId == other));

            var owners = new[] { demo.OwnerId, other };
            Assert.Equal(301, await db.Contacts.CountAsync());
            Assert.Equal(0, await db.Contacts.CountAsync(c => !owners.Contains(c.OwnerId)));
            Assert.Equal(0, await db.ContactTags.CountAsync(t => t.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.Interactions.CountAsync(i => i.OwnerId != demo.OwnerId && i.OwnerId != other));
            Assert.Equal(0, await db.InteractionParticipants.CountAsync(p => p.OwnerId != demo.OwnerId && p.OwnerId != other));
            Assert.Equal(0, await db.Exchanges.CountAsync(e => e.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.Promises.CountAsync(p => p.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.LifeEvents.CountAsync(e => e.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.ContactLinks.CountAsync(l => l.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.Introductions.CountAsync(i => i.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.Targets.CountAsync(t => t.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.Events.CountAsync(e => e.OwnerId != demo.OwnerId));
            Assert.Equal(0, await db.EventGuests.CountAsync(g => g.OwnerId != demo.OwnerId));

            // Rows that point at contacts point at the demo owner's own contacts.
            Assert.Equal(0, await db.InteractionParticipants.CountAsync(p => p.OwnerId == demo.OwnerId && !db.Contacts.Any(c => c.Id == p.ContactId && c.OwnerId == demo.OwnerId)));
            Assert.Equal(0, await db.ContactLinks.CountAsync(l => !db.Contacts.Any(c => c.Id == l.ToContactId && c.OwnerId == demo.OwnerId)));
            Assert.Equal(0, await db.Contacts.CountAsync(c => c.IntroducedById != null && !db.Contacts.Any(i => i.Id == c.IntroducedById && i.OwnerId == c.OwnerId)));
            return true;
        });
    }

    [Fact]
    public async Task The_demo_account_signs_in_with_the_advertised_password_even_after_it_was_changed()
    {
        await using var database = await DemoDatabase.CreateAsync();
        var demo = await database.DemoAsync(Small with { Contacts = 20 });
        await database.WithAsync<Microsoft.AspNetCore.Identity.UserManager<AlliesUser>, bool>(async users =>
        {
            var user = await users.FindByIdAsync(demo.OwnerId.ToString());
            await users.ChangePasswordAsync(user!, "allies-demo", "something-else");
            return true;
        });

        await database.DemoAsync(Small with { Contacts = 20 });

        Assert.True(await database.WithAsync<Microsoft.AspNetCore.Identity.UserManager<AlliesUser>, bool>(async users =>
            await users.CheckPasswordAsync((await users.FindByEmailAsync("demo@allies.local"))!, "allies-demo")));
    }

    [Fact]
    public async Task Two_thousand_contacts_generate_with_steady_progress_and_about_six_interactions_each()
    {
        await using var database = await DemoDatabase.CreateAsync();
        var reports = new List<double>();
        var demo = await database.DemoAsync(new DemoOptions(Contacts: 2_000, Seed: 3), new SynchronousProgress(reports.Add));

        Assert.Equal(2_000, demo.Contacts);
        Assert.Equal(2_000, await database.QueryAsync(db => db.Contacts.CountAsync(c => c.OwnerId == demo.OwnerId)));
        Assert.Equal(demo.Interactions, await database.QueryAsync(db => db.Interactions.CountAsync(i => i.OwnerId == demo.OwnerId)));
        Assert.InRange(demo.Interactions / 2_000.0, 3, 8);
        Assert.Equal(0, reports[0]);
        Assert.Equal(1, reports[^1]);
        Assert.True(reports.Count > 10, $"only {reports.Count} progress reports");
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public async Task A_requested_number_of_interactions_is_reached_within_five_percent_keeping_the_tiers_shape()
    {
        await using var database = await DemoDatabase.CreateAsync();
        var demo = await database.DemoAsync(new DemoOptions(Contacts: 200, Seed: 5, Interactions: 20_000));

        Assert.Equal(demo.Interactions, await database.QueryAsync(db => db.Interactions.CountAsync(i => i.OwnerId == demo.OwnerId)));
        Assert.InRange(demo.Interactions, 19_000, 21_000);
        var perContact = await database.QueryAsync(db => db.InteractionParticipants.Where(p => p.OwnerId == demo.OwnerId)
            .GroupBy(p => p.ContactId).Select(g => g.Count()).OrderByDescending(n => n).ToListAsync());
        Assert.True(perContact[0] > 10 * perContact[perContact.Count / 2], "the closest people should still be seen far more often than the median contact");
    }

    static Task<List<string>> NamesAsync(AlliesDb db, Guid owner) =>
        db.Contacts.Where(c => c.OwnerId == owner).OrderBy(c => c.SortName).ThenBy(c => c.FirstName).Select(c => c.FirstName + " " + c.LastName).ToListAsync();

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report in order, on the spot.</summary>
    sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
