namespace Allies.Core.Graph;

/// <summary>
/// The k cheapest loop-free paths between two people (Yen 1971, "Finding the K shortest loopless paths in a network").
/// Equal-cost paths are ordered by fewer hops, then by the graph's node order, so the answer is reproducible.
/// </summary>
public static class KBestPaths
{
    /// <param name="canRelay">Who may stand in the middle of a path (e.g. not archived contacts); everyone when null.</param>
    public static IReadOnlyList<GraphPath<TId>> Find<TId>(
        NetworkGraph<TId> graph, TId from, TId to, int k, Func<double, double> cost, Func<TId, bool>? canRelay = null)
        where TId : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var source = graph.IndexOf(from);
        var target = graph.IndexOf(to);
        if (source == target)
        {
            return [new GraphPath<TId>([from], 0)];
        }

        var search = new PathSearch(graph.Offsets, graph.Targets, ShortestPaths.Costs(graph, cost));
        var barred = new bool[graph.NodeCount];
        if (canRelay is not null)
        {
            for (var v = 0; v < barred.Length; v++)
            {
                barred[v] = v != source && v != target && !canRelay(graph.IdAt(v));
            }
        }

        void ResetBlocks()
        {
            Array.Copy(barred, search.BlockedNodes, barred.Length);
            search.BlockedTies.Clear();
        }

        ResetBlocks();
        var first = search.Run(source, target);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<int[]> { first.Value.Nodes };
        var candidates = new List<(int[] Nodes, double Cost)>();
        var seen = new HashSet<string> { Key(first.Value.Nodes) };

        while (accepted.Count < k)
        {
            var last = accepted[^1];
            for (var i = 0; i < last.Length - 1; i++)
            {
                ResetBlocks();
                var spur = last[i];
                foreach (var path in accepted)
                {
                    if (path.Length > i + 1 && path.AsSpan(0, i + 1).SequenceEqual(last.AsSpan(0, i + 1)))
                    {
                        search.BlockedTies.Add(PathSearch.Key(path[i], path[i + 1]));
                    }
                }

                for (var r = 0; r < i; r++)
                {
                    search.BlockedNodes[last[r]] = true;
                }

                var spurPath = search.Run(spur, target);
                if (spurPath is null)
                {
                    continue;
                }

                int[] whole = [.. last.AsSpan(0, i), .. spurPath.Value.Nodes];
                if (seen.Add(Key(whole)))
                {
                    candidates.Add((whole, PathCost(graph, search, whole)));
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
            {
                if (Better(candidates[c], candidates[best]))
                {
                    best = c;
                }
            }

            accepted.Add(candidates[best].Nodes);
            candidates.RemoveAt(best);
        }

        return [.. accepted.Select(p => new GraphPath<TId>([.. p.Select(graph.IdAt)], PathCost(graph, search, p)))];
    }

    static bool Better((int[] Nodes, double Cost) a, (int[] Nodes, double Cost) b)
    {
        if (a.Cost != b.Cost)
        {
            return a.Cost < b.Cost;
        }

        if (a.Nodes.Length != b.Nodes.Length)
        {
            return a.Nodes.Length < b.Nodes.Length;
        }

        return a.Nodes.AsSpan().SequenceCompareTo(b.Nodes) < 0;
    }

    /// <summary>Sum of tie costs in path order, so equal paths always get bit-equal costs.</summary>
    static double PathCost<TId>(NetworkGraph<TId> graph, PathSearch search, int[] nodes) where TId : notnull
    {
        var total = 0.0;
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            for (var e = graph.Offsets[nodes[i]]; e < graph.Offsets[nodes[i] + 1]; e++)
            {
                if (graph.Targets[e] == nodes[i + 1])
                {
                    total += search.Cost(e);
                    break;
                }
            }
        }

        return total;
    }

    static string Key(int[] nodes) => string.Join(',', nodes);
}
