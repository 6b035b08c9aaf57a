namespace Allies.Core.Graph;

/// <summary>
/// Louvain community detection (Blondel et al. 2008, "Fast unfolding of communities in large networks"), following
/// networkx's <c>louvain_communities</c>: nodes visited in a seeded random order, each moved to the neighbouring
/// community with the best strictly positive modularity gain until none moves; then communities become nodes and the
/// process repeats while modularity grows by more than <c>threshold</c>. Same seed, same graph → same communities.
/// </summary>
public static class Louvain
{
    public static Communities<TId> Detect<TId>(
        NetworkGraph<TId> graph, int seed = 42, bool weighted = true, double resolution = 1, double threshold = 1e-7)
        where TId : notnull
    {
        var n = graph.NodeCount;
        var membership = new int[n];   // original node → current community
        for (var v = 0; v < n; v++)
        {
            membership[v] = v;
        }

        var level = Level.FromGraph(graph, weighted);
        var m = level.TotalWeight();
        if (m == 0)
        {
            return new Communities<TId>(graph, membership, double.NaN);
        }

        var random = new Random(seed);
        var modularity = Modularity.OfLabels(graph, membership, n, weighted, resolution);
        while (true)
        {
            var (moved, labels, count) = level.MoveNodes(m, resolution, random);
            for (var v = 0; v < n; v++)
            {
                membership[v] = labels[membership[v]];
            }

            var next = Modularity.OfLabels(graph, membership, count, weighted, resolution);
            if (!moved || next - modularity <= threshold)
            {
                return new Communities<TId>(graph, membership, next);
            }

            modularity = next;
            level = level.Aggregate(labels, count);
        }
    }

    /// <summary>One level of the Louvain hierarchy: a weighted graph whose nodes are the previous level's communities.</summary>
    sealed class Level(int[] offsets, int[] targets, double[] weights, double[] selfLoops)
    {
        int Count => selfLoops.Length;

        public static Level FromGraph<TId>(NetworkGraph<TId> graph, bool weighted) where TId : notnull =>
            new(graph.Offsets, graph.Targets,
                weighted ? graph.EdgeWeights : [.. graph.EdgeWeights.Select(_ => 1.0)],
                new double[graph.NodeCount]);

        public double TotalWeight()
        {
            var sum = 0.0;
            foreach (var w in weights)
            {
                sum += w;
            }

            sum /= 2;
            foreach (var w in selfLoops)
            {
                sum += w;
            }

            return sum;
        }

        /// <summary>The local-moving phase; returns each node's community, numbered 0..count−1.</summary>
        public (bool Moved, int[] Labels, int Count) MoveNodes(double m, double resolution, Random random)
        {
            var n = Count;
            var community = new int[n];
            var degree = new double[n];
            var totals = new double[n];
            for (var u = 0; u < n; u++)
            {
                community[u] = u;
                for (var e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    degree[u] += weights[e];
                }

                degree[u] += 2 * selfLoops[u];
                totals[u] = degree[u];
            }

            var order = new int[n];
            for (var u = 0; u < n; u++)
            {
                order[u] = u;
            }

            random.Shuffle(order);

            var towards = new double[n];       // weight from u to each neighbouring community
            var touched = new List<int>();
            var twoMSquared = 2 * m * m;
            var improved = false;
            int moves;
            do
            {
                moves = 0;
                foreach (var u in order)
                {
                    foreach (var e in Range(u))
                    {
                        var c = community[targets[e]];
                        if (towards[c] == 0)
                        {
                            touched.Add(c);
                        }

                        towards[c] += weights[e];
                    }

                    var own = community[u];
                    var best = own;
                    var bestGain = 0.0;
                    var k = degree[u];
                    totals[own] -= k;
                    var removeCost = -towards[own] / m + resolution * totals[own] * k / twoMSquared;
                    foreach (var c in touched)
                    {
                        var gain = removeCost + towards[c] / m - resolution * totals[c] * k / twoMSquared;
                        if (gain > bestGain)
                        {
                            bestGain = gain;
                            best = c;
                        }
                    }

                    totals[best] += k;
                    if (best != own)
                    {
                        community[u] = best;
                        improved = true;
                        moves++;
                    }

                    foreach (var c in touched)
                    {
                        towards[c] = 0;
                    }

                    touched.Clear();
                }
            }
            while (moves > 0);

            var renumber = new int[n];
            Array.Fill(renumber, -1);
            var count = 0;
            var labels = new int[n];
            for (var u = 0; u < n; u++)
            {
                var c = community[u];
                if (renumber[c] < 0)
                {
                    renumber[c] = count++;
                }

                labels[u] = renumber[c];
            }

            return (improved, labels, count);
        }

        /// <summary>Communities become nodes; ties inside a community become its self-loop.</summary>
        public Level Aggregate(int[] labels, int count)
        {
            var loops = new double[count];
            var between = new Dictionary<(int, int), double>();
            for (var u = 0; u < Count; u++)
            {
                loops[labels[u]] += selfLoops[u];
                foreach (var e in Range(u))
                {
                    var v = targets[e];
                    if (v < u)
                    {
                        continue;
                    }

                    var (a, b) = (labels[u], labels[v]);
                    if (a == b)
                    {
                        loops[a] += weights[e];
                    }
                    else
                    {
                        var key = a < b ? (a, b) : (b, a);
                        between[key] = between.GetValueOrDefault(key) + weights[e];
                    }
                }
            }

            var newOffsets = new int[count + 1];
            foreach (var (a, b) in between.Keys)
            {
                newOffsets[a + 1]++;
                newOffsets[b + 1]++;
            }

            for (var c = 0; c < count; c++)
            {
                newOffsets[c + 1] += newOffsets[c];
            }

            var fill = newOffsets[..count];
            var newTargets = new int[between.Count * 2];
            var newWeights = new double[between.Count * 2];
            foreach (var ((a, b), w) in between)
            {
                newTargets[fill[a]] = b;
                newWeights[fill[a]++] = w;
                newTargets[fill[b]] = a;
                newWeights[fill[b]++] = w;
            }

            return new Level(newOffsets, newTargets, newWeights, loops);
        }

        EdgeRange Range(int u) => new(offsets[u], offsets[u + 1]);
    }

    /// <summary>Edge indices of one row, enumerable without allocating.</summary>
    readonly struct EdgeRange(int start, int end)
    {
        public Enumerator GetEnumerator() => new(start, end);

        public struct Enumerator(int start, int end)
        {
            int current = start - 1;

            public readonly int Current => current;

            public bool MoveNext() => ++current < end;
        }
    }
}
