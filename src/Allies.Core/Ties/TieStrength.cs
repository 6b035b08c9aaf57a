namespace Allies.Core.Ties;

/// <summary>A tie's strength now (0–100), with the facts it comes from.</summary>
public sealed record TieScore(int Score, double Retention, double Intensity, TieSummary Summary, DateTimeOffset Now);

/// <summary>
/// Tie strength as a forgetting curve (see docs/keep-in-touch.md): retention R = exp(−days since the last real exchange
/// / stability); every touch raises stability, more when it comes after a spaced interval (spaced repetition), so
/// the decay slows as a relationship matures; intensity I = 1 − exp(−Σ weights / 4) rewards two-way, deeper and giving
/// exchanges over likes. Score = round(100 · R · I).
/// </summary>
public static class TieStrength
{
    /// <summary>Stability a touch of weight 1 gives a new tie, in days.</summary>
    public const double BaseStabilityDays = 20;
    public const double MaxStabilityDays = 3650;
    public const double IntensityScale = 4;
    /// <summary>Share of a touch's gain it gets even when crowded right after the previous one (no spacing).</summary>
    public const double CrowdedGain = 0.2;

    public static TieSummary Fold(IEnumerable<Touch> touches)
    {
        var summary = TieSummary.Empty;
        foreach (var t in touches.OrderBy(t => t.At).ThenBy(t => t.Weight))
        {
            summary = Add(summary, t);
        }

        return summary;
    }

    /// <summary>Adds one touch later than (or as late as) every touch already folded.</summary>
    public static TieSummary Add(TieSummary s, Touch t)
    {
        var w = t.Weight;
        double stability;
        if (s.LastTouchAt is not { } previous)
        {
            stability = BaseStabilityDays * w;
        }
        else
        {
            var gapDays = Math.Max(0, (t.At - previous).TotalDays);
            var spacing = s.Stability <= 0 ? 1 : Math.Min(1, gapDays / s.Stability);
            stability = s.Stability + BaseStabilityDays * w * (CrowdedGain + (1 - CrowdedGain) * spacing);
        }

        return s with
        {
            FirstAt = s.FirstAt ?? t.At,
            LastTouchAt = s.LastTouchAt is { } l && l > t.At ? l : t.At,
            LastExchangeAt = t.IsRealExchange && (s.LastExchangeAt is null || s.LastExchangeAt < t.At) ? t.At : s.LastExchangeAt,
            Stability = Math.Min(MaxStabilityDays, stability),
            Weight = s.Weight + w,
            Exchanges = s.Exchanges + (t.IsRealExchange ? 1 : 0),
            TwoWay = s.TwoWay + (t.IsRealExchange && t.TwoWay ? 1 : 0),
            Deep = s.Deep + (t.IsRealExchange && t.Depth != Interactions.Depth.SmallTalk ? 1 : 0),
            Given = s.Given + (t.Given ? 1 : 0),
            Reactions = s.Reactions + (t.IsRealExchange ? 0 : 1),
        };
    }

    public static TieScore Score(IEnumerable<Touch> history, DateTimeOffset now) => Score(Fold(history), now);

    public static TieScore Score(TieSummary s, DateTimeOffset now)
    {
        if (s.Anchor is not { } anchor || s.Stability <= 0)
        {
            return new TieScore(0, 0, 0, s, now);
        }

        var days = Math.Max(0, (now - anchor).TotalDays);
        var retention = Math.Exp(-days / s.Stability);
        var intensity = 1 - Math.Exp(-s.Weight / IntensityScale);
        var score = (int)Math.Round(100 * retention * intensity, MidpointRounding.AwayFromZero);
        return new TieScore(Math.Clamp(score, 0, 100), retention, intensity, s, now);
    }

    /// <summary>The strength the tie had right after its last real exchange: how close it was when last in touch.</summary>
    public static int ScoreWhenLastInTouch(TieSummary s) => s.Anchor is { } a ? Score(s, a).Score : 0;
}
