using System.Globalization;
using System.Text;
using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

/// <summary>
/// Reads the GML files of the corpus the way networkx's <c>read_gml</c> does for them: nodes named by their label
/// (or by their id when asked, as for karate), edges with an optional numeric attribute used as weight.
/// </summary>
static class GmlReader
{
    public sealed record Gml(
        List<string> Nodes,
        List<(string A, string B, double Weight)> Edges,
        Dictionary<string, Dictionary<string, string>> NodeAttributes);

    public static Gml Read(string path, bool nameById = false, string? weightKey = null)
    {
        var tokens = Tokenize(System.IO.File.ReadAllText(path));
        var position = 0;
        var root = ParseList(tokens, ref position, topLevel: true);
        var graph = (List<(string Key, object Value)>)root.First(kv => kv.Key == "graph").Value;
        var nodes = new List<string>();
        var byId = new Dictionary<string, string>();
        var attributes = new Dictionary<string, Dictionary<string, string>>();
        var edges = new List<(string, string, double)>();
        foreach (var (key, value) in graph)
        {
            if (key == "node")
            {
                var fields = ((List<(string Key, object Value)>)value).ToDictionary(kv => kv.Key, kv => kv.Value as string ?? "");
                var id = fields["id"];
                var name = nameById || !fields.TryGetValue("label", out var label) ? id : label;
                byId[id] = name;
                nodes.Add(name);
                attributes[name] = fields;
            }
            else if (key == "edge")
            {
                var fields = ((List<(string Key, object Value)>)value).ToDictionary(kv => kv.Key, kv => kv.Value as string ?? "");
                var weight = weightKey is not null && fields.TryGetValue(weightKey, out var w) ? double.Parse(w, CultureInfo.InvariantCulture) : 1.0;
                edges.Add((byId[fields["source"]], byId[fields["target"]], weight));
            }
        }

        return new Gml(nodes, edges, attributes);
    }

    public static NetworkGraph<string> ReadGraph(string path, bool nameById = false, string? weightKey = null)
    {
        var gml = Read(path, nameById, weightKey);
        return NetworkGraph<string>.FromEdges(gml.Edges, gml.Nodes);
    }

    static List<(string Key, object Value)> ParseList(List<string> tokens, ref int position, bool topLevel)
    {
        var list = new List<(string, object)>();
        while (position < tokens.Count)
        {
            var key = tokens[position++];
            if (key == "]")
            {
                return topLevel ? throw new FormatException("Unbalanced ']' in GML.") : list;
            }

            var value = tokens[position++];
            list.Add((key, value == "[" ? ParseList(tokens, ref position, topLevel: false) : value));
        }

        return list;
    }

    static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                tokens.Add(text[(i + 1)..end]);
                i = end + 1;
            }
            else if (c is '[' or ']')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var word = new StringBuilder();
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '[' and not ']')
                {
                    word.Append(text[i++]);
                }

                tokens.Add(word.ToString());
            }
        }

        return tokens;
    }
}
