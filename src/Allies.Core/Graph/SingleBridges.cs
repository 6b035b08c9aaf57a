namespace Allies.Core.Graph;

/// <summary>A contact through whom, and only through whom, part of my network reaches me.</summary>
public sealed record BridgeDependence<TId>(TId Bridge, IReadOnlyList<TId> OnlyThrough, IReadOnlyList<string> Reasons) where TId : notnull;

/// <summary>
/// My dependence on single bridges: for each person, who in my network would be cut off from me if that person left
/// ("12 of your contacts in finance reach you only through Claire"). These are the articulation points separating me
/// from others, found with one depth-first search from me (Hopcroft–Tarjan), so it is linear in the size of the network.
/// </summary>
public static class SingleBridges
{
    /// <param name="areaOf">Optional area (industry, function) to say which part of the network depends on the bridge.</param>
    public static IReadOnlyList<BridgeDependence<TId>> Find<TId>(
        NetworkGraph<TId> graph, TId me, Func<TId, string> nameOf, Func<TId, string?>? areaOf = null) where TId : notnull
    {
        var root = graph.IndexOf(me);
        var n = graph.NodeCount;
        var discovered = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var nextEdge = new int[n];
        var byDiscovery = new int[n];  // discovery rank → node, so a DFS subtree is a contiguous range
        var subtreeSize = new int[n];
        Array.Fill(discovered, -1);
        var cut = new List<(int Bridge, int Child)>();

        var time = 0;
        var stack = new Stack<int>();
        discovered[root] = low[root] = time;
        byDiscovery[time++] = root;
        parent[root] = -1;
        nextEdge[root] = graph.Offsets[root];
        stack.Push(root);
        while (stack.Count > 0)
        {
            var v = stack.Peek();
            if (nextEdge[v] < graph.Offsets[v + 1])
            {
                var w = graph.Targets[nextEdge[v]++];
                if (discovered[w] < 0)
                {
                    parent[w] = v;
                    discovered[w] = low[w] = time;
                    byDiscovery[time++] = w;
                    nextEdge[w] = graph.Offsets[w];
                    stack.Push(w);
                }
                else if (w != parent[v])
                {
                    low[v] = Math.Min(low[v], discovered[w]);
                }

                continue;
            }

            stack.Pop();
            subtreeSize[v] = 1 + subtreeSize[v];
            var p = parent[v];
            if (p >= 0)
            {
                subtreeSize[p] += subtreeSize[v];
                low[p] = Math.Min(low[p], low[v]);
                if (p != root && low[v] >= discovered[p])
                {
                    cut.Add((p, v));
                }
            }
        }

        var result = new List<BridgeDependence<TId>>();
        foreach (var group in cut.GroupBy(c => c.Bridge))
        {
            var cutOff = group
                .SelectMany(c => Enumerable.Range(discovered[c.Child], subtreeSize[c.Child]).Select(r => byDiscovery[r]))
                .OrderBy(v => v)
                .Select(graph.IdAt)
                .ToList();
            var bridge = graph.IdAt(group.Key);
            var name = nameOf(bridge);
            var reasons = new List<string>
            {
                cutOff.Count == 1
                    ? $"{nameOf(cutOff[0])} reaches you only through {name}."
                    : $"{cutOff.Count} of your contacts reach you only through {name}.",
            };
            if (areaOf is not null)
            {
                reasons.AddRange(cutOff
                    .Select(areaOf).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim())
                    .GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(g => g.Count() == 1
                        ? $"1 of your contacts in {g.Key} reaches you only through {name}."
                        : $"{g.Count()} of your contacts in {g.Key} reach you only through {name}."));
            }

            result.Add(new BridgeDependence<TId>(bridge, cutOff, reasons));
        }

        return [.. result.OrderByDescending(r => r.OnlyThrough.Count).ThenBy(r => graph.IndexOf(r.Bridge))];
    }
}
