using Allies.Core.Ties;

namespace Allies.Core.Agenda;

/// <summary>
/// How long a plan stays exactly what <see cref="AgendaPlanner.Plan"/> would give, for the same data: the plan reads
/// "now" only through the day (in the owner's zone), each tie's whole-number score (and the circle it gives), the
/// introduction steps' waiting delays and the decisions already taken. Until the first of those changes, the plan
/// computed earlier is the plan of any later instant, once its "now" and its shown ties are brought to that instant
/// (<see cref="At"/>). This is what lets the agenda be cached without ever showing a stale ranking.
/// </summary>
public static class AgendaValidity
{
    /// <summary>A safety margin before a score's computed change: rounding in the exponentials can never make it late.</summary>
    static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>The first instant after input.Now at which the plan may differ (exclusive bound).</summary>
    public static DateTimeOffset Until(AgendaInput input)
    {
        var now = input.Now;
        var until = Local(input.Today.AddDays(1), input.Zone);
        void Bound(DateTimeOffset at)
        {
            if (at > now && at < until)
            {
                until = at;
            }
        }

        foreach (var c in input.Contacts)
        {
            Bound(NextScoreChange(c.Tie, now));
        }

        foreach (var d in input.Decisions)
        {
            Bound(d.DecidedAt);
        }

        foreach (var i in input.Introductions)
        {
            if (i.SentAt is { } sent)
            {
                Bound(sent + TimeSpan.FromDays(AgendaPlanner.IntroCheckInDays));
            }

            if (i.AAskedAt is { } asked)
            {
                Bound(asked + TimeSpan.FromDays(AgendaPlanner.IntroNudgeDays));
            }
        }

        return until;
    }

    /// <summary>
    /// The earliest instant after now at which TieStrength.Score(s, t).Score may differ from its value now (a little
    /// early, never late); DateTimeOffset.MaxValue when it never will. The score only falls with time.
    /// </summary>
    public static DateTimeOffset NextScoreChange(TieSummary s, DateTimeOffset now)
    {
        if (s.Anchor is not { } anchor || s.Stability <= 0)
        {
            return DateTimeOffset.MaxValue;
        }

        if (now < anchor)
        {
            // The decay starts at the anchor: constant until then.
            return anchor;
        }

        var score = TieStrength.Score(s, now).Score;
        var intensity = 1 - Math.Exp(-s.Weight / TieStrength.IntensityScale);
        if (score <= 0 || intensity <= 0)
        {
            return DateTimeOffset.MaxValue;
        }

        // Score = round(100·R·I) away from zero stays at `score` while 100·R·I ≥ score − 0.5, R = exp(−days / stability).
        var ratio = (score - 0.5) / (100 * intensity);
        if (ratio >= 1)
        {
            return now;
        }

        var days = -s.Stability * Math.Log(ratio);
        var ticks = days * TimeSpan.TicksPerDay;
        if (double.IsNaN(ticks) || ticks >= (DateTimeOffset.MaxValue - anchor).Ticks - Margin.Ticks)
        {
            return DateTimeOffset.MaxValue;
        }

        var at = anchor + TimeSpan.FromTicks((long)ticks) - Margin;
        return at > now ? at : now;
    }

    /// <summary>A plan computed earlier, as of a later instant before its validity ends: the same items, "now" and ties brought forward.</summary>
    public static AgendaPlan At(AgendaPlan plan, DateTimeOffset now) => plan with
    {
        Now = now,
        Items = [.. plan.Items.Select(i => i with { Tie = TieStrength.Score(i.Contact.Tie, now) })],
    };

    static DateTimeOffset Local(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
