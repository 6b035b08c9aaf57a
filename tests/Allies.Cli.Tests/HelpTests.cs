using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands() =>
    [
        "", "account", "account create", "account list", "token", "token create", "token list", "token revoke",
        "contacts", "contacts add", "contacts list", "contacts show", "contacts edit", "contacts archive", "log", "demo", "serve",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_works_for_every_command(string command)
    {
        using var cli = new TempCli();
        string[] words = command.Length == 0 ? [] : command.Split(' ');

        var result = await cli.RunAsync([.. words, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Description:", result.Out, StringComparison.Ordinal);
        var usage = result.Out.Split('\n').SkipWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).First();
        Assert.Contains($"{command} ", usage, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
        Assert.False(File.Exists(cli.DatabasePath), "help must not touch the database");
    }

    [Theory]
    [InlineData("contacts")]
    [InlineData("account")]
    [InlineData("token")]
    public async Task A_group_typed_alone_shows_its_commands(string group)
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync(group);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Commands:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_or_option_is_a_usage_error_pointing_at_help()
    {
        using var cli = await TempCli.WithAccountAsync();

        var command = await cli.RunAsync("contacts", "lst");
        var option = await cli.RunAsync("contacts", "list", "--colour", "red");
        var missing = await cli.RunAsync("contacts", "show");

        Assert.Equal(2, command.ExitCode);
        Assert.Contains("'lst'", command.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run `allies contacts --help` for usage.", command.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("'--colour'", option.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(["Missing <contact>: usage is `allies contacts show <contact> [options]`.", "Run `allies contacts show --help` for usage."], missing.ErrorLines);
    }

    [Fact]
    public async Task A_missing_kind_or_option_value_is_named()
    {
        using var cli = await TempCli.WithAccountAsync();

        var kind = await cli.RunAsync("log", "Ada");
        var value = await cli.RunAsync("contacts", "add", "Ada", "--email");

        Assert.Equal(2, kind.ExitCode);
        Assert.Equal("Missing <kind>: usage is `allies log <contact> <kind> [options]`.", kind.ErrorLines[0]);
        Assert.Equal(2, value.ExitCode);
        Assert.Equal("--email needs a value.", value.ErrorLines[0]);
    }

    [Fact]
    public async Task Serve_refuses_an_address_it_cannot_listen_on_before_starting()
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync("serve", "--urls", "localhost:5000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--urls: 'localhost:5000' is not an address to listen on: use http://host:port, e.g. http://localhost:5080.", result.ErrorLines[0]);
    }
}
