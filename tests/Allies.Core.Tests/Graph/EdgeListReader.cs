using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

/// <summary>
/// Reads SNAP-style edge lists as networkx's <c>read_edgelist</c> does: any whitespace (tabs, CR CR LF) separates,
/// '#' starts a comment. The result is the simple undirected graph networkx builds: duplicate and reversed pairs are
/// one unweighted edge, self-loops dropped, but their nodes kept.
/// </summary>
static class EdgeListReader
{
    public static NetworkGraph<string> ReadUndirected(string path)
    {
        var nodes = new List<string>();
        var known = new HashSet<string>();
        var pairs = new HashSet<(string, string)>();
        var edges = new List<(string, string)>();
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (a, b) = (parts[0], parts[1]);
            foreach (var id in new[] { a, b })
            {
                if (known.Add(id))
                {
                    nodes.Add(id);
                }
            }

            if (a != b && pairs.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)))
            {
                edges.Add((a, b));
            }
        }

        return NetworkGraph<string>.FromEdges(edges, nodes);
    }
}
