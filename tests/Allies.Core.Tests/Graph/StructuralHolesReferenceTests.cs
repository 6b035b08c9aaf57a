using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class StructuralHolesReferenceTests
{
    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Constraint_equals_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var expected = CorpusGraphs.Reference(name).Values("undirected", "constraint", "values");

        var ours = StructuralHoles.Constraint(graph);

        NetworkxReference.AssertAllClose(expected, id => ours[id], $"{name} constraint");
    }

    [Theory]
    [MemberData(nameof(CorpusGraphs.Unweighted), MemberType = typeof(CorpusGraphs))]
    public void Effective_size_equals_networkx(string name)
    {
        var graph = CorpusGraphs.Load(name);
        var expected = CorpusGraphs.Reference(name).Values("undirected", "effective_size", "values");

        var ours = StructuralHoles.EffectiveSize(graph);

        NetworkxReference.AssertAllClose(expected, id => ours[id], $"{name} effective size");
    }

    [Fact]
    public void Weighted_constraint_and_effective_size_equal_networkx_on_les_miserables()
    {
        var graph = CorpusGraphs.LesMisWeighted();
        var reference = NetworkxReference.Load("lesmis/lesmis.weighted.reference.networkx-2.8.8.json");

        var constraint = StructuralHoles.Constraint(graph, weighted: true);
        var size = StructuralHoles.EffectiveSize(graph, weighted: true);

        NetworkxReference.AssertAllClose(reference.Values("constraint", "values"), id => constraint[id], "lesmis weighted constraint");
        NetworkxReference.AssertAllClose(reference.Values("effective_size", "values"), id => size[id], "lesmis weighted effective size");
    }

    [Fact]
    public void Weighted_constraint_and_effective_size_equal_networkx_on_the_women_projection()
    {
        var graph = CorpusGraphs.WomenProjection();
        var reference = NetworkxReference.Load("davis_southern_women/davis_women_projection.weighted.reference.networkx-2.8.8.json");

        var constraint = StructuralHoles.Constraint(graph, weighted: true);
        var size = StructuralHoles.EffectiveSize(graph, weighted: true);

        NetworkxReference.AssertAllClose(reference.Values("constraint", "values"), id => constraint[id], "projection weighted constraint");
        NetworkxReference.AssertAllClose(reference.Values("effective_size", "values"), id => size[id], "projection weighted effective size");
    }

    [Theory]
    // Worked values from RESEARCH.md B3 (checked there with networkx 3.6.1).
    [InlineData("star", 0.2, 5.0)]
    [InlineData("clique", 0.648, 1.0)]
    [InlineData("two triangles", 0.4629629629629629, 4.0)]
    public void Ego_networks_score_as_Burt_describes(string shape, double constraint, double effectiveSize)
    {
        var alters = new[] { "a", "b", "c", "d", "e", "f" };
        var edges = shape switch
        {
            "star" => alters[..5].Select(a => ("me", a)).ToList(),
            "clique" => [.. alters[..5].Select(a => ("me", a)),
                .. from x in alters[..5] from y in alters[..5] where string.CompareOrdinal(x, y) < 0 select (x, y)],
            _ => [.. alters.Select(a => ("me", a)), ("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f")],
        };
        var graph = NetworkGraph<string>.FromEdges(edges);

        Assert.Equal(constraint, StructuralHoles.Constraint(graph)["me"], 12);
        Assert.Equal(effectiveSize, StructuralHoles.EffectiveSize(graph)["me"], 12);
        Assert.Equal(effectiveSize, StructuralHoles.EffectiveSize(graph, weighted: true)["me"], 12);
    }

    [Fact]
    public void Someone_with_no_ties_has_undefined_measures()
    {
        var graph = NetworkGraph<string>.FromEdges([("a", "b")], ["alone"]);

        Assert.True(double.IsNaN(StructuralHoles.Constraint(graph)["alone"]));
        Assert.True(double.IsNaN(StructuralHoles.EffectiveSize(graph)["alone"]));
    }
}
