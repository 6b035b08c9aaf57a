using System.Globalization;
using System.Text;
using System.Xml;

namespace Allies.Data.Network;

/// <summary>
/// The network as GraphML (graphml.graphdrawing.org) or GEXF 1.2 (gexf.net, Gephi's format): me as node "me", each
/// contact by id with name, company, industry, function, circle, community and my tie strength; each tie with its
/// strength as weight, its kind, sources and evidence count. Read back by networkx (read_graphml, read_gexf) in the tests.
/// </summary>
public static class GraphExport
{
    public const string MeId = "me";

    static readonly (string Name, string Type)[] NodeAttributes =
    [
        ("label", "string"), ("company", "string"), ("industry", "string"), ("function", "string"), ("circle", "string"),
        ("community", "int"), ("me_strength", "double"), ("tags", "string"),
    ];

    static readonly (string Name, string Type)[] EdgeAttributes = [("weight", "double"), ("kind", "string"), ("sources", "string"), ("evidence", "int")];

    public static string ContentType(ExportFormat format) => format == ExportFormat.Gexf ? "application/gexf+xml" : "application/graphml+xml";

    public static string Extension(ExportFormat format) => format == ExportFormat.Gexf ? "gexf" : "graphml";

    public static async Task WriteAsync(OwnerNetwork network, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        var nodes = Nodes(network).ToList();
        var edges = Edges(network).ToList();
        if (format == ExportFormat.Gexf)
        {
            await WriteGexfAsync(xml, nodes, edges);
        }
        else
        {
            await WriteGraphMlAsync(xml, nodes, edges);
        }

        await xml.FlushAsync();
        ct.ThrowIfCancellationRequested();
    }

    static IEnumerable<(string Id, object?[] Values)> Nodes(OwnerNetwork network)
    {
        yield return (MeId, ["You", null, null, null, null, null, null, null]);
        var communities = network.Communities;
        foreach (var p in network.People.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id))
        {
            yield return (p.Id.ToString(), [p.Name, p.Company, p.Industry, p.Function, p.Circle.ToString(), communities.CommunityOf(p.Id), p.MeStrength,
                p.Tags.Count == 0 ? null : string.Join(", ", p.Tags)]);
        }
    }

    static IEnumerable<(string A, string B, object?[] Values)> Edges(OwnerNetwork network)
    {
        foreach (var p in network.People.Values.Where(p => p.MeStrength is not null).OrderBy(p => p.Id))
        {
            yield return (MeId, p.Id.ToString(), [p.MeStrength, "Me", "Me", p.Interactions]);
        }

        foreach (var t in network.Ties)
        {
            yield return (t.A.ToString(), t.B.ToString(), [t.Strength, t.Kind.ToString(), string.Join(",", t.Sources), t.Evidence]);
        }
    }

    static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static async Task WriteGraphMlAsync(XmlWriter xml, List<(string Id, object?[] Values)> nodes, List<(string A, string B, object?[] Values)> edges)
    {
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", ns);
        foreach (var (kind, attributes) in new[] { ("node", NodeAttributes), ("edge", EdgeAttributes) })
        {
            foreach (var (name, type) in attributes)
            {
                await xml.WriteStartElementAsync(null, "key", ns);
                await xml.WriteAttributeStringAsync(null, "id", null, $"{kind[0]}_{name}");
                await xml.WriteAttributeStringAsync(null, "for", null, kind);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
                await xml.WriteEndElementAsync();
            }
        }

        await xml.WriteStartElementAsync(null, "graph", ns);
        await xml.WriteAttributeStringAsync(null, "id", null, "allies");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "undirected");
        foreach (var (id, values) in nodes)
        {
            await xml.WriteStartElementAsync(null, "node", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await DataAsync('n', NodeAttributes, values);
            await xml.WriteEndElementAsync();
        }

        foreach (var (a, b, values) in edges)
        {
            await xml.WriteStartElementAsync(null, "edge", ns);
            await xml.WriteAttributeStringAsync(null, "source", null, a);
            await xml.WriteAttributeStringAsync(null, "target", null, b);
            await DataAsync('e', EdgeAttributes, values);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();

        async Task DataAsync(char kind, (string Name, string Type)[] attributes, object?[] values)
        {
            for (var i = 0; i < attributes.Length; i++)
            {
                if (Text(values[i]) is { } text)
                {
                    await xml.WriteStartElementAsync(null, "data", ns);
                    await xml.WriteAttributeStringAsync(null, "key", null, $"{kind}_{attributes[i].Name}");
                    await xml.WriteStringAsync(text);
                    await xml.WriteEndElementAsync();
                }
            }
        }
    }

    static async Task WriteGexfAsync(XmlWriter xml, List<(string Id, object?[] Values)> nodes, List<(string A, string B, object?[] Values)> edges)
    {
        const string ns = "http://www.gexf.net/1.2draft";
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", ns);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.2");
        await xml.WriteStartElementAsync(null, "meta", ns);
        await xml.WriteElementStringAsync(null, "creator", ns, "Allies");
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "graph", ns);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "undirected");
        await AttributesAsync("node", NodeAttributes, 1);
        await AttributesAsync("edge", EdgeAttributes, 1);

        await xml.WriteStartElementAsync(null, "nodes", ns);
        foreach (var (id, values) in nodes)
        {
            await xml.WriteStartElementAsync(null, "node", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "label", null, Text(values[0]));
            await ValuesAsync(NodeAttributes, values, 1);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", ns);
        var n = 0;
        foreach (var (a, b, values) in edges)
        {
            await xml.WriteStartElementAsync(null, "edge", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, (n++).ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "source", null, a);
            await xml.WriteAttributeStringAsync(null, "target", null, b);
            await xml.WriteAttributeStringAsync(null, "weight", null, Text(values[0]));
            await ValuesAsync(EdgeAttributes, values, 1);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();

        // The label and the weight are GEXF's own attributes; the others are declared (ids 1…).
        async Task AttributesAsync(string kind, (string Name, string Type)[] attributes, int skip)
        {
            await xml.WriteStartElementAsync(null, "attributes", ns);
            await xml.WriteAttributeStringAsync(null, "class", null, kind);
            for (var i = skip; i < attributes.Length; i++)
            {
                await xml.WriteStartElementAsync(null, "attribute", ns);
                await xml.WriteAttributeStringAsync(null, "id", null, i.ToString(CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "title", null, attributes[i].Name);
                await xml.WriteAttributeStringAsync(null, "type", null, attributes[i].Type == "int" ? "integer" : attributes[i].Type);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        async Task ValuesAsync((string Name, string Type)[] attributes, object?[] values, int skip)
        {
            var present = Enumerable.Range(skip, attributes.Length - skip).Where(i => values[i] is not null).ToList();
            if (present.Count == 0)
            {
                return;
            }

            await xml.WriteStartElementAsync(null, "attvalues", ns);
            foreach (var i in present)
            {
                await xml.WriteStartElementAsync(null, "attvalue", ns);
                await xml.WriteAttributeStringAsync(null, "for", null, i.ToString(CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "value", null, Text(values[i]));
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }
    }
}
