namespace Allies.Core.Graph;

/// <summary>One number per node (a centrality, a constraint…), readable by id or by index.</summary>
public sealed class NodeValues<TId> where TId : notnull
{
    readonly NetworkGraph<TId> graph;
    readonly double[] values;

    internal NodeValues(NetworkGraph<TId> graph, double[] values)
    {
        this.graph = graph;
        this.values = values;
    }

    public double this[TId id] => values[graph.IndexOf(id)];

    /// <summary>Values in the graph's node order.</summary>
    public IReadOnlyList<double> ByIndex => values;

    /// <summary>The <paramref name="count"/> highest values, highest first; NaN (undefined) values are left out.</summary>
    public IReadOnlyList<(TId Id, double Value)> Top(int count) =>
        [.. Enumerable.Range(0, values.Length)
            .Where(i => !double.IsNaN(values[i]))
            .OrderByDescending(i => values[i]).ThenBy(i => i)
            .Take(count)
            .Select(i => (graph.IdAt(i), values[i]))];
}
