using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Messages;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Core.Ties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Allies.Core.Tests.Agenda.Histories;

namespace Allies.Core.Tests.Agenda;

public sealed class AgendaPlannerTests
{
    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    // A Wednesday morning in Paris.
    static readonly DateTimeOffset Now = new(2026, 3, 11, 8, 30, 0, TimeSpan.Zero);
    static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Paris).DateTime);

    static AgendaInput Input(params AgendaContact[] contacts) => new() { Now = Now, Zone = Paris, Contacts = contacts };

    static AgendaContact CloseFriend(string name, int silentDays) =>
        Contact(name) with { Tie = TieStrength.Fold(Fortnightly(Now.AddDays(-silentDays))), LastSummary = "talked about her move to Lyon" };

    [Fact]
    public void Met_yesterday_comes_first_as_J1_with_the_noted_detail_in_its_draft()
    {
        var lea = Contact("Léa", "Martin") with
        {
            MetOn = Today.AddDays(-1),
            WhereMet = "the Bizzeo evening",
            PersonalDetail = "loves kitesurfing",
            Needs = "hiring two sales reps",
            Tie = TieStrength.Fold([new Touch(Now.AddDays(-1).AddHours(-10), InteractionKind.Event, Depth.Substantive, true, false)]),
        };
        var plan = AgendaPlanner.Plan(Input(CloseFriend("Omar", 100), lea, CloseFriend("Zoé", 40)));

        var first = plan.Items[0];
        Assert.Equal("Léa Martin", first.Contact.Name);
        Assert.Equal(AgendaReason.FollowUp, first.Reason);
        var en = Drafts.Write(first, plan.Today, "en");
        var fr = Drafts.Write(first, plan.Today, "fr");
        Assert.Contains("loves kitesurfing", en);
        Assert.Contains("the Bizzeo evening", en);
        Assert.Contains("yesterday", en);
        Assert.Contains("hiring two sales reps", en);
        Assert.StartsWith("Hi Léa,", en);
        Assert.Contains("loves kitesurfing", fr);
        Assert.Contains("hier", fr);
        Assert.StartsWith("Bonjour Léa,", fr);
        Assert.Contains("loves kitesurfing", AgendaText.Why(first, plan.Today, "en"));
    }

    [Fact]
    public void A_follow_up_logged_after_the_meeting_day_ends_the_J1_item()
    {
        var lea = Contact("Léa") with
        {
            MetOn = Today.AddDays(-1),
            Tie = TieStrength.Fold([new Touch(Now.AddHours(-1), InteractionKind.Message, Depth.SmallTalk, false, false)]),
        };
        Assert.DoesNotContain(AgendaPlanner.Plan(Input(lea) with { All = true }).Items, i => i.Reason == AgendaReason.FollowUp);
    }

    [Fact]
    public void A_close_contact_silent_for_three_months_is_overdue()
    {
        var omar = CloseFriend("Omar", 92);
        var plan = AgendaPlanner.Plan(Input(omar));
        var item = Assert.Single(plan.Items);
        Assert.Equal(AgendaReason.Overdue, item.Reason);
        Assert.Equal(Circle.Close, item.Circle);
        Assert.Equal(14, item.CadenceDays);
        Assert.True(item.DaysOverdue >= 77, $"{item.DaysOverdue}");
        Assert.Contains("14 days", AgendaText.Why(item, plan.Today, "en"));
        Assert.Contains("move to Lyon", Drafts.Write(item, plan.Today, "en"));
    }

    [Fact]
    public void A_contact_cadence_overrides_the_circle_cadence()
    {
        var omar = CloseFriend("Omar", 20) with { CadenceDays = 30 };
        Assert.Empty(AgendaPlanner.Plan(Input(omar)).Items);
        Assert.Single(AgendaPlanner.Plan(Input(CloseFriend("Omar", 20))).Items);
    }

    [Fact]
    public void A_pinned_close_circle_of_30_warns_and_names_who_slips()
    {
        var people = Enumerable.Range(1, 30).Select(i => Contact($"Person{i:00}") with
        {
            PinnedCircle = Circle.Close,
            Tie = TieStrength.Fold(Fortnightly(Now.AddDays(-i * 5), count: 4 + i % 7)),
        }).ToArray();
        var plan = AgendaPlanner.Plan(Input(people));
        var warning = Assert.Single(plan.Warnings, w => w.Circle == Circle.Close);
        Assert.Equal(30, warning.InCircle);
        Assert.Equal(15, warning.Capacity);
        Assert.Equal(15, warning.Slipping.Count);
        var strengths = people.ToDictionary(p => p.Id, p => TieStrength.Score(p.Tie, Now).Score);
        var kept = people.Where(p => warning.Slipping.All(s => s.ContactId != p.Id)).Min(p => strengths[p.Id]);
        Assert.All(warning.Slipping, s => Assert.True(s.Score <= kept));
        var text = TieWords.Warning(warning, "en");
        Assert.Contains(warning.Slipping[0].Name, text);
        Assert.Contains("slipping", text);
        Assert.Contains("glisse", TieWords.Warning(warning, "fr"));
    }

    [Fact]
    public void The_ritual_lists_three_people_unless_all_are_asked_for()
    {
        var people = Enumerable.Range(1, 8).Select(i => CloseFriend($"P{i}", 30 + i)).ToArray();
        var plan = AgendaPlanner.Plan(Input(people));
        Assert.Equal(3, plan.Items.Count);
        Assert.Equal(8, plan.Pending);
        Assert.Equal(8, AgendaPlanner.Plan(Input(people) with { All = true }).Items.Count);
    }

    [Fact]
    public void Done_items_this_week_count_for_the_ritual_and_fifteen_minutes_a_day_asks_three_a_day()
    {
        var people = Enumerable.Range(1, 8).Select(i => CloseFriend($"P{i}", 30 + i)).ToArray();
        var monday = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);
        var done = new[] { new DecisionFact("overdue:x", Id("x"), AgendaDecisionKind.Done, monday, Today), new DecisionFact("overdue:y", Id("y"), AgendaDecisionKind.Done, monday.AddDays(-3), Today) };
        var plan = AgendaPlanner.Plan(Input(people) with { Decisions = done });
        Assert.Equal(1, plan.DoneThisPeriod);
        Assert.Equal(2, plan.Items.Count);

        var daily = AgendaPlanner.Plan(Input(people) with { Decisions = done, Rules = new AgendaRules(Mode: RitualMode.DailyFifteenMinutes) });
        Assert.Equal(0, daily.DoneThisPeriod);
        Assert.Equal(3, daily.Items.Count);
    }

    [Fact]
    public void Snoozed_and_skipped_items_stay_hidden_until_their_day()
    {
        var omar = CloseFriend("Omar", 60);
        var key = $"overdue:{omar.Id:N}";
        var snoozed = Input(omar) with { Decisions = [new DecisionFact(key, omar.Id, AgendaDecisionKind.Snoozed, Now, Today.AddDays(7))] };
        Assert.Empty(AgendaPlanner.Plan(snoozed).Items);
        Assert.Single(AgendaPlanner.Plan(snoozed with { Now = Now.AddDays(7) }).Items);
    }

    [Fact]
    public void Life_events_birthdays_promises_and_introductions_come_with_their_reason()
    {
        var ana = Contact("Ana") with { Company = "Doctolib", Tie = TieStrength.Fold(Fortnightly(Now.AddDays(-3))) };
        var ben = Contact("Ben") with { Birthday = new DateOnly(1990, Today.Month, Today.Day).AddDays(2) };
        var cleo = Contact("Cléo");
        var dan = Contact("Dan");
        var input = Input(ana, ben, cleo, dan) with
        {
            All = true,
            LifeEvents = [new LifeEventFact(Id("job"), ana.Id, LifeEventKind.NewJob, Today.AddDays(-3), "Head of Sales", false)],
            Promises = [new PromiseFact(Id("p"), cleo.Id, PromisedBy.Me, "send the pricing benchmark", Today.AddDays(1), PromiseStatus.Open, Now.AddDays(-5))],
            Introductions = [new IntroductionFact(Id("i"), dan.Id, ana.Id, "both work on hiring", Now.AddDays(-2), null, null, null, null, null, null, IntroductionOutcome.Open)],
        };
        var plan = AgendaPlanner.Plan(input);
        Assert.Equal([AgendaReason.Promise, AgendaReason.LifeEvent, AgendaReason.LifeEvent, AgendaReason.Introduction], plan.Items.Select(i => i.Reason));
        var promise = plan.Items[0];
        Assert.Contains("send the pricing benchmark", Drafts.Write(promise, plan.Today, "en"));
        var job = plan.Items.Single(i => i.Contact.Id == ana.Id);
        Assert.Contains("new job at Doctolib — Head of Sales", Drafts.Write(job, plan.Today, "en"));
        var birthday = plan.Items.Single(i => i.Contact.Id == ben.Id);
        Assert.Contains("happy birthday", Drafts.Write(birthday, plan.Today, "en"));
        var intro = plan.Items.Single(i => i.Contact.Id == dan.Id);
        Assert.Equal(IntroductionStep.AskA, intro.Step);
        Assert.Contains("Ana", Drafts.Write(intro, plan.Today, "fr"));
    }

    [Fact]
    public void Birthdays_recur_every_year()
    {
        Assert.Equal(new DateOnly(2026, 3, 13), AgendaPlanner.NextAnniversary(new DateOnly(1980, 3, 13), new DateOnly(2026, 3, 11)));
        Assert.Equal(new DateOnly(2027, 1, 2), AgendaPlanner.NextAnniversary(new DateOnly(1980, 1, 2), new DateOnly(2026, 12, 30)));
        Assert.Null(AgendaPlanner.NextAnniversary(new DateOnly(1980, 6, 1), new DateOnly(2026, 3, 11)));
        Assert.Equal(new DateOnly(2027, 2, 28), AgendaPlanner.NextAnniversary(new DateOnly(1988, 2, 29), new DateOnly(2027, 2, 25)));
    }

    [Fact]
    public void A_dormant_tie_worth_reviving_comes_with_a_reason_that_is_not_an_ask()
    {
        var old = Contact("Inès") with
        {
            Needs = "moving into product management",
            Tie = TieStrength.Fold(Enumerable.Range(0, 5).Select(i => Coffee(Now.AddDays(-900 + 20 * i), Depth.SmallTalk))),
        };
        var plan = AgendaPlanner.Plan(Input(old));
        var item = Assert.Single(plan.Items);
        Assert.Equal(AgendaReason.Reconnect, item.Reason);
        var draft = Drafts.Write(item, plan.Today, "en");
        Assert.Contains("product management", draft);
        Assert.Contains("No need to reply", draft);
        Assert.DoesNotContain("could you", draft, StringComparison.OrdinalIgnoreCase);
    }

    static Arbitrary<AgendaInput> Inputs() =>
        (from n in Gen.Choose(0, 12)
         from histories in History(400).ArrayOf(n)
         from pins in Gen.Elements<Circle?>(null, Circle.Close, Circle.Extended, Circle.Weak, Circle.Dormant).ArrayOf(n)
         from met in Gen.Choose(-5, 0).ArrayOf(n)
         from days in Gen.Choose(0, 900)
         from all in Gen.Elements(true, false)
         select new AgendaInput
         {
             Now = Start.AddDays(days),
             Zone = Paris,
             All = all,
             Contacts = [.. Enumerable.Range(0, n).Select(i => Contact($"C{i}") with
             {
                 Tie = TieStrength.Fold(histories[i]), PinnedCircle = pins[i], MetOn = DateOnly.FromDateTime(Start.AddDays(days + met[i]).UtcDateTime),
                 Birthday = i % 3 == 0 ? DateOnly.FromDateTime(Start.AddDays(days + i).UtcDateTime) : null, Needs = i % 2 == 0 ? "funding" : null,
             })],
         }).ToArbitrary();

    static string Render(AgendaPlan p) => string.Join("\n", p.Items.Select(i => $"{i.Key}|{i.Reason}|{i.Tie.Score}|{AgendaText.Why(i, p.Today, "en")}|{Drafts.Write(i, p.Today, "fr")}"))
        + "#" + string.Join(",", p.Warnings.Select(w => w.Circle + ":" + string.Join("/", w.Slipping.Select(s => s.Name))));

    [Property(MaxTest = 200)]
    public Property The_agenda_is_a_pure_function_of_data_and_now() =>
        Prop.ForAll(Inputs(), input =>
        {
            var a = Render(AgendaPlanner.Plan(input));
            var b = Render(AgendaPlanner.Plan(input with { Contacts = [.. input.Contacts.Reverse()] }));
            return a == b;
        });

    [Property(MaxTest = 200)]
    public Property The_ritual_never_lists_more_than_it_asks() =>
        Prop.ForAll(Inputs(), input =>
        {
            var plan = AgendaPlanner.Plan(input with { All = false });
            return plan.Items.Count <= plan.RitualLimit && plan.Items.Select(i => i.Contact.Id).Distinct().Count() == plan.Items.Count;
        });
}
