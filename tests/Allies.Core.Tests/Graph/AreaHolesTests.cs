using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

public class AreaHolesTests
{
    static readonly Dictionary<string, string> Industry = new()
    {
        ["ann"] = "Finance",
        ["bob"] = "finance ",
        ["fay"] = "Finance",
        ["claire"] = "Health",
        ["hugo"] = "Health",
        ["lea"] = "Law",
        ["tom"] = "Tech",
        ["tia"] = "Tech",
    };

    static IReadOnlyList<AreaCoverage<string>> Holes(NetworkGraph<string> graph, params string[] wanted) =>
        AreaHoles.Find(graph, "me", id => Industry.GetValueOrDefault(id), Network.Name, wanted);

    [Fact]
    public void An_area_with_nobody_in_it_is_a_structural_hole()
    {
        var graph = Network.Of("me-ann:0.9", "me-bob:0.9");

        var energy = Holes(graph, "Energy").Single(c => c.Area == "Energy");

        Assert.Equal(AreaReach.Nobody, energy.Reach);
        Assert.Equal(["Structural hole: you know nobody in Energy."], energy.Reasons);
    }

    [Fact]
    public void An_area_opened_by_one_contact_is_fragile_and_names_them()
    {
        var graph = Network.Of("me-claire:0.9", "claire-hugo:0.9");

        var health = Holes(graph).Single(c => c.Area == "Health");

        Assert.Equal(AreaReach.Fragile, health.Reach);
        Assert.Equal(["claire"], health.Gateways);
        Assert.Equal(2, health.PeopleReached);
        Assert.Equal(["Fragile: only Claire connects you to Health (2 people)."], health.Reasons);
    }

    [Fact]
    public void An_area_reached_only_through_weak_ties_is_fragile()
    {
        var graph = Network.Of("me-tom:0.1", "me-tia:0.2");

        var tech = Holes(graph).Single(c => c.Area == "Tech");

        Assert.Equal(AreaReach.Fragile, tech.Reach);
        Assert.Equal(["Fragile: your ties into Tech are all weak (strongest 0.20)."], tech.Reasons);
    }

    [Fact]
    public void Areas_group_case_and_spaces_and_list_holes_first()
    {
        var graph = Network.Of("me-ann:0.9", "me-bob:0.8", "bob-fay:0.5", "me-lea:0.9");

        var holes = Holes(graph, "Energy");

        Assert.Equal(["Energy", "Law", "Finance"], holes.Select(c => c.Area));
        var finance = holes[2];
        Assert.Equal(AreaReach.Covered, finance.Reach);
        Assert.Equal(3, finance.PeopleReached);
        Assert.Equal(["2 of your contacts open Finance (3 people), 2 of them closely."], finance.Reasons);
    }

    [Fact]
    public void People_unreachable_from_me_do_not_cover_an_area()
    {
        var graph = Network.Of(["me"], "lea-tom:0.9");

        Assert.Equal(AreaReach.Nobody, Holes(graph).Single(c => c.Area == "Law").Reach);
    }
}
