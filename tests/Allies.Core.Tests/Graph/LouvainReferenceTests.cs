using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class LouvainReferenceTests
{
    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Louvain_modularity_is_at_least_networkx_louvain_minus_one_percent(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var networkx = CorpusGraphs.Reference(name).At("undirected", "louvain", "modularity").GetDouble();

        var communities = Louvain.Detect(graph, seed: 42);

        Assert.True(communities.Modularity >= networkx * 0.99, $"{name}: ours {communities.Modularity}, networkx {networkx}");
        Assert.Equal(communities.Modularity, Modularity.Of(graph, communities.Groups), 12);
    }

    [Fact]
    public void Weighted_Louvain_on_les_miserables_is_at_least_networkx_minus_one_percent()
    {
        var graph = CorpusGraphs.LesMisWeighted();
        var networkx = CorpusGraphs.Reference("lesmis").At("weighted_extras", "louvain_weighted", "modularity").GetDouble();

        var communities = Louvain.Detect(graph, seed: 42, weighted: true);

        Assert.True(communities.Modularity >= networkx * 0.99, $"ours {communities.Modularity}, networkx {networkx}");
    }

    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Modularity_of_networkx_partitions_equals_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var reference = CorpusGraphs.Reference(name);

        foreach (var method in new[] { "louvain", "greedy_modularity" })
        {
            var groups = reference.At("undirected", method, "communities").EnumerateArray()
                .Select(g => g.EnumerateArray().Select(m => m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetRawText() : m.GetString()!).ToList())
                .ToList();
            var expected = reference.At("undirected", method, "modularity").GetDouble();

            Assert.True(NetworkxReference.Close(Modularity.Of(graph, groups), expected), $"{name} {method}");
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_communities()
    {
        var graph = CorpusGraphs.Load("lesmis");

        var first = Louvain.Detect(graph, seed: 7);
        var second = Louvain.Detect(graph, seed: 7);

        Assert.Equal(first.Groups, second.Groups);
        Assert.Equal(first.Modularity, second.Modularity);
    }
}
