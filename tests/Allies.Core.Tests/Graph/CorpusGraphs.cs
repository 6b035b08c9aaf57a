using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

/// <summary>The corpus graphs loaded as networkx loads them (see each reference's "load" line).</summary>
static class CorpusGraphs
{
    public static readonly TheoryData<string> Unweighted = new("karate", "lesmis", "davis_southern_women", "email-Eu-core");

    public static NetworkGraph<string> Load(string name) => name switch
    {
        "karate" => GmlReader.ReadGraph(TestDataFolder.File("karate/karate.gml"), nameById: true),
        "lesmis" => GmlReader.ReadGraph(TestDataFolder.File("lesmis/lesmis.gml")),
        "davis_southern_women" => GmlReader.ReadGraph(TestDataFolder.File("davis_southern_women/davis_southern_women.gml")),
        "email-Eu-core" => EdgeListReader.ReadUndirected(TestDataFolder.File("email-Eu-core/email-Eu-core.txt")),
        "facebook_combined" => EdgeListReader.ReadUndirected(TestDataFolder.File("facebook_combined/facebook_combined.txt")),
        _ => throw new ArgumentException($"Unknown corpus graph '{name}'.", nameof(name)),
    };

    /// <summary>Les Misérables with co-appearance counts ('value') as weights.</summary>
    public static NetworkGraph<string> LesMisWeighted() =>
        GmlReader.ReadGraph(TestDataFolder.File("lesmis/lesmis.gml"), weightKey: "value");

    /// <summary>Davis's women linked by the number of events they shared (networkx's weighted projection).</summary>
    public static NetworkGraph<string> WomenProjection()
    {
        var reference = Reference("davis_southern_women");
        var edges = reference.At("women_projection", "edge_weights").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()));
        return NetworkGraph<string>.FromEdges(edges);
    }

    public static NetworkxReference Reference(string name) =>
        NetworkxReference.Load($"{name}/{name}.reference.networkx-2.8.8.json");
}
