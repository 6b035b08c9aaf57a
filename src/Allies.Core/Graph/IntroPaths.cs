using System.Globalization;

namespace Allies.Core.Graph;

/// <summary>A warm introduction route from me to someone, with the tie most likely to break and whom to ask first.</summary>
public sealed record IntroPath<TId>(
    GraphPath<TId> Path, WeakestLink<TId> WeakestLink, TId? AskFirst, IReadOnlyList<string> Reasons) where TId : notnull;

/// <summary>
/// The best k routes to a person or to anyone matching a profile, through strong ties. Edge weights are tie strengths
/// (0–1]; a tie costs <see cref="TieCost.FromStrength"/> (1/strength), so the best route is the one with the fewest,
/// strongest ties.
/// </summary>
public static class IntroPaths
{
    /// <param name="canRelay">Who may pass an introduction along (e.g. not archived contacts); everyone when null.</param>
    public static IReadOnlyList<IntroPath<TId>> To<TId>(
        NetworkGraph<TId> graph, TId me, TId target, int k, Func<TId, string> nameOf, Func<TId, bool>? canRelay = null)
        where TId : notnull =>
        ToAnyOf(graph, me, [target], k, nameOf, canRelay);

    /// <summary>Routes to any of several targets (anyone at a company, in an industry…), cheapest first.</summary>
    public static IReadOnlyList<IntroPath<TId>> ToAnyOf<TId>(
        NetworkGraph<TId> graph, TId me, IEnumerable<TId> targets, int k, Func<TId, string> nameOf, Func<TId, bool>? canRelay = null)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        var comparer = EqualityComparer<TId>.Default;
        var paths = targets
            .Where(t => !comparer.Equals(t, me) && graph.Contains(t))
            .Distinct()
            .SelectMany((t, order) => KBestPaths.Find(graph, me, t, k, TieCost.FromStrength, canRelay).Select(p => (p, order)))
            .OrderBy(x => x.p.Cost).ThenBy(x => x.p.Hops).ThenBy(x => x.order)
            .Take(k)
            .Select(x => Describe(graph, x.p, nameOf));
        return [.. paths];
    }

    static IntroPath<TId> Describe<TId>(NetworkGraph<TId> graph, GraphPath<TId> path, Func<TId, string> nameOf) where TId : notnull
    {
        var nodes = path.Nodes;
        var weakest = new WeakestLink<TId>(nodes[0], nodes[1], double.PositiveInfinity);
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var s = graph.WeightBetween(nodes[i], nodes[i + 1]);
            if (s < weakest.Strength)
            {
                weakest = new WeakestLink<TId>(nodes[i], nodes[i + 1], s);
            }
        }

        var target = nameOf(nodes[^1]);
        var firstTie = graph.WeightBetween(nodes[0], nodes[1]);
        if (path.Hops == 1)
        {
            return new IntroPath<TId>(path, weakest, default, [$"You already know {target} ({Describe(firstTie)}, strength {Format(firstTie)})."]);
        }

        var askFirst = nodes[1];
        var reasons = new List<string>
        {
            $"Ask {nameOf(askFirst)} first: your tie is {Describe(firstTie)} (strength {Format(firstTie)}).",
            path.Hops == 2
                ? $"{nameOf(askFirst)} knows {target} directly."
                : $"{path.Hops - 1} introductions in a row reach {target}: {string.Join(" → ", nodes.Skip(1).Select(nameOf))}.",
            $"Weakest link: {nameOf(weakest.From)} – {nameOf(weakest.To)} ({Describe(weakest.Strength)}, strength {Format(weakest.Strength)}).",
        };
        return new IntroPath<TId>(path, weakest, askFirst, reasons);
    }

    static string Describe(double strength) => strength switch
    {
        >= 0.7 => "strong",
        >= 0.4 => "fair",
        _ => "weak",
    };

    static string Format(double strength) => strength.ToString("0.00", CultureInfo.InvariantCulture);
}
