using System.Diagnostics;
using System.Globalization;
using Allies.Core.Graph;

namespace Allies.Bench.Graph;

/// <summary>
/// Times the graph analytics on an edge list (or a generated graph written to one, so networkx and igraph can read the
/// same input). Usage: graph &lt;edges.txt&gt; | graph --generate &lt;nodes&gt; &lt;edges&gt; &lt;out.txt&gt; [seed].
/// Prints the best of three runs after one warm-up, in seconds.
/// </summary>
public static class GraphBench
{
    public static int Run(string[] args)
    {
        string path;
        if (args is ["--generate", var nodes, var edges, var output, .. var rest])
        {
            var seed = rest is [var s] ? int.Parse(s, CultureInfo.InvariantCulture) : 1;
            WriteGenerated(int.Parse(nodes, CultureInfo.InvariantCulture), int.Parse(edges, CultureInfo.InvariantCulture), seed, output);
            path = output;
        }
        else if (args is [var file])
        {
            path = file;
        }
        else
        {
            Console.Error.WriteLine("Usage: graph <edges.txt> | graph --generate <nodes> <edges> <out.txt> [seed]");
            return 2;
        }

        var graph = NetworkGraph<string>.FromEdges(ReadEdges(path));
        Console.WriteLine($"{Path.GetFileName(path)}: {graph.NodeCount} nodes, {graph.EdgeCount} edges, {Environment.ProcessorCount} cores");
        Time("betweenness (unweighted)", () => Betweenness.Compute(graph));
        Time("louvain (seed 42)", () => Louvain.Detect(graph, seed: 42), c => $"modularity {c.Modularity:0.0000}, {c.Groups.Count} communities");
        Time("constraint", () => StructuralHoles.Constraint(graph));
        Time("effective size", () => StructuralHoles.EffectiveSize(graph));
        return 0;
    }

    static void Time<T>(string what, Func<T> work, Func<T, string>? describe = null)
    {
        var result = work();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            result = work();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"  {what,-26} {best,8:0.000} s  {describe?.Invoke(result)}");
    }

    static IEnumerable<(string, string)> ReadEdges(string path)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#') || parts[0] == parts[1])
            {
                continue;
            }

            if (seen.Add(string.CompareOrdinal(parts[0], parts[1]) < 0 ? (parts[0], parts[1]) : (parts[1], parts[0])))
            {
                yield return (parts[0], parts[1]);
            }
        }
    }

    /// <summary>A planted-partition graph: groups of 100 people, 80 % of ties inside a group, no duplicates, seeded.</summary>
    static void WriteGenerated(int nodes, int edges, int seed, string output)
    {
        var random = new Random(seed);
        var groups = Math.Max(1, nodes / 100);
        var ties = new HashSet<(int, int)>();
        while (ties.Count < edges)
        {
            var a = random.Next(nodes);
            int b;
            if (random.NextDouble() < 0.8)
            {
                var group = a % groups;
                b = (random.Next(nodes / groups) * groups) + group;
            }
            else
            {
                b = random.Next(nodes);
            }

            if (a != b && b < nodes)
            {
                ties.Add(a < b ? (a, b) : (b, a));
            }
        }

        File.WriteAllLines(output, ties.Select(t => $"{t.Item1} {t.Item2}"));
    }
}
