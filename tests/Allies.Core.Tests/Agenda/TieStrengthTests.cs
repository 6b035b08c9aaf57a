using Allies.Core.Interactions;
using Allies.Core.Ties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Allies.Core.Tests.Agenda.Histories;

namespace Allies.Core.Tests.Agenda;

public sealed class TieStrengthTests
{
    static DateTimeOffset End(Touch[] h) => h.Length == 0 ? Start : h.Max(t => t.At);

    [Property(MaxTest = 500)]
    public Property Strength_never_rises_with_time_alone() =>
        Prop.ForAll(WithTimes(), x =>
        {
            var now = End(x.History).AddDays(x.LaterDays);
            var later = now.AddDays(x.MoreDays).AddMinutes(x.MoreDays % 7);
            return TieStrength.Score(x.History, later).Score <= TieStrength.Score(x.History, now).Score;
        });

    [Property(MaxTest = 500)]
    public Property A_new_exchange_never_lowers_strength() =>
        Prop.ForAll(WithTimes(), Arb.From(TouchAt(1)), (x, extra) =>
        {
            // The new exchange comes after the history (at its end, or later) and before "now".
            var at = End(x.History).AddMinutes(x.LaterDays);
            var touch = extra with { At = at };
            var now = at.AddDays(x.MoreDays);
            var before = TieStrength.Score(x.History, now).Score;
            var after = TieStrength.Score([.. x.History, touch], now).Score;
            return after >= before;
        });

    [Property(MaxTest = 300)]
    public Property Identical_histories_give_identical_scores() =>
        Prop.ForAll(WithTimes(), x =>
        {
            var now = End(x.History).AddDays(x.LaterDays);
            var shuffled = x.History.Reverse().ToArray();
            var a = TieStrength.Score(x.History, now);
            var b = TieStrength.Score(shuffled, now);
            return a.Score == b.Score && a.Summary == b.Summary;
        });

    [Property(MaxTest = 300)]
    public Property Folding_one_touch_at_a_time_is_folding_the_whole_history() =>
        Prop.ForAll(WithTimes(), x =>
        {
            var ordered = x.History.OrderBy(t => t.At).ThenBy(t => t.Weight).ToArray();
            var step = ordered.Aggregate(TieSummary.Empty, TieStrength.Add);
            return step == TieStrength.Fold(x.History);
        });

    [Property(MaxTest = 300)]
    public Property Score_stays_between_0_and_100() =>
        Prop.ForAll(WithTimes(), x =>
        {
            var s = TieStrength.Score(x.History, End(x.History).AddDays(x.LaterDays)).Score;
            return s is >= 0 and <= 100;
        });

    [Fact]
    public void Spaced_exchanges_slow_the_decay_more_than_crowded_ones()
    {
        var end = Start.AddDays(200);
        var spaced = TieStrength.Fold(Enumerable.Range(0, 6).Select(i => Coffee(end.AddDays(-30 * (5 - i)))));
        var crowded = TieStrength.Fold(Enumerable.Range(0, 6).Select(i => Coffee(end.AddHours(-(5 - i)))));
        Assert.True(spaced.Stability > crowded.Stability, $"{spaced.Stability} vs {crowded.Stability}");
        Assert.True(TieStrength.Score(spaced, end.AddDays(120)).Score > TieStrength.Score(crowded, end.AddDays(120)).Score);
    }

    [Fact]
    public void Two_way_and_deeper_exchanges_count_more_than_likes()
    {
        var now = Start.AddDays(10);
        var likes = Enumerable.Range(0, 5).Select(i => new Touch(Start.AddDays(i), InteractionKind.Reaction, Depth.SmallTalk, false, false));
        var talks = Enumerable.Range(0, 5).Select(i => new Touch(Start.AddDays(i), InteractionKind.Message, Depth.Personal, true, true));
        Assert.True(TieStrength.Score(talks, now).Score > TieStrength.Score(likes, now).Score);
        Assert.True(new Touch(now, InteractionKind.Message, Depth.SmallTalk, true, false).Weight > new Touch(now, InteractionKind.Message, Depth.SmallTalk, false, false).Weight);
    }

    [Fact]
    public void Factors_read_as_words_in_both_languages()
    {
        var history = new[]
        {
            Coffee(Start), Coffee(Start.AddDays(20), Depth.SmallTalk), new Touch(Start.AddDays(40), InteractionKind.Email, Depth.SmallTalk, false, false),
        };
        var score = TieStrength.Score(history, Start.AddDays(40 + 150));
        Assert.Equal("last real exchange 5 months ago; 3 exchanges, 2 two-way, 1 deep", TieWords.Explain(score, "en"));
        Assert.Equal("dernier vrai échange il y a 5 mois ; 3 échanges, dont 2 dans les deux sens, 1 approfondi", TieWords.Explain(score, "fr"));
    }

    [Fact]
    public void Circles_follow_the_documented_thresholds()
    {
        Assert.Equal(Allies.Core.Contacts.Circle.Close, Circles.FromScore(60));
        Assert.Equal(Allies.Core.Contacts.Circle.Extended, Circles.FromScore(59));
        Assert.Equal(Allies.Core.Contacts.Circle.Extended, Circles.FromScore(30));
        Assert.Equal(Allies.Core.Contacts.Circle.Weak, Circles.FromScore(29));
        Assert.Equal(Allies.Core.Contacts.Circle.Weak, Circles.FromScore(8));
        Assert.Equal(Allies.Core.Contacts.Circle.Dormant, Circles.FromScore(7));
    }

    [Fact]
    public void A_year_of_fortnightly_coffees_is_a_close_tie()
    {
        var end = Start.AddDays(365);
        var score = TieStrength.Score(Fortnightly(end), end.AddDays(3));
        Assert.Equal(Allies.Core.Contacts.Circle.Close, Circles.FromScore(score.Score));
    }
}
