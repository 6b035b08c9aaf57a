namespace Allies.Core.Graph;

/// <summary>
/// The per-thread arrays of one Brandes pass (single-source shortest paths, then dependency accumulation).
/// Predecessors are not stored: on the way back a neighbour v of w is a predecessor exactly when
/// dist[v] + cost(v, w) == dist[w], the same floating-point test networkx applies while searching.
/// </summary>
sealed class BrandesWorkspace
{
    readonly double[] sigma;
    readonly double[] delta;
    readonly double[] distance;
    readonly int[] hops;
    readonly int[] order;
    readonly bool[] done;
    readonly PriorityQueue<int, double> queue = new();

    public BrandesWorkspace(int n)
    {
        sigma = new double[n];
        delta = new double[n];
        distance = new double[n];
        hops = new int[n];
        order = new int[n];
        done = new bool[n];
        Betweenness = new double[n];
        Array.Fill(hops, -1);
    }

    /// <summary>This thread's running sum of dependencies.</summary>
    public double[] Betweenness { get; }

    public void Breadth(int[] offsets, int[] targets, int source)
    {
        sigma[source] = 1;
        hops[source] = 0;
        order[0] = source;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = hops[v] + 1;
            var sv = sigma[v];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = targets[e];
                if (hops[w] < 0)
                {
                    hops[w] = next;
                    order[tail++] = w;
                }

                if (hops[w] == next)
                {
                    sigma[w] += sv;
                }
            }
        }

        for (var i = tail - 1; i > 0; i--)
        {
            var w = order[i];
            var coeff = (1 + delta[w]) / sigma[w];
            var previous = hops[w] - 1;
            for (var e = offsets[w]; e < offsets[w + 1]; e++)
            {
                var v = targets[e];
                if (hops[v] == previous)
                {
                    delta[v] += sigma[v] * coeff;
                }
            }

            Betweenness[w] += delta[w];
        }

        for (var i = 0; i < tail; i++)
        {
            var v = order[i];
            sigma[v] = 0;
            delta[v] = 0;
            hops[v] = -1;
        }
    }

    public void Dijkstra(int[] offsets, int[] targets, double[] costs, int source)
    {
        Array.Fill(distance, double.PositiveInfinity);
        distance[source] = 0;
        sigma[source] = 1;
        queue.Clear();
        queue.Enqueue(source, 0);
        var count = 0;
        while (queue.TryDequeue(out var v, out var d))
        {
            if (done[v] || d > distance[v])
            {
                continue;
            }

            done[v] = true;
            order[count++] = v;
            var sv = sigma[v];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = targets[e];
                if (done[w])
                {
                    continue;
                }

                var through = d + costs[e];
                if (through < distance[w])
                {
                    distance[w] = through;
                    sigma[w] = sv;
                    queue.Enqueue(w, through);
                }
                else if (through == distance[w])
                {
                    sigma[w] += sv;
                }
            }
        }

        for (var i = count - 1; i > 0; i--)
        {
            var w = order[i];
            var coeff = (1 + delta[w]) / sigma[w];
            var dw = distance[w];
            for (var e = offsets[w]; e < offsets[w + 1]; e++)
            {
                var v = targets[e];
                if (done[v] && distance[v] + costs[e] == dw)
                {
                    delta[v] += sigma[v] * coeff;
                }
            }

            Betweenness[w] += delta[w];
        }

        for (var i = 0; i < count; i++)
        {
            var v = order[i];
            sigma[v] = 0;
            delta[v] = 0;
            done[v] = false;
        }
    }
}
