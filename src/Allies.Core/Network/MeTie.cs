using Allies.Core.Contacts;
using Allies.Core.Ties;

namespace Allies.Core.Network;

/// <summary>
/// How strong my own tie to a contact is, for the network map's "me" edges (0.05–1): the keep-in-touch tie score
/// (<see cref="TieStrength"/>, a forgetting curve, 0–100) over 100, so the map, the agenda and the contact page agree
/// on who is close. See docs/network.md.
/// </summary>
public static class MeTie
{
    /// <summary>The weakest "me" edge: someone I have met but whose tie has faded completely is still reachable.</summary>
    public const double Floor = 0.05;

    /// <summary>My ties at or above this strength are strong (the close and extended circles); below it, weak (Granovetter).</summary>
    public const double Strong = Circles.ExtendedFrom / 100.0;

    /// <summary>
    /// Whether I know the contact at all: someone I have met (phase Met or later), talked with, or pinned to a circle.
    /// Targets and identified or prepared people I have not met yet get no edge to me: they are reached through others.
    /// </summary>
    public static bool Exists(Phase phase, int interactions, Circle? pinned) =>
        interactions > 0 || pinned is not null || phase >= Phase.Met;

    /// <summary>
    /// The tie score over 100; a pinned circle sets a floor at the lower bound of its circle (close 0.60, extended 0.30,
    /// weak 0.08) or, for dormant, a ceiling just under weak. Never below <see cref="Floor"/>, at most 1.
    /// </summary>
    public static double Strength(int tieScore, Circle? pinned)
    {
        var s = Math.Clamp(tieScore, 0, 100) / 100.0;
        s = pinned switch
        {
            Circle.Close => Math.Max(s, Circles.CloseFrom / 100.0),
            Circle.Extended => Math.Max(s, Circles.ExtendedFrom / 100.0),
            Circle.Weak => Math.Max(s, Circles.WeakFrom / 100.0),
            Circle.Dormant => Math.Min(s, (Circles.WeakFrom - 1) / 100.0),
            _ => s,
        };
        return Math.Clamp(s, Floor, 1);
    }
}
