using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public sealed class BetweennessEstimateTests
{
    [Fact]
    public void With_as_many_pivots_as_people_the_estimate_is_exact()
    {
        var graph = NetworkGraph<int>.FromEdges([(0, 1), (1, 2), (2, 3), (1, 3), (3, 4)]);
        var exact = Betweenness.Compute(graph);
        var estimate = Betweenness.Estimate(graph, pivots: 10);
        Assert.Equal(exact.ByIndex, estimate.ByIndex);
    }

    [Fact]
    public void A_sampled_estimate_is_reproducible_and_finds_the_bridge_between_two_dense_groups()
    {
        // Two cliques of 60 joined through one person (120): the bridge has by far the highest betweenness.
        var edges = new List<(int, int)>();
        for (var g = 0; g < 2; g++)
        {
            for (var i = 0; i < 60; i++)
            {
                for (var j = i + 1; j < 60; j++)
                {
                    edges.Add(((g * 60) + i, (g * 60) + j));
                }
            }
        }

        edges.Add((0, 120));
        edges.Add((60, 120));
        var graph = NetworkGraph<int>.FromEdges(edges);

        var estimate = Betweenness.Estimate(graph, pivots: 30, seed: 7);
        Assert.Equal(estimate.ByIndex, Betweenness.Estimate(graph, pivots: 30, seed: 7).ByIndex);
        Assert.Equal([0, 60, 120], estimate.Top(3).Select(t => t.Id).Order());
        Assert.Equal(120, estimate.Top(1)[0].Id);
        var exact = Betweenness.Compute(graph)[120];
        Assert.InRange(estimate[120], exact * 0.5, exact * 1.5);
    }
}
