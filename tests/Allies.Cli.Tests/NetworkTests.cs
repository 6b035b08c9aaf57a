using System.Xml.Linq;
using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

/// <summary>`allies link|unlink|path` and `allies network stats|bridges|holes|export`.</summary>
public sealed class NetworkTests
{
    static async Task<TempCli> SmallNetworkAsync()
    {
        var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("contacts", "add", "Claire", "Martin", "--industry", "Consulting", "--email", "claire@example.com");
        await cli.OkAsync("contacts", "add", "Paul", "Banker", "--industry", "Finance");
        await cli.OkAsync("contacts", "add", "Nina", "Fund", "--industry", "Finance");
        await cli.OkAsync("log", "Claire", "coffee", "--when", "2026-03-01");
        return cli;
    }

    [Fact]
    public async Task Link_then_path_finds_the_warm_route_with_its_weakest_link_and_whom_to_ask()
    {
        using var cli = await SmallNetworkAsync();
        var linked = await cli.OkAsync("link", "Claire", "Paul Banker", "--kind", "colleague", "--strength", "0.8");
        Assert.Contains("Linked Claire Martin and Paul Banker (colleague, strength 0.80).", linked.Out, StringComparison.Ordinal);

        var json = await cli.JsonAsync("path", "Paul Banker");
        Assert.Equal(1, json.GetProperty("targetsMatched").GetInt32());
        var paths = json.GetProperty("paths");
        Assert.True(paths.GetArrayLength() >= 1);
        var best = paths[0];
        Assert.Equal(["You", "Claire Martin", "Paul Banker"], best.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("Claire Martin", best.GetProperty("askFirst").GetProperty("name").GetString());

        var text = await cli.OkAsync("path", "--industry", "finance");
        Assert.Contains("Claire Martin", text.Out, StringComparison.Ordinal);
        Assert.Contains("Weakest link", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_says_so_when_nobody_matches_and_refuses_unknown_or_missing_targets_with_the_documented_exit_codes()
    {
        using var cli = await SmallNetworkAsync();
        var nobody = await cli.OkAsync("path", "--company", "Nowhere Inc");
        Assert.Contains("None of your contacts matches Nowhere Inc.", nobody.Out, StringComparison.Ordinal);

        var unknown = await cli.RunAsync("path", "Zorro");
        Assert.Equal((1, "No contact matches 'Zorro'."), (unknown.ExitCode, unknown.Error.Trim()));
        var missing = await cli.RunAsync("path");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Say whom to reach", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await cli.RunAsync("path", "Claire", "--paths", "0")).ExitCode);
    }

    [Fact]
    public async Task Unlink_removes_the_tie_and_link_refuses_bad_input()
    {
        using var cli = await SmallNetworkAsync();
        await cli.OkAsync("link", "Claire", "Paul Banker");
        Assert.Contains("Unlinked Claire Martin and Paul Banker.", (await cli.OkAsync("unlink", "claire@example.com", "Paul Banker")).Out, StringComparison.Ordinal);
        Assert.Contains("were not linked", (await cli.OkAsync("unlink", "Claire", "Paul Banker")).Out, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.JsonAsync("network", "stats")).GetProperty("ties").GetInt32());

        var self = await cli.RunAsync("link", "Claire", "Claire Martin");
        Assert.Equal(1, self.ExitCode);
        Assert.Contains("<other-contact>: A link needs two different contacts.", self.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await cli.RunAsync("link", "Claire", "Paul Banker", "--strength", "2")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("link", "Claire", "Paul Banker", "--kind", "enemy")).ExitCode);
        Assert.Equal(1, (await cli.RunAsync("link", "Claire", "Nobody Here")).ExitCode);
    }

    [Fact]
    public async Task Stats_bridges_and_holes_answer_in_text_and_json()
    {
        using var cli = await SmallNetworkAsync();
        await cli.OkAsync("link", "Claire", "Paul Banker");
        await cli.OkAsync("link", "Claire", "Nina Fund");

        var stats = await cli.JsonAsync("network", "stats");
        Assert.Equal((3, 2, 3), (stats.GetProperty("contacts").GetInt32(), stats.GetProperty("ties").GetInt32(), stats.GetProperty("myTies").GetInt32()));
        Assert.Contains("Modularity", (await cli.OkAsync("network", "stats")).Out, StringComparison.Ordinal);

        var bridges = await cli.JsonAsync("network", "bridges");
        Assert.Equal("Claire Martin", bridges.GetProperty("bridges")[0].GetProperty("name").GetString());
        Assert.Equal(1.0, bridges.GetProperty("bridges")[0].GetProperty("betweenness").GetDouble(), 12);
        Assert.Contains("Claire Martin lies on 100% of the shortest paths", (await cli.OkAsync("network", "bridges")).Out, StringComparison.Ordinal);

        var holes = await cli.JsonAsync("network", "holes");
        var finance = holes.GetProperty("byIndustry").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "Finance");
        Assert.Equal("Fragile", finance.GetProperty("reach").GetString());
        Assert.Contains("Fragile: your ties into Finance are all weak", (await cli.OkAsync("network", "holes")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_graphml_or_gexf_to_stdout_or_a_file_and_refuses_other_formats()
    {
        using var cli = await SmallNetworkAsync();
        await cli.OkAsync("link", "Claire", "Paul Banker");

        var graphml = XDocument.Parse((await cli.OkAsync("network", "export")).Out);
        Assert.Equal("graphml", graphml.Root!.Name.LocalName);
        Assert.Equal(4, graphml.Descendants().Count(e => e.Name.LocalName == "node"));
        var file = Path.Combine(Path.GetTempPath(), $"allies-{Guid.NewGuid():N}.gexf");
        try
        {
            var written = await cli.OkAsync("network", "export", "--format", "gexf", "-o", file);
            Assert.Equal("", written.Out);
            Assert.Equal("gexf", XDocument.Load(file).Root!.Name.LocalName);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(2, (await cli.RunAsync("network", "export", "--format", "csv")).ExitCode);
        var unwritable = await cli.RunAsync("network", "export", "-o", "/proc/allies/nope.graphml");
        Assert.Equal(1, unwritable.ExitCode);
        Assert.StartsWith("--output: cannot write", unwritable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_never_sees_or_links_my_contacts()
    {
        using var cli = await SmallNetworkAsync();
        await cli.OkAsync("link", "Claire", "Paul Banker");
        await cli.OkAsync("account", "create", "other@example.com", "--password", "correct horse battery");
        await cli.OkAsync("contacts", "add", "Own", "Friend", "--user", "other@example.com");

        var stats = await cli.JsonAsync("network", "stats", "--user", "other@example.com");
        Assert.Equal((1, 0), (stats.GetProperty("contacts").GetInt32(), stats.GetProperty("ties").GetInt32()));
        var export = await cli.OkAsync("network", "export", "--user", "other@example.com");
        Assert.DoesNotContain("Claire", export.Out, StringComparison.Ordinal);
        foreach (var sub in new[] { "bridges", "holes" })
        {
            var json = await cli.OkAsync("network", sub, "--json", "--user", "other@example.com");
            Assert.DoesNotContain("Claire", json.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("Banker", json.Out, StringComparison.Ordinal);
        }

        var byCompany = await cli.OkAsync("path", "--industry", "Finance", "--user", "other@example.com");
        Assert.Contains("None of your contacts matches Finance.", byCompany.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await cli.RunAsync("link", "Own Friend", "Claire", "--user", "other@example.com")).ExitCode);
        Assert.Equal(1, (await cli.RunAsync("path", "Claire", "--user", "other@example.com")).ExitCode);
    }
}
