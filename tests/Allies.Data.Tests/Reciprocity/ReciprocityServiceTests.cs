using Allies.Core;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Allies.Core.Interactions.ExchangeDirection;
using static Allies.Core.Interactions.ExchangeOutcome;

namespace Allies.Data.Tests.Reciprocity;

/// <summary>Ledger, archetype table, exchanges, replies and promises on a real database of each provider.</summary>
public abstract class ReciprocityServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    ReciprocityService Reciprocity => Service<ReciprocityService>();
    PromiseService Promises => Service<PromiseService>();
    ExchangeService Exchanges => Service<ExchangeService>();

    async Task<Guid> PersonAsync(string first, Guid? owner = null) => (await Contacts.CreateAsync(owner ?? _owner, People.Named(first, "Test"), Ct)).Id;

    async Task<Guid> LogAsync(Guid contact, int daysAgo, params ExchangeInput[] exchanges) =>
        (await Interactions.LogAsync(_owner, new InteractionInput
        {
            ParticipantIds = [contact],
            Kind = InteractionKind.Coffee,
            OccurredAt = Start.AddDays(-daysAgo),
            Exchanges = exchanges,
        }, Ct)).Id;

    static ExchangeInput X(ExchangeDirection d, ExchangeOutcome o = Done, ExchangeKind k = ExchangeKind.Information, string? what = null, bool probe = false) => new(k, d, what, o, IsProbe: probe);

    async Task<(Guid Taker, Guid Giver, Guid Matcher)> NetworkAsync()
    {
        var taker = await PersonAsync("Taker");
        await LogAsync(taker, 150, X(TheyAsked, Done, ExchangeKind.Introduction, "Intro to your CTO"));
        await LogAsync(taker, 110, X(TheyAsked), X(IGave));
        await LogAsync(taker, 70, X(TheyAsked, Pending));
        await LogAsync(taker, 30, X(IAsked, Ignored));
        var giver = await PersonAsync("Giver");
        await LogAsync(giver, 120, X(TheyGave, Done, ExchangeKind.Information, "Job opening"));
        await LogAsync(giver, 90, X(TheyGave));
        await LogAsync(giver, 60, X(IGave, Amplified, ExchangeKind.Resource, "API testing tool", probe: true));
        await LogAsync(giver, 45, X(TheyGave));
        var matcher = await PersonAsync("Matcher");
        await LogAsync(matcher, 140, X(IGave));
        await LogAsync(matcher, 100, X(TheyGave));
        await LogAsync(matcher, 50, X(TheyAsked));
        await LogAsync(matcher, 20, X(IAsked));
        return (taker, giver, matcher);
    }

    [Fact]
    public async Task The_archetype_table_aggregated_in_SQL_agrees_with_each_contacts_ledger()
    {
        var (taker, giver, matcher) = await NetworkAsync();
        var bystander = await PersonAsync("Bystander");

        var overview = await Reciprocity.OverviewAsync(_owner, ct: Ct);

        Assert.Equal(taker, Assert.Single(overview.Groups.Single(g => g.Archetype == Archetype.Taker).Contacts).ContactId);
        Assert.Equal(giver, Assert.Single(overview.Groups.Single(g => g.Archetype == Archetype.Giver).Contacts).ContactId);
        Assert.Equal(matcher, Assert.Single(overview.Groups.Single(g => g.Archetype == Archetype.Matcher).Contacts).ContactId);
        Assert.Equal(1, overview.Counts[Archetype.NotEnoughData]); // the bystander
        foreach (var row in overview.Groups.SelectMany(g => g.Contacts))
        {
            // The same rules from rows one by one (ledger) and from SQL buckets (table): weeks computed by the database match Core's.
            var ledger = await Reciprocity.LedgerAsync(_owner, row.ContactId, Ct);
            Assert.Equal(ledger.Ledger.Archetype.Trend.Current, Archetypes.Classify(row.Tally, await Reciprocity.RulesAsync(_owner, Ct)));
            Assert.Equal(ledger.Ledger.Archetype.Verdict.Tally, row.Tally);
        }

        // The giver was last given to (an amplified probe) 60 days ago: not thanked lately. I asked the taker after giving once.
        Assert.Equal(giver, Assert.Single(overview.GiversNotThanked).ContactId);
        Assert.Empty(overview.NeverGivenBeforeAsking);
        Assert.DoesNotContain(overview.Groups.SelectMany(g => g.Contacts), r => r.ContactId == bystander);
    }

    [Fact]
    public async Task Giving_with_nothing_back_and_asking_without_ever_giving_are_listed()
    {
        var sink = await PersonAsync("Sink");
        foreach (var days in new[] { 100, 80, 60, 40 })
        {
            await LogAsync(sink, days, X(IGave));
        }

        var stranger = await PersonAsync("Stranger");
        await LogAsync(stranger, 10, X(IAsked, Pending));

        var overview = await Reciprocity.OverviewAsync(_owner, ct: Ct);

        Assert.Equal(sink, Assert.Single(overview.GivingWithNothingBack).ContactId);
        Assert.Equal(stranger, Assert.Single(overview.NeverGivenBeforeAsking).ContactId);
        Assert.True((await Reciprocity.LedgerAsync(_owner, stranger, Ct)).Ledger.NeverGiven);
    }

    [Fact]
    public async Task The_ledger_counts_the_window_says_it_in_both_languages_and_follows_the_setting()
    {
        var ada = await PersonAsync("Ada");
        await LogAsync(ada, 150, X(IGave, Done, ExchangeKind.Introduction));
        await LogAsync(ada, 100, X(IGave, Done, ExchangeKind.Introduction), X(TheyAsked, Pending));
        await LogAsync(ada, 20, X(IGave, Pending, ExchangeKind.Expertise), X(TheyAsked, Declined));
        await LogAsync(ada, 250, X(TheyGave)); // outside six months

        var view = await Reciprocity.LedgerAsync(_owner, ada, Ct);

        Assert.Equal(3, view.Ledger.TimesIGave);
        Assert.Equal(0, view.Ledger.TimesTheyGave);
        Assert.Equal(new Dictionary<ExchangeKind, int> { [ExchangeKind.Introduction] = 2, [ExchangeKind.Expertise] = 1 }, view.Ledger.GivenByKind);
        Assert.Equal("You have given 3 times since September 2025; they have asked twice and given nothing.", view.SentenceEn);
        Assert.Equal("Vous avez donné 3 fois depuis septembre 2025 ; cette personne a demandé deux fois et n'a rien donné.", view.SentenceFr);
        Assert.Equal(Start.AddDays(-20), view.Ledger.LastGivenAt);

        await Settings.SaveAsync(_owner, s => s.ReciprocityWindowMonths = 12, Ct);
        var year = await Reciprocity.LedgerAsync(_owner, ada, Ct);
        Assert.Equal(1, year.Ledger.TimesTheyGave);
        await Assert.ThrowsAsync<NotFoundException>(() => Reciprocity.LedgerAsync(NewOwner(), ada, Ct));
    }

    [Fact]
    public async Task An_outcome_an_exchange_cannot_have_or_an_unknown_exchange_is_refused_and_nothing_changes()
    {
        var ada = await PersonAsync("Ada");
        var interaction = await LogAsync(ada, 3, X(TheyGave, Done), X(IAsked, Pending));
        var exchanges = await Exchanges.ListAsync(_owner, interaction, Ct);
        var gift = exchanges.Single(e => e.Direction == TheyGave);
        var ask = exchanges.Single(e => e.Direction == IAsked);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Exchanges.UpdateAsync(_owner, gift.Id, Ignored, null, Ct));
        Assert.Contains(refused.Errors, e => e is { Field: "Outcome", Code: "outcome_not_applicable" });
        await Assert.ThrowsAsync<InvalidInputException>(() => Exchanges.UpdateAsync(_owner, gift.Id, null, true, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.UpdateAsync(_owner, Guid.CreateVersion7(), Done, null, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.UpdateAsync(NewOwner(), ask.Id, Done, null, Ct));
        Assert.Equal(exchanges, await Exchanges.ListAsync(_owner, interaction, Ct));

        var done = await Exchanges.UpdateAsync(_owner, interaction, ask.Id, Done, true, Ct);
        Assert.Equal((Done, true), (done.Outcome, done.IsProbe));
        var added = await Exchanges.AddAsync(_owner, interaction, new ExchangeInput(ExchangeKind.Visibility, IGave, "Shared their post"), Ct);
        Assert.Equal(ada, added.ContactId);
        Assert.Equal(3, (await Exchanges.ListAsync(_owner, interaction, Ct)).Count);
        await Assert.ThrowsAsync<InvalidInputException>(() => Exchanges.AddAsync(_owner, interaction, new ExchangeInput(ExchangeKind.Support, TheyGave, null, Amplified), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.AddAsync(NewOwner(), interaction, new ExchangeInput(ExchangeKind.Support, IGave), Ct));
    }

    [Fact]
    public async Task Logging_an_interaction_refuses_an_impossible_outcome_and_saves_nothing()
    {
        var ada = await PersonAsync("Ada");
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LogAsync(ada, 1, X(TheyGave, Declined)));
        Assert.Contains(error.Errors, e => e is { Field: "Exchanges[0].Outcome", Code: "outcome_not_applicable" });
        await using var db = Db();
        Assert.Equal(0, await db.Interactions.CountAsync(i => i.OwnerId == _owner, Ct));
    }

    [Fact]
    public async Task A_recorded_answer_shows_in_the_ledger_and_only_on_what_I_started()
    {
        var ada = await PersonAsync("Ada");
        var mine = (await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [ada], Kind = InteractionKind.Message, InitiatedBy = Initiator.Me, OccurredAt = Start.AddDays(-10) }, Ct)).Id;
        var theirs = (await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [ada], Kind = InteractionKind.Message, InitiatedBy = Initiator.Them, OccurredAt = Start.AddDays(-9.5) }, Ct)).Id;

        var derived = (await Reciprocity.LedgerAsync(_owner, ada, Ct)).Ledger.Responsiveness;
        Assert.Equal((1, 1, 12.0), (derived.Started, derived.Answered, derived.MedianHours));

        await Exchanges.SetReplyAsync(_owner, mine, ReplyStatus.Accepted, Start.AddDays(-8), Ct);
        var recorded = (await Reciprocity.LedgerAsync(_owner, ada, Ct)).Ledger.Responsiveness;
        Assert.Equal((1, 48.0), (recorded.Accepted, recorded.MedianHours));

        var notMine = await Assert.ThrowsAsync<InvalidInputException>(() => Exchanges.SetReplyAsync(_owner, theirs, ReplyStatus.Answered, null, Ct));
        Assert.Contains(notMine.Errors, e => e.Code == "not_started_by_me");
        await Assert.ThrowsAsync<InvalidInputException>(() => Exchanges.SetReplyAsync(_owner, mine, ReplyStatus.Answered, Start.AddDays(-11), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.SetReplyAsync(NewOwner(), mine, ReplyStatus.Answered, null, Ct));
        Assert.Equal(ReplyStatus.Accepted, (await Interactions.FindAsync(_owner, mine, Ct))!.Reply);
    }

    [Fact]
    public async Task Promises_due_before_they_were_made_are_refused_and_due_ones_are_listed()
    {
        var ada = await PersonAsync("Ada");
        var lunch = await LogAsync(ada, 30);
        var today = await Settings.TodayAsync(_owner, Ct);

        var early = await Assert.ThrowsAsync<InvalidInputException>(() => Promises.AddAsync(_owner,
            new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Me, What = "Send the deck", DueOn = today.AddDays(-1) }, Ct));
        Assert.Contains(early.Errors, e => e is { Field: "DueOn", Code: "due_before_made" });
        // Made during an interaction a month ago: due then is fine, due before then is not.
        var fromLunch = await Promises.AddAsync(_owner, new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Them, What = "Intro to Bob", DueOn = today.AddDays(-20), InteractionId = lunch }, Ct);
        await Assert.ThrowsAsync<InvalidInputException>(() => Promises.AddAsync(_owner,
            new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Them, What = "x", DueOn = today.AddDays(-40), InteractionId = lunch }, Ct));
        await Assert.ThrowsAsync<InvalidInputException>(() => Promises.AddAsync(_owner, new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Me, What = " " }, Ct));
        var other = await PersonAsync("Other", NewOwner());
        await Assert.ThrowsAsync<InvalidInputException>(() => Promises.AddAsync(_owner, new PromiseInput { ContactId = other, PromisedBy = PromisedBy.Me, What = "x" }, Ct));
        var soon = await Promises.AddAsync(_owner, new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Me, What = "Send the deck", DueOn = today.AddDays(3) }, Ct);
        await Promises.AddAsync(_owner, new PromiseInput { ContactId = ada, PromisedBy = PromisedBy.Me, What = "Later", DueOn = today.AddDays(30) }, Ct);

        var due = await Promises.DueAsync(_owner, 7, Ct);
        Assert.Equal([fromLunch.Id, soon.Id], due.Select(p => p.Id));
        Assert.True(due[0].IsOverdue(today));
        Assert.Equal("Ada Test", due[0].ContactName);

        await Promises.SetStatusAsync(_owner, fromLunch.Id, PromiseStatus.Kept, Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => Promises.SetStatusAsync(NewOwner(), soon.Id, PromiseStatus.Broken, Ct));
        var ledger = (await Reciprocity.LedgerAsync(_owner, ada, Ct)).Ledger;
        Assert.Equal((1, 1.0), (ledger.TheirPromises.Kept, ledger.TheirPromises.KeptRatio));
        Assert.Equal(2, ledger.MyPromises.Open);
        Assert.Empty(await Promises.ListAsync(NewOwner(), new PromiseQuery(), Ct));
    }

    [Fact]
    public async Task Archetype_settings_are_validated_and_move_the_verdict()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Settings.SaveAsync(_owner, s => s.ArchetypeMinExchanges = 1, Ct));
        Assert.Contains(error.Errors, e => e.Field == "ArchetypeMinExchanges");
        Assert.Equal(ReciprocityRules.Default, await Reciprocity.RulesAsync(_owner, Ct));
        var (taker, _, _) = await NetworkAsync();

        await Settings.SaveAsync(_owner, s => s.ArchetypeMinWeeks = 8, Ct);

        Assert.Equal(Archetype.NotEnoughData, (await Reciprocity.LedgerAsync(_owner, taker, Ct)).Ledger.Archetype.Verdict.Archetype);
    }
}

public sealed class ReciprocityServiceTestsOnSqlite(SqliteDatabase db) : ReciprocityServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class ReciprocityServiceTestsOnPostgres(PostgresDatabase db) : ReciprocityServiceTests(db), IClassFixture<PostgresDatabase>;
