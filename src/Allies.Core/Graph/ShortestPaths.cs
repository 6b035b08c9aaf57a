namespace Allies.Core.Graph;

/// <summary>Shortest paths: by hops (breadth-first) or by cost (Dijkstra over a <see cref="TieCost"/> mapping).</summary>
public static class ShortestPaths
{
    /// <summary>Fewest ties between two people, or null when no path exists (networkx <c>shortest_path_length</c>).</summary>
    public static int? Hops<TId>(NetworkGraph<TId> graph, TId from, TId to) where TId : notnull
    {
        var s = graph.IndexOf(from);
        var t = graph.IndexOf(to);
        var hops = HopsFrom(graph, s);
        return hops[t] < 0 ? null : hops[t];
    }

    /// <summary>Hops from one node to every node (−1 when unreachable), indexed like the graph.</summary>
    public static int[] HopsFrom<TId>(NetworkGraph<TId> graph, int source) where TId : notnull
    {
        var hops = new int[graph.NodeCount];
        Array.Fill(hops, -1);
        var queue = new int[graph.NodeCount];
        int head = 0, tail = 0;
        hops[source] = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            var v = queue[head++];
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = graph.Targets[e];
                if (hops[w] < 0)
                {
                    hops[w] = hops[v] + 1;
                    queue[tail++] = w;
                }
            }
        }

        return hops;
    }

    /// <summary>
    /// The cheapest path where each tie costs <paramref name="cost"/>(weight), or null when none exists
    /// (networkx <c>dijkstra_path</c> with <see cref="TieCost.WeightIsDistance"/>).
    /// </summary>
    public static GraphPath<TId>? Cheapest<TId>(NetworkGraph<TId> graph, TId from, TId to, Func<double, double> cost)
        where TId : notnull
    {
        var search = new PathSearch(graph.Offsets, graph.Targets, Costs(graph, cost));
        var path = search.Run(graph.IndexOf(from), graph.IndexOf(to));
        return path is null ? null : new GraphPath<TId>([.. path.Value.Nodes.Select(graph.IdAt)], path.Value.Cost);
    }

    /// <summary>
    /// Cost of the cheapest path from one node to every node (+∞ when unreachable), indexed like the graph
    /// (networkx <c>single_source_dijkstra_path_length</c> with <see cref="TieCost.WeightIsDistance"/>).
    /// </summary>
    public static double[] CostsFrom<TId>(NetworkGraph<TId> graph, TId from, Func<double, double> cost) where TId : notnull
    {
        var costs = Costs(graph, cost);
        var distance = new double[graph.NodeCount];
        Array.Fill(distance, double.PositiveInfinity);
        var done = new bool[graph.NodeCount];
        var queue = new PriorityQueue<int, double>();
        var source = graph.IndexOf(from);
        distance[source] = 0;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var v, out var d))
        {
            if (done[v])
            {
                continue;
            }

            done[v] = true;
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = graph.Targets[e];
                var through = d + costs[e];
                if (!done[w] && through < distance[w])
                {
                    distance[w] = through;
                    queue.Enqueue(w, through);
                }
            }
        }

        return distance;
    }

    internal static double[] Costs<TId>(NetworkGraph<TId> graph, Func<double, double> cost) where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(cost);
        var costs = new double[graph.EdgeWeights.Length];
        for (var e = 0; e < costs.Length; e++)
        {
            costs[e] = cost(graph.EdgeWeights[e]);
            if (!double.IsFinite(costs[e]) || costs[e] < 0)
            {
                throw new ArgumentException($"A tie of weight {graph.EdgeWeights[e]} gets cost {costs[e]}; costs must be non-negative numbers.", nameof(cost));
            }
        }

        return costs;
    }
}
