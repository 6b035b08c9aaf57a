using Allies.Cli.Tests.Infrastructure;

namespace Allies.Cli.Tests;

public sealed class TokenTests
{
    [Fact]
    public async Task Token_create_prints_only_the_secret_on_standard_output_and_list_never_shows_it()
    {
        using var cli = await TempCli.WithAccountAsync();

        var created = await cli.OkAsync("token", "create", "laptop script");
        var list = await cli.OkAsync("token", "list");
        var json = await cli.JsonAsync("token", "list");

        var secret = created.Out.Trim();
        Assert.StartsWith("allies_", secret, StringComparison.Ordinal);
        Assert.Contains("not shown again", created.Error, StringComparison.Ordinal);
        Assert.Contains("laptop script", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Out, StringComparison.Ordinal);
        var token = Assert.Single(json.EnumerateArray());
        Assert.Equal("laptop script", token.GetProperty("name").GetString());
        Assert.False(token.TryGetProperty("hash", out _));
    }

    [Fact]
    public async Task Token_revoke_marks_the_token_revoked()
    {
        using var cli = await TempCli.WithAccountAsync();
        await cli.OkAsync("token", "create", "ci");
        var id = (await cli.JsonAsync("token", "list"))[0].GetProperty("id").GetString()!;

        var revoked = await cli.OkAsync("token", "revoke", id);
        var token = (await cli.JsonAsync("token", "list"))[0];

        Assert.Equal($"Revoked token 'ci' (id {id}).", revoked.Out.Trim());
        Assert.Equal("2026-03-10T10:00:00+01:00", token.GetProperty("revokedAt").GetString());
    }

    [Fact]
    public async Task Token_revoke_refuses_an_unknown_id_and_a_malformed_one()
    {
        using var cli = await TempCli.WithAccountAsync();
        var unknown = Guid.NewGuid();

        var missing = await cli.RunAsync("token", "revoke", unknown.ToString());
        var malformed = await cli.RunAsync("token", "revoke", "abc");

        Assert.Equal(1, missing.ExitCode);
        Assert.Equal($"No token has the id {unknown} (see `allies token list`).", Assert.Single(missing.ErrorLines));
        Assert.Equal(2, malformed.ExitCode);
        Assert.Equal("id: 'abc' is not a token id (see `allies token list`).", malformed.ErrorLines[0]);
    }

    [Fact]
    public async Task An_empty_token_name_is_refused()
    {
        using var cli = await TempCli.WithAccountAsync();

        var result = await cli.RunAsync("token", "create", " ");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("name: A token needs a name", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
