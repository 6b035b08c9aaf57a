using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Agenda;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Agenda;

/// <summary>The cached agenda (AgendaCache): the same plan as a fresh one, reused while nothing changed, never after a change.</summary>
public abstract class AgendaCacheTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    AgendaService Agenda => Service<AgendaService>();

    async Task<Guid> PersonAsync(string first, Func<ContactInput, ContactInput>? with = null) =>
        (await Contacts.CreateAsync(_owner, (with ?? (c => c))(People.Named(first, "Cache")), Ct)).Id;

    async Task LogAsync(Guid contact, DateTimeOffset at, Depth depth = Depth.Substantive) =>
        await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [contact], Kind = InteractionKind.Coffee, OccurredAt = at, Depth = depth }, Ct);

    static string Shape(AgendaPlan p) => string.Join("\n",
        [$"{p.Now:O} {p.Today} {p.RitualLimit} {p.DoneThisPeriod} {p.Remaining} {p.Pending}",
        .. p.Items.Select(i => $"{i.Key} {i.Reason} {i.Circle} {i.Tie.Score} {i.Tie.Retention:R} {i.Tie.Now:O} {i.On} {i.DaysOverdue} {string.Join(',', i.Also)}"),
        .. p.Warnings.Select(w => $"{w.Circle} {w.InCircle} {w.Cumulative} {string.Join(',', w.Slipping.Select(s => $"{s.ContactId:N}:{s.Score}"))}")]);

    async Task<string> FreshAsync(bool all = false) => Shape(AgendaPlanner.Plan(await Agenda.InputAsync(_owner, all, Ct)));

    /// <summary>Five close friends silent for two months (overdue), Zoé the closest.</summary>
    async Task<Guid[]> FriendsAsync()
    {
        var ids = new List<Guid>();
        foreach (var (name, times) in new[] { ("Zoé", 6), ("Omar", 4), ("Inès", 3), ("Léa", 2), ("Hugo", 1) })
        {
            var id = await PersonAsync(name, c => c with { PinnedCircle = Circle.Close });
            for (var i = 0; i < times; i++)
            {
                await LogAsync(id, Start.AddDays(-60 - 20 * i));
            }

            ids.Add(id);
        }

        return [.. ids];
    }

    [Fact]
    public async Task A_second_request_reuses_the_plan_and_it_equals_a_fresh_one_also_later_in_the_day()
    {
        await FriendsAsync();
        var first = await Agenda.GetAsync(_owner, ct: Ct);
        var second = await Agenda.GetAsync(_owner, ct: Ct);
        // Reuse itself is not asserted: the write counter is process-wide and other test classes write in parallel.
        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal(await FreshAsync(), Shape(second));

        Clock.Advance(TimeSpan.FromHours(3));
        var later = await Agenda.GetAsync(_owner, ct: Ct);
        Assert.Equal(await FreshAsync(), Shape(later));
        Assert.Equal(Clock.GetUtcNow(), later.Now);

        var all = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal(await FreshAsync(all: true), Shape(all));
        Assert.Equal(5, all.Items.Count);
    }

    [Fact]
    public async Task The_next_day_is_planned_again()
    {
        await FriendsAsync();
        var before = await Agenda.GetAsync(_owner, all: true, Ct);
        Clock.Advance(TimeSpan.FromDays(1));
        var after = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal(before.Items[0].DaysOverdue + 1, after.Items[0].DaysOverdue);
        Assert.Equal(await FreshAsync(all: true), Shape(after));
    }

    [Fact]
    public async Task Logging_done_snoozing_skipping_and_changing_a_circle_show_at_once_without_the_clock_moving()
    {
        var ids = await FriendsAsync();
        var plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal(5, plan.Items.Count);

        // An interaction logged with Zoé: no longer overdue.
        await LogAsync(ids[0], Start.AddHours(-1));
        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.DoesNotContain(plan.Items, i => i.Contact.Id == ids[0]);
        Assert.Equal(await FreshAsync(all: true), Shape(plan));

        // Done through the agenda.
        var omar = plan.Items.Single(i => i.Contact.Id == ids[1]);
        await Agenda.DoneAsync(_owner, omar.Key, null, Ct);
        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.DoesNotContain(plan.Items, i => i.Contact.Id == ids[1]);
        Assert.Equal(1, plan.DoneThisPeriod);

        // Snoozed, then skipped.
        await Agenda.SnoozeAsync(_owner, plan.Items.Single(i => i.Contact.Id == ids[2]).Key, null, Ct);
        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.DoesNotContain(plan.Items, i => i.Contact.Id == ids[2]);
        await Agenda.SkipAsync(_owner, plan.Items.Single(i => i.Contact.Id == ids[3]).Key, Ct);
        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal([ids[4]], plan.Items.Select(i => i.Contact.Id));

        // Hugo moved out of the close circle: a weak tie seen two months ago is not overdue.
        await Contacts.UpdateAsync(_owner, ids[4], People.Named("Hugo", "Cache") with { PinnedCircle = Circle.Weak }, Ct);
        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Empty(plan.Items);
        Assert.Equal(await FreshAsync(all: true), Shape(plan));
    }

    [Fact]
    public async Task Changes_written_by_another_process_show_too()
    {
        var ids = await FriendsAsync();
        var plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Equal(5, plan.Items.Count);

        // Another process (its writes are not in this process's count, only in the owner's stamp) pins Zoé as weak.
        await using (var other = OtherProcess())
        {
            var zoe = await other.Contacts.SingleAsync(c => c.Id == ids[0], Ct);
            zoe.PinnedCircle = Circle.Weak;
            await other.SaveChangesAsync(Ct);
        }

        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.DoesNotContain(plan.Items, i => i.Contact.Id == ids[0]);

        // It makes Omar's interactions shallower and marks his tie stale, as InteractionService does: refolded here.
        var before = plan.Items.Single(i => i.Contact.Id == ids[1]).Tie.Score;
        await using (var other = OtherProcess())
        {
            var omars = await other.Interactions.Where(i => i.Participants.Any(p => p.ContactId == ids[1])).ToListAsync(Ct);
            omars.ForEach(i => i.Depth = Depth.SmallTalk);
            await other.TieStates.Where(t => t.ContactId == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(t => t.Stale, true), Ct);
            await other.SaveChangesAsync(Ct);
        }

        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.True(plan.Items.Single(i => i.Contact.Id == ids[1]).Tie.Score < before);
        Assert.Equal(await FreshAsync(all: true), Shape(plan));
    }

    [Fact]
    public async Task A_life_event_or_a_promise_deleted_by_another_process_leaves_the_agenda_at_once()
    {
        var ana = await PersonAsync("Ana");
        var today = DateOnly.FromDateTime(Start.UtcDateTime);
        var job = await Service<LifeEventService>().AddAsync(_owner, ana, new LifeEventInput(LifeEventKind.NewJob, today.AddDays(-1), "Head of Sales"), Ct);
        var promise = await Service<Data.Reciprocity.PromiseService>().AddAsync(_owner, new PromiseInput { ContactId = ana, PromisedBy = PromisedBy.Me, What = "the deck", DueOn = today }, Ct);
        var plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Contains(plan.Items, i => i.LifeEvent?.Id == job.Id || i.Also.Contains(AgendaReason.LifeEvent));
        Assert.Contains(plan.Items, i => i.Promise?.Id == promise.Id);

        // Set-based deletes, through the services, on a context that is not counted by this process.
        await using (var other = OtherProcess())
        {
            await new Data.Reciprocity.PromiseService(other, Clock, new Data.Settings.SettingsService(other, Clock)).DeleteAsync(_owner, promise.Id, Ct);
        }

        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.DoesNotContain(plan.Items, i => i.Promise?.Id == promise.Id);
        Assert.Equal(await FreshAsync(all: true), Shape(plan));

        await using (var other = OtherProcess())
        {
            await new LifeEventService(other).DeleteAsync(_owner, job.Id, Ct);
        }

        plan = await Agenda.GetAsync(_owner, all: true, Ct);
        Assert.Empty(plan.Items);
    }

    /// <summary>
    /// A context on the same database as another process would have: its saves bump the owner's stamp (the interceptor
    /// every Allies process registers), but this process's write counter does not see them.
    /// </summary>
    AlliesDb OtherProcess()
    {
        var options = new DbContextOptionsBuilder<AlliesDb>();
        if (Database.Target.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(Database.Target.ConnectionString);
        }
        else
        {
            options.UseNpgsql(Database.Target.ConnectionString);
        }

        options.AddInterceptors(OwnerStamps.Interceptor.Instance);
        return new AlliesDb(options.Options);
    }
}

public sealed class AgendaCacheTestsOnSqlite(SqliteDatabase db) : AgendaCacheTests(db), IClassFixture<SqliteDatabase>;

public sealed class AgendaCacheTestsOnPostgres(PostgresDatabase db) : AgendaCacheTests(db), IClassFixture<PostgresDatabase>;
