using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class DemoTests
{
    [Fact]
    public async Task Demo_creates_the_demo_account_with_the_requested_size_and_leaves_other_accounts_alone()
    {
        using var cli = await TempCli.WithAccountAsync("me@example.com");
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace");

        var first = await cli.OkAsync("demo", "--contacts", "40", "--seed", "7");
        var names = await cli.JsonAsync("contacts", "list", "--page-size", "200", "--user", "demo@allies.local");
        await cli.OkAsync("demo", "--contacts", "40", "--seed", "7");
        var again = await cli.JsonAsync("contacts", "list", "--page-size", "200", "--user", "demo@allies.local");
        var mine = await cli.JsonAsync("contacts", "list", "--user", "me@example.com");

        Assert.StartsWith("Demo network ready: 40 contacts and ", first.Out, StringComparison.Ordinal);
        Assert.Contains("demo@allies.local (password allies-demo)", first.Out, StringComparison.Ordinal);
        Assert.Equal(40, names.GetProperty("total").GetInt32());
        Assert.Equal(DisplayNames(names), DisplayNames(again));
        Assert.Equal(["Ada Lovelace"], DisplayNames(mine));
    }

    [Fact]
    public async Task Demo_refuses_a_size_out_of_range()
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync("demo", "--contacts", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--contacts: '0' is not a whole number from 1 to 1000000.", result.ErrorLines[0]);
    }

    static string[] DisplayNames(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!)];
}
