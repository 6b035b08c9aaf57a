namespace Allies.Core.Graph;

/// <summary>
/// Newman's modularity of a partition, as networkx's <c>community.modularity</c> defines it:
/// Q = Σ_c [ L_c / m − γ · (k_c / 2m)² ], L_c the weight of ties inside c, k_c the summed degree of c, m the total weight.
/// </summary>
public static class Modularity
{
    /// <summary>Modularity of groups of node ids; every node must be in exactly one group.</summary>
    public static double Of<TId>(NetworkGraph<TId> graph, IEnumerable<IEnumerable<TId>> groups, bool weighted = true, double resolution = 1)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(groups);
        var labels = new int[graph.NodeCount];
        Array.Fill(labels, -1);
        var count = 0;
        foreach (var group in groups)
        {
            foreach (var id in group)
            {
                var v = graph.IndexOf(id);
                if (labels[v] >= 0)
                {
                    throw new ArgumentException($"The node '{id}' is in two communities.", nameof(groups));
                }

                labels[v] = count;
            }

            count++;
        }

        var missing = Array.IndexOf(labels, -1);
        if (missing >= 0)
        {
            throw new ArgumentException($"The node '{graph.IdAt(missing)}' is in no community.", nameof(groups));
        }

        return OfLabels(graph, labels, count, weighted, resolution);
    }

    internal static double OfLabels<TId>(NetworkGraph<TId> graph, int[] labels, int count, bool weighted, double resolution)
        where TId : notnull
    {
        var inside = new double[count];
        var degree = new double[count];
        var total = 0.0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = weighted ? graph.EdgeWeights[e] : 1.0;
                degree[labels[v]] += w;
                total += w;
                // Each tie is seen from both ends: count it inside once.
                if (labels[graph.Targets[e]] == labels[v] && graph.Targets[e] > v)
                {
                    inside[labels[v]] += w;
                }
            }
        }

        if (total == 0)
        {
            return double.NaN;
        }

        var m = total / 2;
        var norm = 1 / (total * total);
        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            q += inside[c] / m - resolution * degree[c] * degree[c] * norm;
        }

        return q;
    }
}
