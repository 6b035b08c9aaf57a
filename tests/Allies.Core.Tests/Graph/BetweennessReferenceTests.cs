using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class BetweennessReferenceTests
{
    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Unweighted_betweenness_equals_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var expected = CorpusGraphs.Reference(name).Values("undirected", "betweenness_centrality", "values");

        var ours = Betweenness.Compute(graph);

        Assert.Equal(expected.Count, graph.NodeCount);
        NetworkxReference.AssertAllClose(expected, id => ours[id], $"{name} betweenness");
    }

    [Fact]
    public void Weighted_betweenness_on_les_miserables_equals_networkx_with_weight_as_distance()
    {
        var expected = NetworkxReference.Load("lesmis/lesmis.weighted.reference.networkx-2.8.8.json")
            .Values("betweenness_weight_is_distance", "values");

        var ours = Betweenness.Compute(CorpusGraphs.LesMisWeighted(), TieCost.WeightIsDistance);

        NetworkxReference.AssertAllClose(expected, id => ours[id], "lesmis weighted betweenness");
    }

    [Fact]
    public void Betweenness_of_the_women_projection_equals_networkx_unweighted_and_weighted()
    {
        var graph = CorpusGraphs.WomenProjection();
        var unweighted = CorpusGraphs.Reference("davis_southern_women").Values("women_projection", "betweenness_centrality", "values");
        var weighted = NetworkxReference.Load("davis_southern_women/davis_women_projection.weighted.reference.networkx-2.8.8.json")
            .Values("betweenness_weight_is_distance", "values");

        var ours = Betweenness.Compute(graph);
        var oursWeighted = Betweenness.Compute(graph, TieCost.WeightIsDistance);

        NetworkxReference.AssertAllClose(unweighted, id => ours[id], "women projection betweenness");
        NetworkxReference.AssertAllClose(weighted, id => oursWeighted[id], "women projection weighted betweenness");
    }

    [Fact]
    public void Unnormalized_betweenness_counts_pairs_once()
    {
        // A path a–b–c: b lies on the one shortest path between a and c.
        var graph = NetworkGraph<string>.FromEdges([("a", "b"), ("b", "c")]);

        var raw = Betweenness.Compute(graph, normalized: false);

        Assert.Equal(1.0, raw["b"]);
        Assert.Equal(0.0, raw["a"]);
    }
}
