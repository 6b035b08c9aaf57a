using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class SingleBridgesTests
{
    [Fact]
    public void Contacts_reached_only_through_one_person_are_listed_under_them_with_their_area()
    {
        // Claire alone links me to three finance people; Dan and Eve know each other and me, so neither is a bridge.
        var graph = Network.Of("me-claire", "claire-ann", "claire-bob", "ann-bob", "bob-fay", "me-dan", "me-eve", "dan-eve");
        var industry = new Dictionary<string, string> { ["ann"] = "Finance", ["bob"] = "Finance", ["fay"] = "Finance" };

        var bridges = SingleBridges.Find(graph, "me", Network.Name, id => industry.GetValueOrDefault(id));

        Assert.Equal(["claire", "bob"], bridges.Select(b => b.Bridge));
        var claire = bridges[0];
        Assert.Equal(["ann", "bob", "fay"], claire.OnlyThrough.Order());
        Assert.Equal(
            ["3 of your contacts reach you only through Claire.", "3 of your contacts in Finance reach you only through Claire."],
            claire.Reasons);
        Assert.Equal(["Fay reaches you only through Bob.", "1 of your contacts in Finance reaches you only through Bob."], bridges[1].Reasons);
    }

    [Fact]
    public void A_network_where_everyone_has_two_ways_to_me_has_no_single_bridge()
    {
        var graph = Network.Of("me-a", "me-b", "a-c", "b-c", "c-d", "a-d");

        Assert.Empty(SingleBridges.Find(graph, "me", Network.Name));
    }

    [Fact]
    public void A_long_chain_depends_on_every_link_and_people_cut_off_from_me_are_ignored()
    {
        var graph = Network.Of("me-a", "a-b", "b-c", "x-y");

        var bridges = SingleBridges.Find(graph, "me", Network.Name);

        Assert.Equal(["a", "b"], bridges.Select(b => b.Bridge));
        Assert.Equal(["b", "c"], bridges[0].OnlyThrough);
        Assert.Equal(["c"], bridges[1].OnlyThrough);
    }

    [Fact]
    public void Bridges_rank_people_by_betweenness_with_a_reason()
    {
        var graph = Network.Of("a-b", "b-c");

        var top = Assert.Single(Bridges.Top(graph, 3, Network.Name));

        Assert.Equal("b", top.Person);
        Assert.Equal(["B lies on 100% of the shortest paths between the other people in your network."], top.Reasons);
    }
}
