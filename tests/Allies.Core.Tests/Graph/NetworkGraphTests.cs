using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class NetworkGraphTests
{
    [Fact]
    public void A_tie_given_twice_is_one_tie_with_the_summed_weight()
    {
        var graph = Network.Of("a-b:0.25", "b-a:0.5");

        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(0.75, graph.WeightBetween("a", "b"));
    }

    [Fact]
    public void Self_ties_are_dropped_but_the_person_stays()
    {
        var graph = Network.Of("a-a", "b-c");

        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(1, graph.EdgeCount);
        Assert.Empty(graph.NeighboursOf("a"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_tie_without_positive_weight_is_refused_with_its_ends_named(double weight)
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkGraph<string>.FromEdges([("ann", "bob", weight)]));

        Assert.Contains("'ann' and 'bob'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_keeps_only_the_chosen_people_and_their_ties()
    {
        var graph = Network.Of("me-a", "a-b", "b-c");

        var kept = graph.Where(id => id != "b");

        Assert.Equal(["me", "a", "c"], kept.Nodes);
        Assert.Equal(1, kept.EdgeCount);
    }

    [Fact]
    public void Asking_for_someone_not_in_the_graph_names_them()
    {
        var graph = Network.Of("a-b");

        var error = Assert.Throws<ArgumentException>(() => graph.IndexOf("zoe"));

        Assert.Contains("'zoe'", error.Message, StringComparison.Ordinal);
    }
}
