using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

/// <summary>Account B cannot reach account A's contacts by name, email or id, through any command; A's data stays as it was.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task Another_account_cannot_show_edit_archive_or_log_on_a_contact_it_does_not_own()
    {
        using var cli = await TempCli.WithAccountAsync("a@example.com");
        await cli.OkAsync("account", "create", "b@example.com", "--password", "correct horse battery");
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--email", "ada@lovelace.org", "--company", "Engines", "--user", "a@example.com");
        await cli.OkAsync("log", "Ada Lovelace", "coffee", "--user", "a@example.com");
        var before = await cli.JsonAsync("contacts", "show", "Ada Lovelace", "--user", "a@example.com");
        var id = before.GetProperty("id").GetString()!;

        foreach (var reference in new[] { "Ada Lovelace", "ada@lovelace.org", id, "Ada" })
        {
            string[][] attempts =
            [
                ["contacts", "show", reference],
                ["contacts", "show", reference, "--json"],
                ["contacts", "edit", reference, "--company", "Stolen"],
                ["contacts", "archive", reference],
                ["contacts", "archive", reference, "--undo"],
                ["log", reference, "call"],
                ["contacts", "add", "Eve", "--introduced-by", reference],
            ];
            foreach (var attempt in attempts)
            {
                var result = await cli.RunAsync([.. attempt, "--user", "b@example.com"]);

                Assert.Equal(1, result.ExitCode);
                Assert.Equal($"No contact matches '{reference}'.", Assert.Single(result.ErrorLines));
            }
        }

        var bList = await cli.JsonAsync("contacts", "list", "--archived", "--user", "b@example.com");
        var bSearch = await cli.JsonAsync("contacts", "list", "--search", "Lovelace", "--user", "b@example.com");
        var after = await cli.JsonAsync("contacts", "show", "Ada Lovelace", "--user", "a@example.com");

        Assert.Equal(0, bList.GetProperty("total").GetInt32());
        Assert.Equal(0, bSearch.GetProperty("total").GetInt32());
        Assert.Equal(before.ToString(), after.ToString());
    }
}
