namespace Allies.Core.Graph;

/// <summary>
/// Betweenness centrality (Brandes 2001, "A faster algorithm for betweenness centrality"): the share of shortest
/// paths between other people that pass through someone. High betweenness marks the bridges of a network.
/// Results equal networkx's <c>betweenness_centrality(G, normalized=True, weight=None|'weight')</c> on undirected
/// graphs: raw pair counts divided by (n−1)(n−2)/2.
/// </summary>
public static class Betweenness
{
    /// <summary>Unweighted: every tie is one hop (breadth-first search from each person).</summary>
    public static NodeValues<TId> Compute<TId>(NetworkGraph<TId> graph, bool normalized = true) where TId : notnull =>
        Run(graph, null, normalized);

    /// <summary>
    /// Weighted: each tie costs <paramref name="cost"/>(weight) (Dijkstra from each person). Pass
    /// <see cref="TieCost.FromStrength"/> for tie strengths, <see cref="TieCost.WeightIsDistance"/> to match networkx.
    /// </summary>
    public static NodeValues<TId> Compute<TId>(NetworkGraph<TId> graph, Func<double, double> cost, bool normalized = true)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(cost);
        var costs = new double[graph.EdgeWeights.Length];
        for (var e = 0; e < costs.Length; e++)
        {
            costs[e] = cost(graph.EdgeWeights[e]);
            if (!double.IsFinite(costs[e]) || costs[e] <= 0)
            {
                throw new ArgumentException($"A tie of weight {graph.EdgeWeights[e]} gets cost {costs[e]}; costs must be positive numbers.", nameof(cost));
            }
        }

        return Run(graph, costs, normalized);
    }

    /// <summary>
    /// Unweighted, estimated from <paramref name="pivots"/> sources drawn with a seeded generator and scaled by n / pivots
    /// (Brandes and Pich 2007; networkx's <c>betweenness_centrality(G, k=pivots)</c>): enough to tell the bridges of a
    /// large network apart at a fraction of the cost. Exact when pivots ≥ n.
    /// </summary>
    public static NodeValues<TId> Estimate<TId>(NetworkGraph<TId> graph, int pivots, int seed = 42, bool normalized = true) where TId : notnull
    {
        var n = graph.NodeCount;
        if (pivots >= n)
        {
            return Run(graph, null, normalized);
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pivots);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        for (var i = 0; i < pivots; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return Run(graph, null, normalized, order[..pivots], (double)n / pivots);
    }

    static NodeValues<TId> Run<TId>(NetworkGraph<TId> graph, double[]? costs, bool normalized, int[]? sources = null, double sampleScale = 1)
        where TId : notnull
    {
        var n = graph.NodeCount;
        var total = new double[n];
        var gate = new Lock();

        // One workspace per worker thread; partial sums are merged at the end, so no locking in the hot loop.
        Parallel.For(
            0,
            sources?.Length ?? n,
            () => new BrandesWorkspace(n),
            (i, _, work) =>
            {
                var s = sources is null ? i : sources[i];
                if (costs is null)
                {
                    work.Breadth(graph.Offsets, graph.Targets, s);
                }
                else
                {
                    work.Dijkstra(graph.Offsets, graph.Targets, costs, s);
                }

                return work;
            },
            work =>
            {
                lock (gate)
                {
                    for (var v = 0; v < n; v++)
                    {
                        total[v] += work.Betweenness[v];
                    }
                }
            });

        // Each unordered pair was counted from both ends.
        var scale = sampleScale * (normalized ? (n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0) : 0.5);
        for (var v = 0; v < n; v++)
        {
            total[v] *= scale;
        }

        return new NodeValues<TId>(graph, total);
    }
}
