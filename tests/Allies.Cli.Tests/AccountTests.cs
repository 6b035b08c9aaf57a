using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task Account_create_with_a_password_option_creates_the_account_and_list_shows_it()
    {
        using var cli = new TempCli();

        var created = await cli.RunAsync("account", "create", "ada@example.com", "--password", "correct horse battery");
        var list = await cli.JsonAsync("account", "list");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("Created account ada@example.com (id ", created.Out, StringComparison.Ordinal);
        Assert.Equal("ada@example.com", Assert.Single(list.EnumerateArray()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Account_create_reads_the_password_from_a_pipe()
    {
        using var cli = new TempCli();

        var created = await cli.RunWithInputAsync("piped password\n", "account", "create", "grace@example.com");
        var table = await cli.OkAsync("account", "list");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("grace@example.com", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_one_line_naming_the_option_and_no_account_is_created()
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync("account", "create", "ada@example.com", "--password", "short");
        var list = await cli.JsonAsync("account", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("--password: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(list.EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_email_is_refused_for_an_account()
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync("account", "create", "not-an-email", "--password", "correct horse battery");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("email: 'not-an-email' is not a valid email address.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Commands_that_need_an_account_say_how_to_create_one()
    {
        using var cli = new TempCli();

        var result = await cli.RunAsync("contacts", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("No account yet: run `allies account create <email>`.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task With_two_accounts_a_command_asks_for_user_and_names_the_accounts()
    {
        using var cli = await TempCli.WithAccountAsync("a@example.com");
        await cli.OkAsync("account", "create", "b@example.com", "--password", "correct horse battery");

        var result = await cli.RunAsync("contacts", "list");
        var unknown = await cli.RunAsync("contacts", "list", "--user", "c@example.com");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("This database holds 2 accounts: choose one with --user <email> (a@example.com, b@example.com).", Assert.Single(result.ErrorLines));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("--user: no account has the email 'c@example.com' (see `allies account list`).", Assert.Single(unknown.ErrorLines));
    }
}
