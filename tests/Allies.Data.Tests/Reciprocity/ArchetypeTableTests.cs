using System.Text.Json;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Imports;
using Allies.Data.Reciprocity;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Allies.Core.Interactions.ExchangeDirection;
using static Allies.Core.Interactions.ExchangeOutcome;

namespace Allies.Data.Tests.Reciprocity;

/// <summary>
/// The network-wide archetype table: the one-row-per-contact aggregate the database computes gives Core's rules the same
/// tallies as the exchanges read one by one, and the cached table is never served after a change it reads.
/// </summary>
public abstract class ArchetypeTableTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    ReciprocityService Reciprocity => Service<ReciprocityService>();

    async Task<Guid> PersonAsync(string first, Guid? owner = null) => (await Contacts.CreateAsync(owner ?? _owner, People.Named(first, "Test"), Ct)).Id;

    async Task<Guid> LogAsync(Guid contact, TimeSpan ago, IReadOnlyList<ExchangeInput> exchanges, Guid? owner = null) =>
        (await Interactions.LogAsync(owner ?? _owner, new InteractionInput
        {
            ParticipantIds = [contact],
            Kind = InteractionKind.Coffee,
            OccurredAt = Start - ago,
            Exchanges = exchanges,
        }, Ct)).Id;

    static ExchangeInput X(ExchangeDirection d, ExchangeOutcome o = Done, bool probe = false) => new(ExchangeKind.Information, d, null, o, IsProbe: probe);

    /// <summary>
    /// A varied network, the same each run: contacts with 0 to 24 interactions of 1 to 3 exchanges, every direction,
    /// outcome and probe, spread over 14 months, some exactly on or next to the edges of the windows (3, 6, 9 months and
    /// each week's Monday); one archived; one who was given to only long ago; one I asked without ever giving.
    /// </summary>
    async Task SeedAsync()
    {
        var random = new Random(20261123);
        var directions = Enum.GetValues<ExchangeDirection>();
        var edges = new[] { Start - Start.AddMonths(-3), Start - Start.AddMonths(-6), Start - Start.AddMonths(-9), Start - Start.AddMonths(-12) };
        for (var c = 0; c < 24; c++)
        {
            var contact = await PersonAsync($"P{c:00}");
            var interactions = c % 6 == 0 ? 0 : random.Next(1, 25);
            for (var i = 0; i < interactions; i++)
            {
                // One in five lands within a minute of a window's edge; the others anywhere in 14 months, at any hour.
                var ago = random.Next(5) == 0
                    ? edges[random.Next(edges.Length)] + TimeSpan.FromSeconds(random.Next(-60, 61))
                    : TimeSpan.FromMinutes(random.Next(1, 14 * 30 * 24 * 60));
                var exchanges = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                {
                    var d = directions[random.Next(directions.Length)];
                    var allowed = ExchangeSides.Allowed(d);
                    return X(d, allowed[random.Next(allowed.Count)], ExchangeSides.CanBeProbe(d) && random.Next(3) == 0);
                }).ToList();
                await LogAsync(contact, ago, exchanges);
            }

            if (c == 5)
            {
                await Contacts.ArchiveAsync(_owner, contact, ct: Ct);
            }
        }

        var longAgo = await PersonAsync("LongAgo");
        await LogAsync(longAgo, TimeSpan.FromDays(700), [X(IGave)]);
        await LogAsync(longAgo, TimeSpan.FromDays(20), [X(IAsked, Pending)]);
        var never = await PersonAsync("Never");
        await LogAsync(never, TimeSpan.FromDays(10), [X(IAsked, Pending), X(TheyGave)]);
        await LogAsync(never, TimeSpan.FromDays(100), [X(IAsked, Declined)]);
    }

    [Fact]
    public async Task The_one_row_per_contact_aggregate_gives_the_same_tallies_and_verdicts_as_the_exchanges_one_by_one()
    {
        await SeedAsync();
        List<ExchangeFact> facts;
        await using (var db = Db())
        {
            facts = await db.Exchanges.AsNoTracking().Where(e => e.OwnerId == _owner)
                .Select(e => new ExchangeFact(e.Id, e.InteractionId, e.ContactId, e.OccurredAt, e.Kind, e.Direction, e.Outcome, e.IsProbe, e.What))
                .ToListAsync(Ct);
        }

        Assert.True(facts.Count > 300, $"{facts.Count} exchanges");
        var now = Clock.GetUtcNow();
        var checkedRules = 0;
        foreach (var (window, share, minExchanges, minWeeks) in new[] { (6, 80, 4, 3), (3, 55, 2, 1), (12, 100, 5, 6), (9, 70, 3, 2) })
        {
            await Settings.SaveAsync(_owner, s =>
            {
                s.ReciprocityWindowMonths = window;
                s.ArchetypeSharePercent = share;
                s.ArchetypeMinExchanges = minExchanges;
                s.ArchetypeMinWeeks = minWeeks;
            }, Ct);
            var rules = await Reciprocity.RulesAsync(_owner, Ct);
            var (currentStart, previousStart, previousEnd) = Archetypes.Windows(now, rules);
            var from = previousStart < currentStart ? previousStart : currentStart;

            var tallies = (await Reciprocity.TalliesAsync(_owner, from, currentStart, previousEnd, now, Ct)).ToDictionary(t => t.ContactId);

            // Core, from every exchange one by one: buckets of one, then the tallies of each window.
            var expected = Archetypes.Bucket(facts, now, rules).GroupBy(b => b.ContactId).ToDictionary(g => g.Key, g => g.ToList());
            Assert.Equal(expected.Keys.Order(), tallies.Keys.Order());
            foreach (var (contact, buckets) in expected)
            {
                var t = tallies[contact];
                Assert.Equal(Archetypes.Tally(buckets.Where(b => b.InCurrent)), t.Current);
                Assert.Equal(Archetypes.Tally(buckets.Where(b => b.InPrevious)), t.Previous);
                Assert.Equal(Archetypes.Trend(buckets, rules), Archetypes.Trend(t.Current, t.Previous, rules));
                var ever = facts.Any(f => f.ContactId == contact && (f.Direction == IGave || (f.Direction == TheyAsked && f.Outcome == Done)));
                Assert.Equal(ever, t.EverGiven);
            }

            // The table: each row is the judgement of that contact's own exchanges (the ledger's), and nothing is left out.
            var table = await Reciprocity.ComputeOverviewAsync(_owner, 1000, Ct);
            var rows = table.Groups.SelectMany(g => g.Contacts).ToList();
            foreach (var row in rows)
            {
                var judgement = Archetypes.Judge(facts.Where(f => f.ContactId == row.ContactId), now, rules);
                Assert.Equal((judgement.Verdict.Archetype, judgement.Verdict.Confidence, judgement.Trend.Previous.Archetype, judgement.Verdict.Tally),
                    (row.Archetype, row.Confidence, row.Previous, row.Tally));
            }

            Assert.Equal(table.Counts.Values.Sum(), await Db().Contacts.CountAsync(c => c.OwnerId == _owner && c.ArchivedAt == null, Ct));
            Assert.Equal(table.Counts[Archetype.Taker] + table.Counts[Archetype.Giver] + table.Counts[Archetype.Matcher], rows.Count);
            checkedRules++;
        }

        Assert.Equal(4, checkedRules);
        var overview = await Reciprocity.ComputeOverviewAsync(_owner, 1000, Ct);
        var longAgo = (await Contacts.ListAsync(_owner, new() { Search = "LongAgo" }, Ct)).Items.Single().Id;
        Assert.DoesNotContain(overview.NeverGivenBeforeAsking, r => r.ContactId == longAgo);
        Assert.Contains(overview.NeverGivenBeforeAsking, r => r.Name == "Never Test");
    }

    static string Json(ArchetypeOverview o) => JsonSerializer.Serialize(o);

    /// <summary>The served table is the cached one only while nothing it reads changed; after any change, the new one.</summary>
    async Task<ArchetypeOverview> AssertFreshAsync(ArchetypeOverview before)
    {
        var served = await Reciprocity.OverviewAsync(_owner, ct: Ct);
        Assert.NotSame(before, served);
        Assert.Equal(Json(await Reciprocity.ComputeOverviewAsync(_owner, ct: Ct)), Json(served));
        Assert.Same(served, await Reciprocity.OverviewAsync(_owner, ct: Ct)); // and it is cached again
        return served;
    }

    [Fact]
    public async Task The_cached_table_is_reused_until_an_exchange_an_interaction_a_contact_or_a_setting_of_its_owner_changes()
    {
        var ada = await PersonAsync("Ada");
        var bob = await PersonAsync("Bob");
        foreach (var days in new[] { 100, 80, 60, 40 })
        {
            await LogAsync(ada, TimeSpan.FromDays(days), [X(TheyAsked), X(IGave)]);
        }

        var first = await Reciprocity.OverviewAsync(_owner, ct: Ct);
        Assert.Same(first, await Reciprocity.OverviewAsync(_owner, ct: Ct));
        Assert.Equal(Archetype.Taker, first.Groups.Single(g => g.Archetype == Archetype.Taker).Contacts.Single().Archetype);

        // Another owner's changes leave this owner's table cached.
        var other = NewOwner();
        await LogAsync(await PersonAsync("Eve", other), TimeSpan.FromDays(3), [X(IGave)], other);
        Assert.Same(first, await Reciprocity.OverviewAsync(_owner, ct: Ct));

        // A new interaction with exchanges.
        var lunch = await LogAsync(bob, TimeSpan.FromDays(30), [X(TheyGave)]);
        var table = await AssertFreshAsync(first);
        Assert.Equal(1, table.Counts[Archetype.Taker]);

        // An exchange's outcome.
        var ask = (await Service<ExchangeService>().AddAsync(_owner, lunch, new ExchangeInput(ExchangeKind.Support, IAsked), Ct)).Id;
        table = await AssertFreshAsync(table);
        await Service<ExchangeService>().UpdateAsync(_owner, ask, Ignored, null, Ct);
        table = await AssertFreshAsync(table);

        // An interaction moved in time, then deleted.
        await Interactions.UpdateAsync(_owner, lunch, new InteractionInput { ParticipantIds = [bob], Kind = InteractionKind.Lunch, OccurredAt = Start.AddDays(-300), Exchanges = [X(TheyGave)] }, Ct);
        table = await AssertFreshAsync(table);
        await Interactions.DeleteAsync(_owner, lunch, Ct);
        table = await AssertFreshAsync(table);

        // The owner's settings.
        await Settings.SaveAsync(_owner, s => s.ArchetypeMinWeeks = 8, Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal(0, table.Counts[Archetype.Taker]);
        await Settings.SaveAsync(_owner, s => s.ArchetypeMinWeeks = 3, Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal(1, table.Counts[Archetype.Taker]);

        // A contact renamed, archived, merged into another, deleted (set-based statements, not tracked saves).
        await Contacts.UpdateAsync(_owner, ada, People.Named("Adele", "Test"), Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal("Adele Test", table.Groups.Single(g => g.Archetype == Archetype.Taker).Contacts.Single().Name);
        await Contacts.ArchiveAsync(_owner, ada, ct: Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal(0, table.Counts[Archetype.Taker]);
        await Contacts.ArchiveAsync(_owner, ada, archived: false, ct: Ct);
        table = await AssertFreshAsync(table);
        await Service<DuplicateService>().MergeContactsAsync(_owner, bob, ada, ct: Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal("Bob Test", table.Groups.Single(g => g.Archetype == Archetype.Taker).Contacts.Single().Name);
        await Contacts.DeleteAsync(_owner, bob, Ct);
        table = await AssertFreshAsync(table);
        Assert.Equal(0, table.Counts[Archetype.Taker]);

        // Time alone: the windows move, so a table is not reused for longer than MaxAge.
        await LogAsync(await PersonAsync("Cy"), TimeSpan.FromDays(1), [X(IGave)]);
        table = await AssertFreshAsync(table);
        Clock.Advance(ArchetypeTableCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(table, await Reciprocity.OverviewAsync(_owner, ct: Ct));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertFreshAsync(table);
    }

    [Fact]
    public async Task A_change_made_by_another_process_on_the_same_database_is_seen()
    {
        var ada = await PersonAsync("Ada");
        await LogAsync(ada, TimeSpan.FromDays(50), [X(IGave)]);
        var cached = await Reciprocity.OverviewAsync(_owner, ct: Ct);
        Assert.Same(cached, await Reciprocity.OverviewAsync(_owner, ct: Ct));

        // Another composition of the services (the CLI while the web app runs): its own cache, the same database.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(Database.Target);
        services.AddSingleton<TimeProvider>(Clock);
        await using (var cli = services.BuildServiceProvider())
        {
            await using var scope = cli.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Data.Interactions.InteractionService>().LogAsync(_owner, new InteractionInput
            {
                ParticipantIds = [ada],
                Kind = InteractionKind.Call,
                OccurredAt = Start.AddDays(-5),
                Exchanges = [X(TheyAsked)],
            }, Ct);
        }

        await AssertFreshAsync(cached);
    }
}

public sealed class ArchetypeTableTestsOnSqlite(SqliteDatabase db) : ArchetypeTableTests(db), IClassFixture<SqliteDatabase>;

public sealed class ArchetypeTableTestsOnPostgres(PostgresDatabase db) : ArchetypeTableTests(db), IClassFixture<PostgresDatabase>;
