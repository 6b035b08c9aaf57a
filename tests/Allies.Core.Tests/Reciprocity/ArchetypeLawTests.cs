using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using FsCheck.Xunit;

namespace Allies.Core.Tests.Reciprocity;

/// <summary>The laws the archetype rules keep whatever the exchanges and the (valid) settings.</summary>
public sealed class ArchetypeLawTests
{
    static int? Rank(Archetype a) => a switch { Archetype.Giver => 0, Archetype.Matcher => 1, Archetype.Taker => 2, _ => null };

    [Property(MaxTest = 500)]
    public void One_exchange_never_makes_a_taker(uint code, uint rulesCode)
    {
        var rules = Facts.Rules(rulesCode);
        var judgement = Archetypes.Judge([Facts.Decode(code, 0)], Facts.Now, rules);
        Assert.NotEqual(Archetype.Taker, judgement.Verdict.Archetype);
        Assert.NotEqual(Archetype.Taker, judgement.Trend.Previous.Archetype);
    }

    [Property(MaxTest = 500)]
    public void A_they_gave_never_moves_a_contact_toward_taker(uint[] codes, uint rulesCode, ushort daysAgo, byte kind)
    {
        var rules = Facts.Rules(rulesCode);
        var facts = codes.Select(Facts.Decode).ToList();
        var gift = Facts.At(daysAgo % (rules.WindowMonths * 28), ExchangeDirection.TheyGave, ExchangeOutcome.Done, (ExchangeKind)(kind % 7));

        var before = Archetypes.Judge(facts, Facts.Now, rules).Verdict;
        var after = Archetypes.Judge([.. facts, gift], Facts.Now, rules).Verdict;

        Assert.True(after.Tally.TheirsShare <= before.Tally.TheirsShare, "the share of their needs grew");
        if (before.Archetype != Archetype.Taker)
        {
            Assert.NotEqual(Archetype.Taker, after.Archetype);
        }

        if (Rank(before.Archetype) is { } was)
        {
            var now = Rank(after.Archetype);
            Assert.True(now is not null && now <= was, $"{before.Archetype} became {after.Archetype}");
        }
    }

    [Property(MaxTest = 300)]
    public void Exchanges_outside_the_window_change_nothing(uint[] codes, uint[] outside, uint rulesCode)
    {
        var rules = Facts.Rules(rulesCode);
        var facts = codes.Select(Facts.Decode).ToList();
        var (currentStart, previousStart, _) = Archetypes.Windows(Facts.Now, rules);
        // Older than both windows, or after "now": nothing changes at all.
        var older = outside.Select((c, i) => Facts.Decode(c, 10_000 + i) with { OccurredAt = previousStart.AddDays(-1 - (c % 300)) });
        var future = outside.Select((c, i) => Facts.Decode(c, 20_000 + i) with { OccurredAt = Facts.Now.AddDays(1 + (c % 30)) });
        // Before the current window only: the verdict of now does not move (the previous quarter's may).
        var beforeCurrent = outside.Select((c, i) => Facts.Decode(c, 30_000 + i) with { OccurredAt = currentStart.AddMinutes(-1 - (c % 40_000)) });

        var plain = Archetypes.Judge(facts, Facts.Now, rules);
        var withOutside = Archetypes.Judge([.. facts, .. older, .. future], Facts.Now, rules);
        var withEarlier = Archetypes.Judge([.. facts, .. beforeCurrent], Facts.Now, rules);

        Assert.Equal(plain.Trend, withOutside.Trend);
        Assert.Equal(plain.Evidence.Select(e => e.Id), withOutside.Evidence.Select(e => e.Id));
        Assert.Equal(plain.Verdict, withEarlier.Verdict);
    }

    [Property(MaxTest = 300)]
    public void The_order_exchanges_are_stored_in_does_not_matter(uint[] codes, uint rulesCode, int seed)
    {
        var rules = Facts.Rules(rulesCode);
        var facts = codes.Select(Facts.Decode).ToList();
        var shuffled = facts.OrderBy(_ => Random.Shared.Next()).ToList();
        var reversed = Enumerable.Reverse(facts).ToList();
        _ = seed;

        var a = Archetypes.Judge(facts, Facts.Now, rules);
        foreach (var other in new[] { shuffled, reversed })
        {
            var b = Archetypes.Judge(other, Facts.Now, rules);
            Assert.Equal(a.Trend, b.Trend);
            Assert.Equal(a.Evidence.Select(e => e.Id), b.Evidence.Select(e => e.Id));
        }
    }

    [Property(MaxTest = 300)]
    public void Buckets_from_SQL_and_from_exchanges_give_the_same_verdict(uint[] codes, uint rulesCode)
    {
        // The database groups exchanges into buckets; merging equal buckets must not change the rules' answer.
        var rules = Facts.Rules(rulesCode);
        var buckets = Archetypes.Bucket(codes.Select(Facts.Decode), Facts.Now, rules).ToList();
        var grouped = buckets.GroupBy(b => b with { Count = 0 }).Select(g => g.Key with { Count = g.Sum(b => b.Count) }).ToList();
        Assert.Equal(Archetypes.Trend(buckets, rules), Archetypes.Trend(grouped, rules));
    }
}
