using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

/// <summary>SNAP ego-Facebook (4,039 people, 88,234 ties): exactness at the size of a large personal network.</summary>
public class FacebookReferenceTests
{
    const string ReferenceFile = "facebook_combined/facebook_combined.reference.networkx-2.8.8.json";

    [Fact]
    public void Betweenness_on_facebook_equals_networkx()
    {
        var graph = CorpusGraphs.Load("facebook_combined");
        var reference = NetworkxReference.Load(ReferenceFile);
        var expected = reference.Values("betweenness_centrality", "values");

        var ours = Betweenness.Compute(graph);

        Assert.Equal((4039, 88234), (graph.NodeCount, graph.EdgeCount));
        NetworkxReference.AssertAllClose(expected, id => ours[id], "facebook betweenness");
    }

    [Fact]
    public void Louvain_on_facebook_is_at_least_networkx_minus_one_percent()
    {
        var graph = CorpusGraphs.Load("facebook_combined");
        var networkx = NetworkxReference.Load(ReferenceFile).At("louvain", "modularity").GetDouble();

        var communities = Louvain.Detect(graph, seed: 42);

        Assert.True(communities.Modularity >= networkx * 0.99, $"ours {communities.Modularity}, networkx {networkx}");
    }

    [Fact]
    public void Hop_counts_from_node_0_on_facebook_equal_networkx()
    {
        var graph = CorpusGraphs.Load("facebook_combined");
        var expected = NetworkxReference.Load(ReferenceFile).Values("shortest_path_lengths_from_0");

        var hops = ShortestPaths.HopsFrom(graph, graph.IndexOf("0"));

        Assert.Equal(expected.Count, hops.Count(h => h >= 0));
        NetworkxReference.AssertAllClose(expected, id => hops[graph.IndexOf(id)], "facebook hops from 0");
    }
}
