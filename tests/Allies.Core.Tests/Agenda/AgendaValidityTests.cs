using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Core.Ties;

namespace Allies.Core.Tests.Agenda;

/// <summary>The cache's law: before AgendaValidity.Until, the plan computed earlier, brought to the later instant, is the plan of that instant.</summary>
public sealed class AgendaValidityTests
{
    static readonly DateTimeOffset Now = Histories.Start.AddDays(400).AddHours(7.5);

    static Touch[] Touches(Random random, int days) =>
        [.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => new Touch(Histories.Start.AddMinutes(random.Next(days * 24 * 60)),
            Pick<InteractionKind>(random), Pick<Depth>(random), random.Next(2) == 0, random.Next(4) == 0))];

    static T Pick<T>(Random random)
        where T : struct, Enum => Enum.GetValues<T>()[random.Next(Enum.GetValues<T>().Length)];

    static AgendaInput Input(int seed, DateTimeOffset now, TimeZoneInfo zone)
    {
        var random = new Random(seed);
        var contacts = new List<AgendaContact>();
        for (var n = 0; n < 300; n++)
        {
            var summary = TieStrength.Fold(Touches(random, 400));
            contacts.Add(Histories.Contact($"P{n}", $"S{seed}") with
            {
                Tie = summary,
                PinnedCircle = random.Next(8) == 0 ? (Circle)random.Next(4) : null,
                CadenceDays = random.Next(10) == 0 ? random.Next(7, 60) : null,
                MetOn = random.Next(12) == 0 ? DateOnly.FromDateTime(now.AddDays(-random.Next(0, 4)).UtcDateTime) : null,
                Birthday = random.Next(6) == 0 ? DateOnly.FromDateTime(now.AddDays(random.Next(-5, 10)).UtcDateTime).AddYears(-30) : null,
                PersonalDetail = random.Next(2) == 0 ? "sails" : null,
            });
        }

        var intro = new IntroductionFact(Guid.NewGuid(), contacts[0].Id, contacts[1].Id, "both in fintech", now.AddDays(-20), now.AddDays(-7).AddHours(2), null, null, null, null, null, IntroductionOutcome.Open);
        var decision = new DecisionFact($"overdue:{contacts[2].Id:N}", contacts[2].Id, AgendaDecisionKind.Done, now.AddHours(3), null);
        return new AgendaInput { Now = now, Zone = zone, Contacts = contacts, Introductions = [intro], Decisions = [decision] };
    }

    static string Shape(AgendaPlan p) => string.Join("\n",
        [$"{p.Now:O} {p.Today} {p.RitualLimit} {p.DoneThisPeriod} {p.Remaining} {p.Pending}",
        .. p.Items.Select(i => $"{i.Key} {i.Reason} {i.Circle} {i.Tie.Score} {i.Tie.Retention:R} {i.Tie.Now:O} {i.On} {i.DaysOverdue} {i.Step} {string.Join(',', i.Also)}"),
        .. p.Warnings.Select(w => $"{w.Circle} {w.InCircle} {w.Cumulative} {string.Join(',', w.Slipping.Select(s => $"{s.ContactId:N}:{s.Score}"))}")]);

    [Theory]
    [InlineData(1, "UTC", false)]
    [InlineData(2, "Europe/Paris", true)]
    [InlineData(3, "America/Montreal", false)]
    public void Before_its_end_a_plan_brought_forward_is_the_plan_of_that_instant(int seed, string zoneId, bool all)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var input = Input(seed, Now, zone) with { All = all };
        var plan = AgendaPlanner.Plan(input);
        var until = AgendaValidity.Until(input);
        Assert.True(until > Now);

        var span = until - Now;
        foreach (var share in new[] { 0.0, 0.1, 0.5, 0.9, 0.999 })
        {
            var at = Now + span * share;
            Assert.Equal(Shape(AgendaPlanner.Plan(input with { Now = at })), Shape(AgendaValidity.At(plan, at)));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Validity_ends_no_later_than_the_next_local_midnight_or_decision(int seed)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var input = Input(seed, Now, zone);
        var until = AgendaValidity.Until(input);
        Assert.True(until <= Now.AddHours(3), "a decision taken 3 hours later starts counting then");
        Assert.True(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until.AddTicks(-1), zone).DateTime) == input.Today);
    }

    [Fact]
    public void A_score_keeps_its_value_until_its_next_change_and_changes_soon_after()
    {
        var checkedTies = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var summary = TieStrength.Fold(Touches(new Random(seed), 300));
            var now = Histories.Start.AddDays(310);
            var next = AgendaValidity.NextScoreChange(summary, now);
            var score = TieStrength.Score(summary, now).Score;
            if (next == DateTimeOffset.MaxValue)
            {
                Assert.Equal(score, TieStrength.Score(summary, now.AddYears(20)).Score);
                continue;
            }

            Assert.True(next >= now);
            Assert.Equal(score, TieStrength.Score(summary, next).Score);
            Assert.NotEqual(score, TieStrength.Score(summary, next.AddSeconds(2)).Score);
            checkedTies++;
        }

        Assert.True(checkedTies > 50);
    }

    [Fact]
    public void An_empty_tie_never_changes()
    {
        Assert.Equal(DateTimeOffset.MaxValue, AgendaValidity.NextScoreChange(TieSummary.Empty, Now));
    }
}
