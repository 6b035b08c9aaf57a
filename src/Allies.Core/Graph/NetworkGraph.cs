namespace Allies.Core.Graph;

/// <summary>
/// An immutable undirected weighted graph: who knows whom, and how strongly.
/// Stored as compressed sparse rows (one array of neighbours, one of weights, one of offsets) so the
/// algorithms walk plain arrays; callers speak in their own ids, the algorithms in dense indices 0..n-1.
/// </summary>
/// <remarks>
/// Building rules: an edge given twice (in either direction) is one edge whose weight is the sum, because weights
/// here are counts or strengths of evidence; self-loops are dropped (knowing yourself is not a tie); weights must be
/// finite and positive. Node order is the order of first appearance (listed nodes first, then edge ends), and each
/// node's neighbours keep the order their edges were given, so every result is reproducible.
/// </remarks>
public sealed class NetworkGraph<TId> where TId : notnull
{
    readonly TId[] ids;
    readonly Dictionary<TId, int> indexOf;

    internal readonly int[] Offsets;
    internal readonly int[] Targets;
    internal readonly double[] EdgeWeights;

    NetworkGraph(TId[] ids, Dictionary<TId, int> indexOf, int[] offsets, int[] targets, double[] weights)
    {
        this.ids = ids;
        this.indexOf = indexOf;
        Offsets = offsets;
        Targets = targets;
        EdgeWeights = weights;
    }

    public int NodeCount => ids.Length;

    public int EdgeCount => Targets.Length / 2;

    /// <summary>Node ids in index order.</summary>
    public IReadOnlyList<TId> Nodes => ids;

    public bool Contains(TId id) => indexOf.ContainsKey(id);

    public int IndexOf(TId id) =>
        indexOf.TryGetValue(id, out var i) ? i : throw new ArgumentException($"The node '{id}' is not in the graph.", nameof(id));

    public TId IdAt(int index) => ids[index];

    public int Degree(int index) => Offsets[index + 1] - Offsets[index];

    public ReadOnlySpan<int> NeighboursOf(int index) => Targets.AsSpan(Offsets[index], Degree(index));

    public ReadOnlySpan<double> WeightsOf(int index) => EdgeWeights.AsSpan(Offsets[index], Degree(index));

    /// <summary>The ids of a node's neighbours.</summary>
    public IEnumerable<TId> NeighboursOf(TId id)
    {
        var i = IndexOf(id);
        for (var e = Offsets[i]; e < Offsets[i + 1]; e++)
        {
            yield return ids[Targets[e]];
        }
    }

    /// <summary>The weight of the tie between two nodes, or 0 when they are not linked.</summary>
    public double WeightBetween(int a, int b)
    {
        // Scan the shorter row: degrees in personal networks are small.
        if (Degree(a) > Degree(b))
        {
            (a, b) = (b, a);
        }

        for (var e = Offsets[a]; e < Offsets[a + 1]; e++)
        {
            if (Targets[e] == b)
            {
                return EdgeWeights[e];
            }
        }

        return 0;
    }

    public double WeightBetween(TId a, TId b) => WeightBetween(IndexOf(a), IndexOf(b));

    /// <summary>Every edge once, as (a, b, weight) with a's index lower than b's.</summary>
    public IEnumerable<(TId A, TId B, double Weight)> Edges()
    {
        for (var v = 0; v < ids.Length; v++)
        {
            for (var e = Offsets[v]; e < Offsets[v + 1]; e++)
            {
                if (Targets[e] > v)
                {
                    yield return (ids[v], ids[Targets[e]], EdgeWeights[e]);
                }
            }
        }
    }

    /// <summary>The same graph restricted to the nodes kept (e.g. without archived contacts).</summary>
    public NetworkGraph<TId> Where(Func<TId, bool> keep) =>
        FromEdges(Edges().Where(e => keep(e.A) && keep(e.B)), ids.Where(keep));

    /// <summary>An unweighted graph: every tie has weight 1.</summary>
    public static NetworkGraph<TId> FromEdges(IEnumerable<(TId A, TId B)> edges, IEnumerable<TId>? nodes = null) =>
        FromEdges(edges.Select(e => (e.A, e.B, 1.0)), nodes);

    /// <summary>A weighted graph; <paramref name="nodes"/> adds nodes that may have no tie at all.</summary>
    public static NetworkGraph<TId> FromEdges(IEnumerable<(TId A, TId B, double Weight)> edges, IEnumerable<TId>? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var index = new Dictionary<TId, int>();
        var idList = new List<TId>();

        int Add(TId id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                i = idList.Count;
                index.Add(id, i);
                idList.Add(id);
            }

            return i;
        }

        foreach (var id in nodes ?? [])
        {
            Add(id);
        }

        // Merge duplicates: key is the ordered pair of indices.
        var merged = new Dictionary<(int, int), int>();
        var pairs = new List<(int A, int B, double W)>();
        foreach (var (a, b, w) in edges)
        {
            if (!double.IsFinite(w) || w <= 0)
            {
                throw new ArgumentException($"The tie between '{a}' and '{b}' has weight {w}; weights must be positive numbers.", nameof(edges));
            }

            var ia = Add(a);
            var ib = Add(b);
            if (ia == ib)
            {
                continue;
            }

            var key = ia < ib ? (ia, ib) : (ib, ia);
            if (merged.TryGetValue(key, out var at))
            {
                pairs[at] = (pairs[at].A, pairs[at].B, pairs[at].W + w);
            }
            else
            {
                merged.Add(key, pairs.Count);
                pairs.Add((ia, ib, w));
            }
        }

        var n = idList.Count;
        var offsets = new int[n + 1];
        foreach (var (a, b, _) in pairs)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var fill = offsets[..n];
        var targets = new int[pairs.Count * 2];
        var weights = new double[pairs.Count * 2];
        foreach (var (a, b, w) in pairs)
        {
            targets[fill[a]] = b;
            weights[fill[a]++] = w;
            targets[fill[b]] = a;
            weights[fill[b]++] = w;
        }

        return new NetworkGraph<TId>([.. idList], index, offsets, targets, weights);
    }
}
