namespace Allies.Core.Graph;

/// <summary>A split of the network into communities (circles that mostly know each other), with its modularity.</summary>
public sealed class Communities<TId> where TId : notnull
{
    readonly NetworkGraph<TId> graph;
    readonly int[] labels;

    internal Communities(NetworkGraph<TId> graph, int[] labels, double modularity)
    {
        this.graph = graph;
        // Number communities largest first, ties by their first node, so labels are stable for the same input.
        var count = labels.Length == 0 ? 0 : labels.Max() + 1;
        var size = new int[count];
        var firstNode = new int[count];
        Array.Fill(firstNode, int.MaxValue);
        for (var v = 0; v < labels.Length; v++)
        {
            size[labels[v]]++;
            firstNode[labels[v]] = Math.Min(firstNode[labels[v]], v);
        }

        var rank = Enumerable.Range(0, count).Where(c => size[c] > 0)
            .OrderByDescending(c => size[c]).ThenBy(c => firstNode[c]).ToArray();
        var renumber = new int[count];
        for (var r = 0; r < rank.Length; r++)
        {
            renumber[rank[r]] = r;
        }

        this.labels = [.. labels.Select(c => renumber[c])];
        Groups = [.. rank.Select(_ => new List<TId>())];
        for (var v = 0; v < labels.Length; v++)
        {
            ((List<TId>)Groups[this.labels[v]]).Add(graph.IdAt(v));
        }

        Modularity = modularity;
    }

    /// <summary>Communities, largest first; members in the graph's node order.</summary>
    public IReadOnlyList<IReadOnlyList<TId>> Groups { get; }

    public double Modularity { get; }

    public int CommunityOf(TId id) => labels[graph.IndexOf(id)];
}
