namespace Allies.Core.Graph;

/// <summary>
/// Dijkstra between two nodes that can skip blocked nodes and blocked ties: the building block of Yen's k best paths.
/// Among equally cheap paths it keeps the first found, which depends only on the graph's order, so results repeat.
/// </summary>
sealed class PathSearch(int[] offsets, int[] targets, double[] costs)
{
    readonly double[] distance = new double[offsets.Length - 1];
    readonly int[] previous = new int[offsets.Length - 1];
    readonly bool[] done = new bool[offsets.Length - 1];
    readonly PriorityQueue<int, (double, int)> queue = new();

    public bool[] BlockedNodes { get; } = new bool[offsets.Length - 1];

    /// <summary>Ties that may not be used, as (lower index, higher index).</summary>
    public HashSet<(int, int)> BlockedTies { get; } = [];

    internal double Cost(int edge) => costs[edge];

    public (int[] Nodes, double Cost)? Run(int source, int target)
    {
        if (BlockedNodes[source] || BlockedNodes[target])
        {
            return null;
        }

        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(previous, -1);
        Array.Clear(done);
        queue.Clear();
        distance[source] = 0;
        var sequence = 0;
        queue.Enqueue(source, (0, sequence++));
        while (queue.TryDequeue(out var v, out var priority))
        {
            if (done[v] || priority.Item1 > distance[v])
            {
                continue;
            }

            done[v] = true;
            if (v == target)
            {
                break;
            }

            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = targets[e];
                if (done[w] || BlockedNodes[w] || (BlockedTies.Count > 0 && BlockedTies.Contains(Key(v, w))))
                {
                    continue;
                }

                var through = distance[v] + costs[e];
                if (through < distance[w])
                {
                    distance[w] = through;
                    previous[w] = v;
                    queue.Enqueue(w, (through, sequence++));
                }
            }
        }

        if (!done[target])
        {
            return null;
        }

        var nodes = new List<int>();
        for (var v = target; v >= 0; v = previous[v])
        {
            nodes.Add(v);
        }

        nodes.Reverse();
        return ([.. nodes], distance[target]);
    }

    public static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);
}
