using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using static Allies.Core.Interactions.ExchangeDirection;
using static Allies.Core.Interactions.ExchangeOutcome;
using static Allies.Core.Tests.Reciprocity.Facts;

namespace Allies.Core.Tests.Reciprocity;

/// <summary>The seeds' own stories (000 givers/takers/matchers, 001 and 003), each with its expected archetype and evidence.</summary>
public sealed class ArchetypeScenarioTests
{
    static readonly ReciprocityRules Rules = ReciprocityRules.Default;

    [Fact]
    public void The_contact_who_asks_for_an_introduction_and_never_returns_anything_over_five_months_is_a_taker()
    {
        // Seed 000: "they message you for a quick tip again and again but disappear when you need help".
        var intro = At(150, TheyAsked, Done, ExchangeKind.Introduction, what: "Intro to your CTO");
        List<ExchangeFact> story =
        [
            intro,
            At(149, IGave, Done, ExchangeKind.Introduction, what: "Introduced to the CTO"),
            At(110, TheyAsked, Done, ExchangeKind.Expertise, what: "Review of the pitch deck"),
            At(80, TheyAsked, Done, ExchangeKind.Favour, what: "Reference call"),
            At(60, IAsked, Ignored, ExchangeKind.Information, what: "Salary grid for product managers"),
            At(30, TheyAsked, Pending, ExchangeKind.Visibility, what: "Share my launch post"),
            At(20, IAsked, Declined, ExchangeKind.Introduction, what: "Intro to their head of data"),
        ];

        var judgement = Archetypes.Judge(story, Now, Rules);

        Assert.Equal(Archetype.Taker, judgement.Verdict.Archetype);
        Assert.Equal(1.0, judgement.Verdict.Tally.TheirsShare);
        Assert.True(judgement.Verdict.Confidence > 0.5, $"confidence {judgement.Verdict.Confidence}");
        // The evidence is their asks, what I gave, and my asks they ignored or declined: clickable back to each interaction.
        Assert.Contains(judgement.Evidence, e => e.Id == intro.Id && e.InteractionId == intro.InteractionId);
        Assert.Contains(judgement.Evidence, e => e is { Direction: IAsked, Outcome: Ignored });
        Assert.Contains(judgement.Evidence, e => e is { Direction: IAsked, Outcome: Declined });
        Assert.DoesNotContain(judgement.Evidence, e => e.Direction == TheyGave);
        Assert.Equal(story.Count, judgement.Evidence.Count);
    }

    [Fact]
    public void The_contact_who_shares_opportunities_unprompted_is_a_giver_and_amplifies_my_probe()
    {
        // Seed 000: "they reach out with articles, tools or ideas suited to your work"; "givers amplify it".
        var probe = At(40, IGave, Amplified, ExchangeKind.Resource, probe: true, what: "Free API testing tool");
        List<ExchangeFact> story =
        [
            At(120, TheyGave, Done, ExchangeKind.Information, what: "Opening at their company"),
            At(95, TheyGave, Done, ExchangeKind.Information, what: "Article on GPT-5-mini"),
            At(70, TheyGave, Done, ExchangeKind.Introduction, what: "Intro to a recruiter"),
            probe,
            At(15, TheyGave, Done, ExchangeKind.Visibility, what: "Shared my post"),
            At(10, IAsked, Done, ExchangeKind.Expertise, what: "Advice on pricing"),
        ];

        var judgement = Archetypes.Judge(story, Now, Rules);

        Assert.Equal(Archetype.Giver, judgement.Verdict.Archetype);
        Assert.Equal(0, judgement.Verdict.Tally.Theirs);
        Assert.Equal((1, 1), (judgement.Verdict.Tally.Probes, judgement.Verdict.Tally.ProbesAmplified));
        Assert.Contains(judgement.Evidence, e => e.Id == probe.Id);
        Assert.All(judgement.Evidence, e => Assert.Equal(ExchangeSide.Mine, ExchangeSides.Of(e.Direction, e.Outcome)));
    }

    [Fact]
    public void The_balanced_colleague_is_a_matcher()
    {
        // Seed 000: "a favour deserves another"; seed 003: give first, they answer with equal value.
        List<ExchangeFact> story =
        [
            At(140, IGave, Done, ExchangeKind.Expertise, what: "Code review"),
            At(120, TheyGave, Done, ExchangeKind.Expertise, what: "Load-testing tips"),
            At(90, TheyAsked, Done, ExchangeKind.Introduction, what: "Intro to our designer"),
            At(75, IAsked, Done, ExchangeKind.Information, what: "Their hiring plan"),
            At(40, IGave, Done, ExchangeKind.Visibility, what: "Quoted their talk"),
            At(12, TheyGave, Done, ExchangeKind.Visibility, what: "Shared my article"),
        ];

        var judgement = Archetypes.Judge(story, Now, Rules);

        Assert.Equal(Archetype.Matcher, judgement.Verdict.Archetype);
        Assert.Equal(0.5, judgement.Verdict.Tally.TheirsShare);
        Assert.Equal(story.Count, judgement.Evidence.Count);
    }

    [Fact]
    public void Matcher_last_quarter_taker_now_shows_as_a_trend()
    {
        List<ExchangeFact> story =
        [
            // Six to nine months ago: a fair trade.
            At(260, IGave, Done), At(245, TheyGave, Done), At(230, TheyAsked, Done), At(215, IAsked, Done),
            // Since: asks only.
            At(80, TheyAsked, Done), At(60, TheyAsked, Done), At(40, TheyAsked, Pending), At(20, IAsked, Ignored), At(5, TheyAsked, Pending),
        ];

        var trend = Archetypes.Judge(story, Now, Rules).Trend;

        Assert.Equal((Archetype.Matcher, Archetype.Taker), (trend.Previous.Archetype, trend.Current.Archetype));
        Assert.True(trend.Changed);
    }

    [Fact]
    public void A_single_ask_or_a_burst_in_one_week_is_not_enough_data()
    {
        Assert.Equal(Archetype.NotEnoughData, Archetypes.Judge([At(3, TheyAsked)], Now, Rules).Verdict.Archetype);
        // Five asks in one week: many, but not spread over time (seed 000: judge on patterns, never on one exchange).
        var burst = Enumerable.Range(0, 5).Select(i => At(10, TheyAsked)).ToList();
        Assert.Equal(Archetype.NotEnoughData, Archetypes.Judge(burst, Now, Rules).Verdict.Archetype);
        Assert.Equal(Archetype.NotEnoughData, Archetypes.Judge([], Now, Rules).Verdict.Archetype);
    }

    [Fact]
    public void Settings_move_the_thresholds()
    {
        List<ExchangeFact> story = [At(100, TheyAsked), At(80, TheyAsked), At(60, TheyAsked), At(40, TheyGave, Done)];
        // 75 % about their needs: under the default 80 %, a matcher; with a 70 % threshold, a taker.
        Assert.Equal(Archetype.Matcher, Archetypes.Judge(story, Now, Rules).Verdict.Archetype);
        Assert.Equal(Archetype.Taker, Archetypes.Judge(story, Now, Rules with { SharePercent = 70, MinExchanges = 3 }).Verdict.Archetype);
        Assert.Equal(Archetype.NotEnoughData, Archetypes.Judge(story, Now, Rules with { MinWeeks = 5 }).Verdict.Archetype);
    }

    [Fact]
    public void Outcomes_each_direction_can_have()
    {
        Assert.False(ExchangeSides.IsAllowed(TheyGave, Ignored));
        Assert.False(ExchangeSides.IsAllowed(TheyAsked, Amplified));
        Assert.True(ExchangeSides.IsAllowed(IGave, Amplified));
        Assert.Contains("TheyGave", ExchangeSides.NotAllowed("Outcome", TheyGave, Declined).Message, StringComparison.Ordinal);
        Assert.Equal(ExchangeSide.None, ExchangeSides.Of(IAsked, Pending));
        Assert.Equal(ExchangeSide.Theirs, ExchangeSides.Of(IAsked, Declined));
        Assert.Equal(ExchangeSide.Mine, ExchangeSides.Of(IGave, Amplified));
    }
}
