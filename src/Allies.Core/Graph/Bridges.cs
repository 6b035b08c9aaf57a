using System.Globalization;

namespace Allies.Core.Graph;

/// <summary>A person who links parts of the network that would otherwise be far apart.</summary>
public sealed record Bridge<TId>(TId Person, double Betweenness, IReadOnlyList<string> Reasons) where TId : notnull;

/// <summary>The network's bridges: the people with the highest betweenness centrality, explained.</summary>
public static class Bridges
{
    /// <param name="byStrength">Weigh ties by strength (a tie costs 1/strength) instead of counting hops.</param>
    public static IReadOnlyList<Bridge<TId>> Top<TId>(NetworkGraph<TId> graph, int count, Func<TId, string> nameOf, bool byStrength = false)
        where TId : notnull
    {
        var scores = byStrength ? Betweenness.Compute(graph, TieCost.FromStrength) : Betweenness.Compute(graph);
        return [.. scores.Top(count)
            .Where(s => s.Value > 0)
            .Select(s => new Bridge<TId>(s.Id, s.Value,
            [
                $"{nameOf(s.Id)} lies on {s.Value.ToString("0.#%", CultureInfo.InvariantCulture)} of the shortest paths between the other people in your network.",
            ]))];
    }
}
