using Allies.Core.Interactions;

namespace Allies.Core.Reciprocity;

public enum Archetype { NotEnoughData, Giver, Matcher, Taker }

/// <summary>
/// Exchanges counted together: one contact, one direction, one outcome, probe or not, one week, and whether they fall in
/// the current window and in the window of a quarter ago. The database groups rows into these (GROUP BY in SQL); a list
/// of exchanges becomes these with <see cref="Archetypes.Bucket"/>. Either way the same rules read them.
/// </summary>
public sealed record ExchangeBucket(
    Guid ContactId,
    ExchangeDirection Direction,
    ExchangeOutcome Outcome,
    bool IsProbe,
    long Week,
    bool InCurrent,
    bool InPrevious,
    int Count);

/// <summary>What passed between the owner and one contact over one window, counted by side.</summary>
public sealed record ReciprocityTally
{
    public int Theirs { get; init; }
    public int Mine { get; init; }
    public int TheirsWeeks { get; init; }
    public int MineWeeks { get; init; }
    public int Weeks { get; init; }
    public int IGave { get; init; }
    public int TheyGave { get; init; }
    public int IAsked { get; init; }
    public int TheyAsked { get; init; }
    public int Probes { get; init; }
    public int ProbesAmplified { get; init; }
    public int ProbesTaken { get; init; }
    public int ProbesIgnored { get; init; }

    /// <summary>Last week (see <see cref="Archetypes.WeekOf"/>) I gave something, in the data counted.</summary>
    public long? LastGivenWeek { get; init; }

    public int Total => Theirs + Mine;

    /// <summary>Share of what passes that is about their needs (0 when nothing passed).</summary>
    public double TheirsShare => Total == 0 ? 0 : (double)Theirs / Total;
}

/// <summary>A verdict: the archetype, how sure (0–1), and the counts it rests on.</summary>
public sealed record ArchetypeVerdict(Archetype Archetype, double Confidence, ReciprocityTally Tally);

/// <summary>The verdict of now and of one quarter ago, so a change shows ("matcher last quarter, taker now").</summary>
public sealed record ArchetypeTrend(ArchetypeVerdict Current, ArchetypeVerdict Previous)
{
    public bool Changed => Current.Archetype != Previous.Archetype;
}

/// <summary>The verdict with the exchanges that justify it.</summary>
public sealed record ArchetypeJudgement(ArchetypeTrend Trend, IReadOnlyList<ExchangeFact> Evidence)
{
    public ArchetypeVerdict Verdict => Trend.Current;
}

/// <summary>Giver / taker / matcher / not enough data: the rules of docs/reciprocity.md, pure.</summary>
public static class Archetypes
{
    /// <summary>Weeks start on Monday, counted from Monday 1969-12-29 (1970-01-01 was a Thursday).</summary>
    public static long WeekOf(DateTimeOffset at) => (long)Math.Floor((at.ToUnixTimeSeconds() + SecondsToMonday) / (double)SecondsPerWeek);

    public const long SecondsPerWeek = 7 * 86_400L;

    /// <summary>Added to Unix seconds so weeks begin on Monday.</summary>
    public const long SecondsToMonday = 3 * 86_400L;

    /// <summary>Each exchange as a bucket of one, placed in the current window and the previous one as of <paramref name="now"/>.</summary>
    public static IEnumerable<ExchangeBucket> Bucket(IEnumerable<ExchangeFact> facts, DateTimeOffset now, ReciprocityRules rules)
    {
        var (currentStart, previousStart, previousEnd) = Windows(now, rules);
        foreach (var f in facts)
        {
            var inCurrent = f.OccurredAt >= currentStart && f.OccurredAt <= now;
            var inPrevious = f.OccurredAt >= previousStart && f.OccurredAt < previousEnd;
            if (inCurrent || inPrevious)
            {
                yield return new ExchangeBucket(f.ContactId, f.Direction, f.Outcome, f.IsProbe, WeekOf(f.OccurredAt), inCurrent, inPrevious, 1);
            }
        }
    }

    /// <summary>The current window [now − window, now] and the previous one, a quarter earlier.</summary>
    public static (DateTimeOffset CurrentStart, DateTimeOffset PreviousStart, DateTimeOffset PreviousEnd) Windows(DateTimeOffset now, ReciprocityRules rules)
    {
        var previousEnd = ReciprocityRules.QuarterBefore(now);
        return (rules.WindowStart(now), rules.WindowStart(previousEnd), previousEnd);
    }

    public static ReciprocityTally Tally(IEnumerable<ExchangeBucket> buckets)
    {
        int theirs = 0, mine = 0, iGave = 0, theyGave = 0, iAsked = 0, theyAsked = 0, probes = 0, amplified = 0, taken = 0, ignored = 0;
        var theirsWeeks = new HashSet<long>();
        var mineWeeks = new HashSet<long>();
        var weeks = new HashSet<long>();
        long? lastGiven = null;
        foreach (var b in buckets)
        {
            if (b.Count <= 0)
            {
                continue;
            }

            weeks.Add(b.Week);
            switch (ExchangeSides.Of(b.Direction, b.Outcome))
            {
                case ExchangeSide.Theirs:
                    theirs += b.Count;
                    theirsWeeks.Add(b.Week);
                    break;
                case ExchangeSide.Mine:
                    mine += b.Count;
                    mineWeeks.Add(b.Week);
                    break;
            }

            switch (b.Direction)
            {
                case ExchangeDirection.IGave:
                    iGave += b.Count;
                    lastGiven = lastGiven is { } w && w > b.Week ? w : b.Week;
                    break;
                case ExchangeDirection.TheyGave: theyGave += b.Count; break;
                case ExchangeDirection.IAsked: iAsked += b.Count; break;
                case ExchangeDirection.TheyAsked: theyAsked += b.Count; break;
            }

            if (b.IsProbe)
            {
                probes += b.Count;
                switch (b.Outcome)
                {
                    case ExchangeOutcome.Amplified: amplified += b.Count; break;
                    case ExchangeOutcome.Done: taken += b.Count; break;
                    case ExchangeOutcome.Ignored or ExchangeOutcome.Declined: ignored += b.Count; break;
                }
            }
        }

        return new ReciprocityTally
        {
            Theirs = theirs,
            Mine = mine,
            TheirsWeeks = theirsWeeks.Count,
            MineWeeks = mineWeeks.Count,
            Weeks = weeks.Count,
            IGave = iGave,
            TheyGave = theyGave,
            IAsked = iAsked,
            TheyAsked = theyAsked,
            Probes = probes,
            ProbesAmplified = amplified,
            ProbesTaken = taken,
            ProbesIgnored = ignored,
            LastGivenWeek = lastGiven,
        };
    }

    /// <summary>
    /// Taker: at least the share threshold of what passes is about their needs, with enough such exchanges over enough
    /// distinct weeks. Giver: the same, the other way. Matcher: enough exchanges over enough weeks, something each way,
    /// and their side under the threshold. Anything else: not enough data.
    /// </summary>
    public static ArchetypeVerdict Classify(ReciprocityTally t, ReciprocityRules rules)
    {
        var minExchanges = Math.Max(2, rules.MinExchanges);
        var minWeeks = Math.Max(1, rules.MinWeeks);
        if (t.Total == 0)
        {
            return new(Archetype.NotEnoughData, 0, t);
        }

        var theirsShare = t.TheirsShare;
        var mineShare = 1 - theirsShare;
        if (t.Theirs >= minExchanges && t.TheirsWeeks >= minWeeks && theirsShare >= rules.Share)
        {
            return new(Archetype.Taker, Confidence(t.Theirs, t.TheirsWeeks, minExchanges, minWeeks), t);
        }

        if (t.Mine >= minExchanges && t.MineWeeks >= minWeeks && mineShare >= rules.Share)
        {
            return new(Archetype.Giver, Confidence(t.Mine, t.MineWeeks, minExchanges, minWeeks), t);
        }

        // Leaning giver without enough to be sure still trades both ways: a matcher. Leaning taker without enough is not judged.
        if (t.Total >= minExchanges && t.Weeks >= minWeeks && t.Theirs > 0 && t.Mine > 0 && theirsShare < rules.Share)
        {
            return new(Archetype.Matcher, Confidence(t.Total, t.Weeks, minExchanges, minWeeks), t);
        }

        return new(Archetype.NotEnoughData, 0, t);
    }

    /// <summary>Grows with the evidence: full at twice the minimum exchanges over twice the minimum weeks.</summary>
    static double Confidence(int count, int weeks, int minExchanges, int minWeeks) =>
        Math.Round(Math.Min(1.0, count / (2.0 * minExchanges)) * Math.Min(1.0, weeks / (2.0 * minWeeks)), 2);

    /// <summary>Now and a quarter ago, from buckets of one contact.</summary>
    public static ArchetypeTrend Trend(IReadOnlyCollection<ExchangeBucket> buckets, ReciprocityRules rules) =>
        Trend(Tally(buckets.Where(b => b.InCurrent)), Tally(buckets.Where(b => b.InPrevious)), rules);

    /// <summary>
    /// Now and a quarter ago, from the tallies of the two windows already counted (the database counts them for the whole
    /// network at once: one row per contact): the same verdicts as from the buckets those tallies were counted from.
    /// </summary>
    public static ArchetypeTrend Trend(ReciprocityTally current, ReciprocityTally previous, ReciprocityRules rules) =>
        new(Classify(current, rules), Classify(previous, rules));

    /// <summary>The full judgement of one contact from their exchanges: verdict, trend and the exchanges that justify it.</summary>
    public static ArchetypeJudgement Judge(IEnumerable<ExchangeFact> facts, DateTimeOffset now, ReciprocityRules rules, int evidenceLimit = 12)
    {
        var list = facts.ToList();
        var trend = Trend([.. Bucket(list, now, rules)], rules);
        var start = rules.WindowStart(now);
        var inWindow = list.Where(f => f.OccurredAt >= start && f.OccurredAt <= now);
        var side = trend.Current.Archetype switch
        {
            Archetype.Taker => ExchangeSide.Theirs,
            Archetype.Giver => ExchangeSide.Mine,
            _ => (ExchangeSide?)null,
        };
        // The exchanges on the deciding side (both sides for a matcher), and every probe: newest first, ties by id.
        var evidence = inWindow
            .Where(f => f.IsProbe || (side is { } s ? ExchangeSides.Of(f.Direction, f.Outcome) == s : ExchangeSides.Of(f.Direction, f.Outcome) != ExchangeSide.None))
            .OrderByDescending(f => f.OccurredAt).ThenBy(f => f.Id)
            .Take(evidenceLimit)
            .ToList();
        return new(trend, evidence);
    }
}
