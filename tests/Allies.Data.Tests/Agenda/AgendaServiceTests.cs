using Allies.Core;
using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Core.Ties;
using Allies.Data.Agenda;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Agenda;

public abstract class AgendaServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    AgendaService Agenda => Service<AgendaService>();
    LifeEventService LifeEvents => Service<LifeEventService>();
    AgendaFeedService Feeds => Service<AgendaFeedService>();

    async Task<Guid> PersonAsync(string first, string last = "", Func<ContactInput, ContactInput>? with = null, Guid? owner = null) =>
        (await Contacts.CreateAsync(owner ?? _owner, (with ?? (c => c))(People.Named(first, last)), Ct)).Id;

    async Task LogAsync(Guid contact, DateTimeOffset at, InteractionKind kind = InteractionKind.Coffee, Depth depth = Depth.Substantive, string? summary = null) =>
        await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [contact], Kind = kind, OccurredAt = at, Depth = depth, Summary = summary }, Ct);

    async Task<TieSummary> FromScratchAsync(Guid contact)
    {
        await using var db = Db();
        var rows = await db.InteractionParticipants.Where(p => p.ContactId == contact)
            .Join(db.Interactions, p => p.InteractionId, i => i.Id, (p, i) => i).Include(i => i.Exchanges).ToListAsync(Ct);
        return TieStrength.Fold(rows.Select(i => Touch.From(i.OccurredAt, i.Kind, i.InitiatedBy, i.Depth, i.Exchanges.Where(e => e.ContactId == contact).Select(e => e.Direction))));
    }

    async Task<TieSummary> StoredAsync(Guid contact)
    {
        await using var db = Db();
        return (await db.TieStates.SingleAsync(t => t.ContactId == contact, Ct)).ToSummary();
    }

    [Fact]
    public async Task Tie_states_follow_logged_edited_and_deleted_interactions()
    {
        var omar = await PersonAsync("Omar", "Haddad");
        for (var i = 0; i < 6; i++)
        {
            await LogAsync(omar, Start.AddDays(-100 + 14 * i));
        }

        await Agenda.GetAsync(_owner, ct: Ct);
        Assert.Equal(await FromScratchAsync(omar), await StoredAsync(omar));

        // Logged in the same instant as the watermark, then after it.
        await LogAsync(omar, Start.AddDays(-5), InteractionKind.Call, Depth.Personal, "his daughter's first steps");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var last = await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [omar], Kind = InteractionKind.Reaction, OccurredAt = Start.AddDays(-1) }, Ct);
        await Agenda.GetAsync(_owner, ct: Ct);
        var stored = await StoredAsync(omar);
        Assert.Equal(await FromScratchAsync(omar), stored);
        Assert.Equal(7, stored.Exchanges);
        Assert.Equal(1, stored.Reactions);

        await Interactions.UpdateAsync(_owner, last.Id, new InteractionInput { ParticipantIds = [omar], Kind = InteractionKind.Lunch, Depth = Depth.Personal }, Ct);
        await Agenda.GetAsync(_owner, ct: Ct);
        Assert.Equal(await FromScratchAsync(omar), await StoredAsync(omar));

        await Interactions.DeleteAsync(_owner, last.Id, Ct);
        var tie = await Agenda.TieAsync(_owner, omar, Ct);
        Assert.Equal(await FromScratchAsync(omar), tie.Score.Summary);
        Assert.Equal(7, tie.Score.Summary.Exchanges);
        Assert.Equal(TieStrength.Score(await FromScratchAsync(omar), Start).Score, tie.Score.Score);
    }

    [Fact]
    public async Task Interactions_written_with_a_past_creation_time_for_new_contacts_are_folded_too()
    {
        await Agenda.GetAsync(_owner, ct: Ct);
        var ines = await PersonAsync("Inès");
        await using (var db = Db())
        {
            // As the demo and importers write: CreatedAt in the past, straight into the tables.
            var i = new Interaction { OwnerId = _owner, OccurredAt = Start.AddDays(-400), CreatedAt = Start.AddDays(-400), Kind = InteractionKind.Lunch };
            i.Participants.Add(new InteractionParticipant { InteractionId = i.Id, ContactId = ines, OwnerId = _owner });
            db.Interactions.Add(i);
            await db.SaveChangesAsync(Ct);
        }

        var tie = await Agenda.TieAsync(_owner, ines, Ct);
        Assert.Equal(1, tie.Score.Summary.Exchanges);
    }

    [Fact]
    public async Task Met_yesterday_comes_first_and_done_logs_the_interaction_then_shows_the_next_person()
    {
        var close = await PersonAsync("Zoé", "Bernard", c => c with { PinnedCircle = Circle.Close });
        await LogAsync(close, Start.AddDays(-60));
        var lea = await PersonAsync("Léa", "Martin", c => c with { MetOn = DateOnly.FromDateTime(Start.AddDays(-1).UtcDateTime), WhereMet = "the Bizzeo evening", PersonalDetail = "loves kitesurfing" });

        var plan = await Agenda.GetAsync(_owner, ct: Ct);
        Assert.Equal([lea, close], plan.Items.Select(i => i.Contact.Id));
        var first = plan.Items[0];
        Assert.Equal(AgendaReason.FollowUp, first.Reason);
        Assert.Contains("loves kitesurfing", (await Agenda.DraftAsync(_owner, lea, "en", Ct)).Text);

        var done = await Agenda.DoneAsync(_owner, first.Key, new AgendaDone(Note: "LinkedIn note about kitesurfing"), Ct);
        Assert.NotNull(done.InteractionId);
        var logged = await Interactions.FindAsync(_owner, done.InteractionId!.Value, Ct);
        Assert.Equal((InteractionKind.Message, Initiator.Me, "LinkedIn note about kitesurfing"), (logged!.Kind, logged.InitiatedBy, logged.Summary));

        var after = await Agenda.GetAsync(_owner, ct: Ct);
        Assert.Equal(1, after.DoneThisPeriod);
        Assert.Equal(close, after.Items[0].Contact.Id);
        Assert.DoesNotContain(after.Items, i => i.Contact.Id == lea);
    }

    [Fact]
    public async Task A_draft_recalls_what_was_given_or_asked_last_when_the_talk_has_no_summary()
    {
        var ines = await PersonAsync("Inès", "Garcia");
        await Interactions.LogAsync(_owner, new InteractionInput
        {
            ParticipantIds = [ines],
            Kind = InteractionKind.Coffee,
            OccurredAt = Start.AddDays(-120),
            Depth = Depth.Substantive,
            Exchanges = [new ExchangeInput(ExchangeKind.Expertise, ExchangeDirection.TheyAsked, "pricing for her SaaS launch")],
        }, Ct);

        var draft = await Agenda.DraftAsync(_owner, ines, "en", Ct);

        Assert.Contains("pricing for her SaaS launch", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[topic]", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_and_skip_are_kept_and_refuse_unknown_keys_and_past_days()
    {
        var zoe = await PersonAsync("Zoé", with: c => c with { PinnedCircle = Circle.Close });
        await LogAsync(zoe, Start.AddDays(-60));
        var key = (await Agenda.GetAsync(_owner, ct: Ct)).Items.Single().Key;

        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.SnoozeAsync(_owner, "overdue:nobody", null, Ct));
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => Agenda.SnoozeAsync(_owner, key, DateOnly.FromDateTime(Start.UtcDateTime), Ct));
        Assert.Equal("Until", invalid.Errors.Single().Field);

        await Agenda.SnoozeAsync(_owner, key, null, Ct);
        Assert.Empty((await Agenda.GetAsync(_owner, all: true, Ct)).Items);
        Clock.Advance(TimeSpan.FromDays(7));
        Assert.Single((await Agenda.GetAsync(_owner, all: true, Ct)).Items);

        var skipped = await Agenda.SkipAsync(_owner, key, Ct);
        Assert.Equal(DateOnly.FromDateTime(Start.AddDays(7 + 30).UtcDateTime), skipped.Until);
        Assert.Empty((await Agenda.GetAsync(_owner, all: true, Ct)).Items);
    }

    [Fact]
    public async Task Keeping_a_promise_marks_it_kept_and_congratulating_marks_the_event()
    {
        var ana = await PersonAsync("Ana", with: c => c with { Company = "Doctolib" });
        await using (var db = Db())
        {
            db.Promises.Add(new Promise { OwnerId = _owner, ContactId = ana, PromisedBy = PromisedBy.Me, What = "send the benchmark", DueOn = DateOnly.FromDateTime(Start.UtcDateTime), CreatedAt = Start.AddDays(-3) });
            await db.SaveChangesAsync(Ct);
        }

        var job = await LifeEvents.AddAsync(_owner, ana, new LifeEventInput(LifeEventKind.NewJob, DateOnly.FromDateTime(Start.AddDays(-2).UtcDateTime), "Head of Sales"), Ct);
        var plan = await Agenda.GetAsync(_owner, all: true, Ct);
        var item = Assert.Single(plan.Items);
        Assert.Equal(AgendaReason.Promise, item.Reason);
        Assert.Equal([AgendaReason.LifeEvent], item.Also);

        await Agenda.DoneAsync(_owner, item.Key, null, Ct);
        await using (var db = Db())
        {
            Assert.Equal(PromiseStatus.Kept, (await db.Promises.SingleAsync(p => p.ContactId == ana, Ct)).Status);
        }

        var next = Assert.Single((await Agenda.GetAsync(_owner, all: true, Ct)).Items);
        Assert.Equal($"life:{job.Id:N}", next.Key);
        var done = await Agenda.DoneAsync(_owner, next.Key, null, Ct);
        Assert.Equal(done.InteractionId, (await LifeEvents.ListAsync(_owner, ana, Ct)).Single().CongratulatedInInteractionId);
        Assert.Empty((await Agenda.GetAsync(_owner, all: true, Ct)).Items);
    }

    [Fact]
    public async Task Life_events_are_added_edited_deleted_and_checked()
    {
        var ana = await PersonAsync("Ana");
        var e = await LifeEvents.AddAsync(_owner, ana, new LifeEventInput(LifeEventKind.Birthday, new DateOnly(1990, 3, 16), " "), Ct);
        Assert.Null(e.Note);
        var plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal(new DateOnly(2026, 3, 16), Assert.Single(plan.Items).On);

        await LifeEvents.UpdateAsync(_owner, e.Id, new LifeEventInput(LifeEventKind.Promotion, new DateOnly(2026, 3, 1), "VP"), Ct);
        Assert.Equal((LifeEventKind.Promotion, "VP"), (await LifeEvents.ListAsync(_owner, ana, Ct)).Select(x => (x.Kind, x.Note)).Single());

        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => LifeEvents.AddAsync(_owner, ana, new LifeEventInput(LifeEventKind.Move, new DateOnly(2026, 1, 1), new string('x', 1001)), Ct));
        Assert.Equal("Note", invalid.Errors.Single().Field);

        await LifeEvents.DeleteAsync(_owner, e.Id, Ct);
        Assert.Empty(await LifeEvents.ListAsync(_owner, ana, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => LifeEvents.DeleteAsync(_owner, e.Id, Ct));
    }

    [Fact]
    public async Task Another_account_can_neither_read_nor_act_on_the_agenda_life_events_or_feed()
    {
        var zoe = await PersonAsync("Zoé", with: c => c with { PinnedCircle = Circle.Close });
        await LogAsync(zoe, Start.AddDays(-60));
        var e = await LifeEvents.AddAsync(_owner, zoe, new LifeEventInput(LifeEventKind.Move, DateOnly.FromDateTime(Start.UtcDateTime), "Lyon"), Ct);
        var key = (await Agenda.GetAsync(_owner, ct: Ct)).Items.Single().Key;
        var other = NewOwner();

        Assert.Empty((await Agenda.GetAsync(other, all: true, Ct)).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.DoneAsync(other, key, null, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.SnoozeAsync(other, key, null, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.SkipAsync(other, key, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.DraftAsync(other, zoe, "en", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Agenda.TieAsync(other, zoe, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => LifeEvents.AddAsync(other, zoe, new LifeEventInput(LifeEventKind.Move, new DateOnly(2026, 1, 1)), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => LifeEvents.UpdateAsync(other, e.Id, new LifeEventInput(LifeEventKind.Move, new DateOnly(2026, 1, 1)), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => LifeEvents.DeleteAsync(other, e.Id, Ct));
        Assert.Empty(await LifeEvents.ListAsync(other, zoe, Ct));

        var mine = await Feeds.CreateAsync(_owner, Ct);
        var theirs = await Feeds.CreateAsync(other, Ct);
        Assert.Contains("Zoé", await Feeds.ReadAsync(mine, "en", Ct));
        Assert.DoesNotContain("Zoé", await Feeds.ReadAsync(theirs, "en", Ct));
    }

    [Fact]
    public async Task The_feed_secret_is_stored_hashed_and_stops_working_when_revoked_or_replaced()
    {
        var zoe = await PersonAsync("Zoé", with: c => c with { PinnedCircle = Circle.Close, Birthday = new DateOnly(1991, 3, 15) });
        await LogAsync(zoe, Start.AddDays(-60));
        var secret = await Feeds.CreateAsync(_owner, Ct);
        await using (var db = Db())
        {
            Assert.DoesNotContain(await db.AgendaFeeds.Select(f => f.Hash).ToListAsync(Ct), h => h.Contains(secret, StringComparison.Ordinal));
        }

        var ics = await Feeds.ReadAsync(secret, "en", Ct);
        Assert.NotNull(ics);
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains("RRULE:FREQ=YEARLY", ics);
        Assert.Null(await Feeds.ReadAsync(secret + "0", "en", Ct));
        Assert.Null(await Feeds.ReadAsync("nonsense", "en", Ct));

        var replaced = await Feeds.CreateAsync(_owner, Ct);
        Assert.Null(await Feeds.ReadAsync(secret, "en", Ct));
        Assert.NotNull(await Feeds.ReadAsync(replaced, "en", Ct));
        Assert.True(await Feeds.RevokeAsync(_owner, Ct));
        Assert.Null(await Feeds.ReadAsync(replaced, "en", Ct));
    }
}

public sealed class AgendaServiceTestsOnSqlite(SqliteDatabase db) : AgendaServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class AgendaServiceTestsOnPostgres(PostgresDatabase db) : AgendaServiceTests(db), IClassFixture<PostgresDatabase>;
