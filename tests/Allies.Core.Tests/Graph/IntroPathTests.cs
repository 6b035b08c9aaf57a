using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class IntroPathTests
{
    [Fact]
    public void The_best_path_goes_through_strong_ties_and_names_whom_to_ask_first()
    {
        // Through Claire: 1/0.9 + 1/0.8 ≈ 2.36; through Bob: 1/0.3 + 1/0.9 ≈ 4.44.
        var graph = Network.Of("me-claire:0.9", "claire-zoe:0.8", "me-bob:0.3", "bob-zoe:0.9");

        var paths = IntroPaths.To(graph, "me", "zoe", 2, Network.Name);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["me", "claire", "zoe"], paths[0].Path.Nodes);
        Assert.Equal("claire", paths[0].AskFirst);
        Assert.Equal(new WeakestLink<string>("claire", "zoe", 0.8), paths[0].WeakestLink);
        Assert.Contains("Ask Claire first: your tie is strong (strength 0.90).", paths[0].Reasons);
        Assert.Equal(["me", "bob", "zoe"], paths[1].Path.Nodes);
        Assert.Equal(new WeakestLink<string>("me", "bob", 0.3), paths[1].WeakestLink);
    }

    [Fact]
    public void No_path_gives_no_route()
    {
        var graph = Network.Of(["zoe"], "me-claire:0.9");

        Assert.Empty(IntroPaths.To(graph, "me", "zoe", 3, Network.Name));
        Assert.Null(ShortestPaths.Hops(graph, "me", "zoe"));
        Assert.Null(ShortestPaths.Cheapest(graph, "me", "zoe", TieCost.FromStrength));
    }

    [Fact]
    public void Equally_good_paths_are_all_offered_in_a_stable_order()
    {
        var graph = Network.Of("me-ann:0.5", "ann-zoe:0.5", "me-bob:0.5", "bob-zoe:0.5");

        var paths = IntroPaths.To(graph, "me", "zoe", 5, Network.Name);

        Assert.Equal(2, paths.Count);
        Assert.Equal(paths[0].Path.Cost, paths[1].Path.Cost);
        Assert.Equal(["me", "ann", "zoe"], paths[0].Path.Nodes);
        Assert.Equal(["me", "bob", "zoe"], paths[1].Path.Nodes);
    }

    [Fact]
    public void A_path_through_an_archived_contact_is_not_offered()
    {
        var graph = Network.Of("me-claire:0.9", "claire-zoe:0.9", "me-bob:0.2", "bob-dan:0.2", "dan-zoe:0.2");
        var archived = new HashSet<string> { "claire" };

        var paths = IntroPaths.To(graph, "me", "zoe", 3, Network.Name, canRelay: id => !archived.Contains(id));

        var only = Assert.Single(paths);
        Assert.Equal(["me", "bob", "dan", "zoe"], only.Path.Nodes);
        Assert.Contains("2 introductions in a row reach Zoe: Bob → Dan → Zoe.", only.Reasons);
    }

    [Fact]
    public void Someone_I_know_directly_needs_no_introduction()
    {
        var graph = Network.Of("me-zoe:0.6");

        var path = Assert.Single(IntroPaths.To(graph, "me", "zoe", 3, Network.Name));

        Assert.Null(path.AskFirst);
        Assert.Equal(["You already know Zoe (fair, strength 0.60)."], path.Reasons);
    }

    [Fact]
    public void Paths_to_a_profile_reach_the_closest_matching_people_first()
    {
        var graph = Network.Of("me-ann:0.9", "ann-fin1:0.9", "me-bob:0.9", "bob-carl:0.9", "carl-fin2:0.9");

        var paths = IntroPaths.ToAnyOf(graph, "me", ["fin2", "fin1"], 2, Network.Name);

        Assert.Equal(["fin1", "fin2"], paths.Select(p => p.Path.Nodes[^1]));
    }

    [Fact]
    public void Yen_finds_the_k_shortest_loopless_paths_in_cost_order()
    {
        // The classic example from Yen's paper family (Wikipedia's C→H graph), undirected here.
        var graph = NetworkGraph<string>.FromEdges(
        [
            ("C", "D", 3), ("C", "E", 2), ("D", "F", 4), ("E", "D", 1), ("E", "F", 2), ("E", "G", 3), ("F", "G", 2),
            ("F", "H", 1), ("G", "H", 2),
        ]);

        var paths = KBestPaths.Find(graph, "C", "H", 3, TieCost.WeightIsDistance);

        Assert.Equal([5.0, 7.0, 7.0], paths.Select(p => p.Cost));
        Assert.Equal(["C", "E", "F", "H"], paths[0].Nodes);
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
        Assert.Equal(3, paths.Select(p => string.Join("", p.Nodes)).Distinct().Count());
    }
}
