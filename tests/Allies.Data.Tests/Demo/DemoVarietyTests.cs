using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Demo;

/// <summary>The default demo (300 contacts, seed 42), built once for the variety checks below.</summary>
public sealed class DefaultDemo : IAsyncLifetime
{
    public DemoDatabase Database { get; private set; } = null!;
    public DemoResult Result { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await DemoDatabase.CreateAsync();
        Result = await Database.DemoAsync(new DemoOptions());
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    public Task<T> QueryAsync<T>(Func<AlliesDb, Guid, Task<T>> query) => Database.QueryAsync(db => query(db, Result.OwnerId));
}

public sealed class DemoVarietyTests(DefaultDemo demo) : IClassFixture<DefaultDemo>
{
    [Fact]
    public async Task Interactions_span_the_eighteen_months_before_now_and_none_is_in_the_future()
    {
        var (first, last) = await demo.QueryAsync(async (db, owner) =>
        {
            var times = await db.Interactions.Where(i => i.OwnerId == owner).Select(i => i.OccurredAt).ToListAsync();
            return (times.Min(), times.Max());
        });

        Assert.InRange((DemoDatabase.Now - first).TotalDays, 500, 550);
        Assert.InRange((DemoDatabase.Now - last).TotalDays, 0, 14);
        Assert.True(last <= DemoDatabase.Now);
    }

    [Fact]
    public async Task A_few_close_people_are_seen_often_and_the_long_tail_rarely()
    {
        var perContact = await demo.QueryAsync((db, owner) => db.InteractionParticipants.Where(p => p.OwnerId == owner)
            .GroupBy(p => p.ContactId).Select(g => g.Count()).OrderByDescending(n => n).ToListAsync());

        Assert.True(perContact.Take(5).All(n => n >= 25), $"top five: {string.Join(", ", perContact.Take(5))}");
        Assert.True(perContact.Count(n => n <= 3) > 100, "the long tail should be seen three times or less");
    }

    [Fact]
    public async Task Some_interactions_have_several_participants_and_exchanges_go_all_four_ways()
    {
        var (multi, directions, outcomes) = await demo.QueryAsync(async (db, owner) => (
            await db.Interactions.CountAsync(i => i.OwnerId == owner && i.Participants.Count > 1),
            await db.Exchanges.Where(e => e.OwnerId == owner).Select(e => e.Direction).Distinct().ToListAsync(),
            await db.Exchanges.Where(e => e.OwnerId == owner).Select(e => e.Outcome).Distinct().ToListAsync()));

        Assert.True(multi > 5, $"{multi} interactions with several participants");
        Assert.Equal(Enum.GetValues<ExchangeDirection>().Order(), directions.Order());
        Assert.Contains(ExchangeOutcome.Done, outcomes);
        Assert.Contains(ExchangeOutcome.Pending, outcomes);
        Assert.Contains(ExchangeOutcome.Declined, outcomes);
    }

    [Fact]
    public async Task Clear_givers_and_takers_show_in_the_exchanges()
    {
        var balances = await demo.QueryAsync((db, owner) => db.Exchanges.Where(e => e.OwnerId == owner)
            .GroupBy(e => e.ContactId)
            .Select(g => new { Gave = g.Count(e => e.Direction == ExchangeDirection.TheyGave), Asked = g.Count(e => e.Direction == ExchangeDirection.TheyAsked) })
            .ToListAsync());

        Assert.Contains(balances, b => b.Gave >= 5 && b.Gave >= 4 * Math.Max(1, b.Asked));
        Assert.Contains(balances, b => b.Asked >= 5 && b.Asked >= 4 * Math.Max(1, b.Gave));
    }

    [Fact]
    public async Task Promises_are_open_kept_and_broken_and_life_events_are_varied()
    {
        var (statuses, kinds, congratulated) = await demo.QueryAsync(async (db, owner) => (
            await db.Promises.Where(p => p.OwnerId == owner).Select(p => p.Status).Distinct().ToListAsync(),
            await db.LifeEvents.Where(e => e.OwnerId == owner).Select(e => e.Kind).Distinct().ToListAsync(),
            await db.LifeEvents.CountAsync(e => e.OwnerId == owner && e.CongratulatedInInteractionId != null)));

        Assert.Equal(Enum.GetValues<PromiseStatus>().Order(), statuses.Order());
        foreach (var kind in new[] { LifeEventKind.NewJob, LifeEventKind.Promotion, LifeEventKind.Publication, LifeEventKind.Birthday, LifeEventKind.Move })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.True(congratulated > 0);
    }

    [Fact]
    public async Task Links_cluster_by_company_with_a_few_bridges_across_industries()
    {
        var links = await demo.QueryAsync((db, owner) => db.ContactLinks.Where(l => l.OwnerId == owner)
            .Join(db.Contacts, l => l.FromContactId, c => c.Id, (l, from) => new { l.Kind, l.ToContactId, FromCompany = from.Company, FromIndustry = from.Industry })
            .Join(db.Contacts, l => l.ToContactId, c => c.Id, (l, to) => new { l.Kind, SameCompany = l.FromCompany == to.Company, SameIndustry = l.FromIndustry == to.Industry })
            .ToListAsync());

        Assert.True(links.Count > 300, $"{links.Count} links");
        Assert.Contains(links, l => l.Kind == LinkKind.Colleague && l.SameCompany);
        Assert.Contains(links, l => l.Kind == LinkKind.Introduced);
        Assert.Contains(links, l => !l.SameIndustry);
        Assert.True(links.Count(l => l.SameIndustry) > links.Count / 2);
    }

    [Fact]
    public async Task There_are_targets_and_one_upcoming_event_with_at_most_three_targets()
    {
        var (targets, events) = await demo.QueryAsync(async (db, owner) => (
            await db.Targets.Where(t => t.OwnerId == owner).ToListAsync(),
            await db.Events.Where(e => e.OwnerId == owner).Include(e => e.Guests).ToListAsync()));

        Assert.Contains(targets, t => t.ContactId != null);
        Assert.Contains(targets, t => t.ContactId == null && t.Industry != null);
        var ev = Assert.Single(events);
        Assert.True(ev.StartsAt > DemoDatabase.Now);
        Assert.True(ev.Guests.Count >= 4);
        Assert.InRange(ev.Guests.Count(g => g.IsTarget), 1, 3);
    }

    [Fact]
    public async Task Contacts_are_realistic_french_and_english_people_with_every_networking_field()
    {
        var contacts = await demo.QueryAsync((db, owner) => db.Contacts.Where(c => c.OwnerId == owner)
            .Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).AsSplitQuery().ToListAsync());

        Assert.Equal(300, contacts.Count);
        Assert.Contains(contacts, c => c.Location == "Paris");
        Assert.Contains(contacts, c => c.Location == "London");
        Assert.Contains(contacts, c => c.FirstName.Any(ch => "éèçëïô".Contains(ch, StringComparison.Ordinal)) || c.LastName.Any(ch => "éèçëïô".Contains(ch, StringComparison.Ordinal)));
        Assert.True(contacts.Select(c => c.Industry).Distinct().Count() >= 8);
        Assert.True(contacts.Select(c => c.Function).Distinct().Count() >= 8);
        Assert.True(contacts.Select(c => c.Channel).Distinct().Count() >= 6);
        Assert.Contains(contacts, c => c.IntroducedById != null);
        Assert.Contains(contacts, c => c.Tags.Any(t => t.Name == "mentor"));
        Assert.Contains(contacts, c => c.PinnedCircle != null);
        Assert.Contains(contacts, c => c.CadenceDays != null);
        Assert.Contains(contacts, c => c.Phase == Phase.Target);
        Assert.All(contacts, c => Assert.NotEmpty(c.SortName));

        var emails = contacts.SelectMany(c => c.Emails).Select(e => e.Address).ToList();
        Assert.Equal(emails.Count, emails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        string[] reserved = ["example.com", "example.org", "example.net"];
        Assert.All(emails, e => Assert.True(ContactInput.IsEmail(e) && (e.EndsWith(".example", StringComparison.Ordinal) || reserved.Contains(e.Split('@')[1])), e));

        // Every contact would pass the same validation as one typed in by a person.
        var today = DateOnly.FromDateTime(DemoDatabase.Now.UtcDateTime);
        Assert.All(contacts, c => Assert.Empty(new ContactInput
        {
            FirstName = c.FirstName,
            LastName = c.LastName,
            Emails = [.. c.Emails.Select(e => e.Address)],
            Phones = [.. c.Phones.Select(p => p.Number)],
            Tags = [.. c.Tags.Select(t => t.Name)],
            Company = c.Company,
            Role = c.Role,
            LinkedInUrl = c.LinkedInUrl,
            Website = c.Website,
            MetOn = c.MetOn,
            Birthday = c.Birthday,
            CadenceDays = c.CadenceDays,
        }.Validate(today)));
    }

    [Fact]
    public async Task Summaries_are_written_in_both_languages_and_the_owner_settings_are_english_in_paris()
    {
        var (summaries, settings) = await demo.QueryAsync(async (db, owner) => (
            await db.Interactions.Where(i => i.OwnerId == owner && i.Summary != null).Select(i => i.Summary!).ToListAsync(),
            await db.Settings.SingleAsync(s => s.OwnerId == owner)));

        Assert.Contains(summaries, s => s.Contains(" avec ", StringComparison.Ordinal) || s.Contains(" sur ", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.Contains(" with ", StringComparison.Ordinal) || s.Contains(" about ", StringComparison.Ordinal));
        Assert.Equal("en", settings.Language);
        Assert.Equal("Europe/Paris", settings.TimeZone);
    }
}
