using System.Globalization;

namespace Allies.Core.Graph;

/// <summary>How well I reach one area (an industry, a function): not at all, through one fragile link, or well.</summary>
public enum AreaReach { Nobody, Fragile, Covered }

/// <summary>One area of the network as seen from me, with the contacts who open it and why it is rated so.</summary>
public sealed record AreaCoverage<TId>(
    string Area, AreaReach Reach, IReadOnlyList<TId> Gateways, int PeopleReached, IReadOnlyList<string> Reasons) where TId : notnull;

/// <summary>
/// Structural holes by attribute (Burt): the industries or functions where I know nobody, or depend on one fragile link.
/// A gateway is one of my contacts who is in the area or knows someone in it: the person who can open it for me.
/// </summary>
public static class AreaHoles
{
    /// <param name="areaOf">Each person's area (industry or function), or null when unknown.</param>
    /// <param name="wanted">Areas to report even if nobody in the network is in them (e.g. the industries of my goals).</param>
    /// <param name="weakBelow">A tie weaker than this (0–1) does not count as a solid way in.</param>
    public static IReadOnlyList<AreaCoverage<TId>> Find<TId>(
        NetworkGraph<TId> graph, TId me, Func<TId, string?> areaOf, Func<TId, string> nameOf,
        IEnumerable<string>? wanted = null, double weakBelow = 0.4) where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(areaOf);
        var source = graph.IndexOf(me);
        var hops = ShortestPaths.HopsFrom(graph, source);
        var areaIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var area = new int[graph.NodeCount];
        for (var v = 0; v < area.Length; v++)
        {
            area[v] = v == source ? -1 : Intern(areaOf(graph.IdAt(v)));
        }

        foreach (var w in wanted ?? [])
        {
            Intern(w);
        }

        var reached = new int[names.Count];
        for (var v = 0; v < area.Length; v++)
        {
            if (area[v] >= 0 && hops[v] > 0)
            {
                reached[area[v]]++;
            }
        }

        // Gateways: my contacts in the area, or whose own contacts are.
        var gateways = names.Select(_ => new List<int>()).ToArray();
        var mark = new bool[names.Count];
        foreach (var g in graph.NeighboursOf(source))
        {
            Array.Clear(mark);
            if (area[g] >= 0)
            {
                mark[area[g]] = true;
            }

            foreach (var x in graph.NeighboursOf(g))
            {
                if (x != source && area[x] >= 0)
                {
                    mark[area[x]] = true;
                }
            }

            for (var a = 0; a < mark.Length; a++)
            {
                if (mark[a])
                {
                    gateways[a].Add(g);
                }
            }
        }

        var result = new List<AreaCoverage<TId>>();
        for (var a = 0; a < names.Count; a++)
        {
            var open = gateways[a];
            var solid = open.Where(g => graph.WeightBetween(source, g) >= weakBelow).ToList();
            var ids = open.Select(graph.IdAt).ToList();
            var name = names[a];
            var (reach, reasons) = (reached[a], open.Count, solid.Count) switch
            {
                (0, _, _) => (AreaReach.Nobody, new List<string> { $"Structural hole: you know nobody in {name}." }),
                (_, 0, _) => (AreaReach.Fragile, [$"Fragile: you reach {Count(reached[a])} in {name} only through long chains of three or more introductions."]),
                (_, 1, _) => (AreaReach.Fragile, [$"Fragile: only {nameOf(ids[0])} connects you to {name} ({Count(reached[a])})."]),
                (_, _, 0) => (AreaReach.Fragile, [$"Fragile: your ties into {name} are all weak (strongest {Strongest(graph, source, open)})."]),
                _ => (AreaReach.Covered, [$"{open.Count} of your contacts open {name} ({Count(reached[a])}), {solid.Count} of them closely."]),
            };
            result.Add(new AreaCoverage<TId>(name, reach, ids, reached[a], reasons));
        }

        return [.. result.OrderBy(c => c.Reach).ThenBy(c => c.Area, StringComparer.OrdinalIgnoreCase)];

        int Intern(string? value)
        {
            var key = value?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                return -1;
            }

            if (!areaIndex.TryGetValue(key, out var i))
            {
                i = names.Count;
                areaIndex.Add(key, i);
                names.Add(key);
            }

            return i;
        }
    }

    static string Count(int people) => people == 1 ? "1 person" : $"{people} people";

    static string Strongest<TId>(NetworkGraph<TId> graph, int me, List<int> gateways) where TId : notnull =>
        gateways.Max(g => graph.WeightBetween(me, g)).ToString("0.00", CultureInfo.InvariantCulture);
}
