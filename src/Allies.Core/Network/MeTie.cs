using Allies.Core.Contacts;

namespace Allies.Core.Network;

/// <summary>
/// How strong my own tie to a contact is, for the network map's "me" edges (0–1].
/// </summary>
/// <remarks>
/// FALLBACK, meant to be replaced: the keep-in-touch feature computes tie strength with a forgetting curve; until it is
/// wired in, the map uses this small function from interaction count and recency only. Everything else in the network
/// code calls <see cref="Strength"/> and nothing else, so swapping it is one change. See docs/network.md.
/// </remarks>
public static class MeTie
{
    /// <summary>Days after which an interaction counts half as much.</summary>
    public const double HalfLifeDays = 180;

    /// <summary>
    /// Whether I know the contact at all: someone I have met (phase Met or later), talked with, or pinned to a circle.
    /// Targets and identified or prepared people I have not met yet get no edge to me: they are reached through others.
    /// </summary>
    public static bool Exists(Phase phase, int interactions, Circle? pinned) =>
        interactions > 0 || pinned is not null || phase >= Phase.Met;

    /// <summary>
    /// 0.1 + 0.85 × volume × (0.3 + 0.7 × recency), with volume = 1 − 0.75^count (diminishing returns) and
    /// recency = 0.5^(days since last / 180); a pinned circle sets a floor (close 0.8, extended 0.5, weak 0.25)
    /// or, for dormant, a ceiling of 0.2. Never 0, at most 1.
    /// </summary>
    public static double Strength(int interactions, DateTimeOffset? last, DateTimeOffset now, Circle? pinned)
    {
        var volume = 1 - Math.Pow(0.75, Math.Max(0, interactions));
        var days = last is { } l ? Math.Max(0, (now - l).TotalDays) : double.PositiveInfinity;
        var recency = double.IsInfinity(days) ? 0 : Math.Pow(0.5, days / HalfLifeDays);
        var s = 0.1 + (0.85 * volume * (0.3 + (0.7 * recency)));
        s = pinned switch
        {
            Circle.Close => Math.Max(s, 0.8),
            Circle.Extended => Math.Max(s, 0.5),
            Circle.Weak => Math.Max(s, 0.25),
            Circle.Dormant => Math.Min(s, 0.2),
            _ => s,
        };
        return Math.Clamp(s, 0.05, 1);
    }
}
