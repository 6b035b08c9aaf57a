using System.Text.Json;
using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class ShortestPathReferenceTests
{
    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Sampled_path_lengths_equal_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var pairs = CorpusGraphs.Reference(name).At("undirected", "shortest_path_lengths", "pairs").EnumerateArray().ToList();

        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var expected = pair.GetProperty("length").ValueKind == JsonValueKind.Null ? (int?)null : pair.GetProperty("length").GetInt32();
            var hops = ShortestPaths.Hops(graph, Id(pair.GetProperty("source")), Id(pair.GetProperty("target")));
            Assert.Equal(expected, hops);
        }
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("davis_southern_women")]
    public void All_pairs_hop_counts_equal_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var all = NetworkxReference.Load($"{name}/{name}.extra.reference.networkx-2.8.8.json").At("all_pairs_shortest_path_length");

        foreach (var source in all.EnumerateObject())
        {
            var hops = ShortestPaths.HopsFrom(graph, graph.IndexOf(source.Name));
            var expected = source.Value.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetInt32());
            Assert.Equal(expected.Count, hops.Count(h => h >= 0));
            foreach (var (target, length) in expected)
            {
                Assert.Equal(length, hops[graph.IndexOf(target)]);
            }
        }
    }

    [Fact]
    public void Weighted_path_costs_equal_networkx_dijkstra_on_les_miserables()
    {
        var graph = CorpusGraphs.LesMisWeighted();
        var all = NetworkxReference.Load("lesmis/lesmis.weighted.reference.networkx-2.8.8.json")
            .At("all_pairs_dijkstra_path_length", "values");

        foreach (var source in all.EnumerateObject())
        {
            var costs = ShortestPaths.CostsFrom(graph, source.Name, TieCost.WeightIsDistance);
            var expected = source.Value.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetDouble());
            Assert.Equal(expected.Count, costs.Count(double.IsFinite));
            NetworkxReference.AssertAllClose(expected, id => costs[graph.IndexOf(id)], $"lesmis Dijkstra costs from {source.Name}");
        }
    }

    [Fact]
    public void The_cheapest_path_costs_what_networkx_says_and_follows_real_ties()
    {
        var graph = CorpusGraphs.LesMisWeighted();
        var expected = NetworkxReference.Load("lesmis/lesmis.weighted.reference.networkx-2.8.8.json")
            .At("all_pairs_dijkstra_path_length", "values", "Napoleon", "Brujon").GetDouble();

        var path = ShortestPaths.Cheapest(graph, "Napoleon", "Brujon", TieCost.WeightIsDistance);

        Assert.NotNull(path);
        Assert.True(NetworkxReference.Close(path.Cost, expected), $"ours {path.Cost}, networkx {expected}");
        Assert.All(path.Nodes.Zip(path.Nodes.Skip(1)), tie => Assert.True(graph.WeightBetween(tie.First, tie.Second) > 0));
    }

    static string Id(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString()!;
}
