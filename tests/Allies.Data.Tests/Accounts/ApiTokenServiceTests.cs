using System.Security.Cryptography;
using System.Text;
using Allies.Core;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Accounts;

public abstract class ApiTokenServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    [Fact]
    public async Task Only_a_hash_of_the_secret_is_stored()
    {
        var (token, secret) = await Tokens.CreateAsync(_owner, " laptop script ", Ct);

        await using var db = Db();
        var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == token.Id, Ct);
        Assert.StartsWith("allies_", secret, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), row.Hash);
        Assert.Equal(secret[..12], row.Prefix);
        Assert.Equal("laptop script", row.Name);
        Assert.DoesNotContain(secret, new[] { row.Hash, row.Prefix, row.Name });
        Assert.Equal((Start, (DateTimeOffset?)null, (DateTimeOffset?)null), (row.CreatedAt, row.LastUsedAt, row.RevokedAt));
    }

    [Fact]
    public async Task The_secret_authenticates_its_owner_and_marks_the_token_used()
    {
        var (token, secret) = await Tokens.CreateAsync(_owner, "cli", Ct);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(_owner, await Tokens.AuthenticateAsync(secret, Ct));
        Assert.Equal(Start.AddHours(1), Assert.Single(await Tokens.ListAsync(_owner, Ct), t => t.Id == token.Id).LastUsedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("allies_")]
    [InlineData("allies_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("Bearer something")]
    public async Task An_unknown_secret_authenticates_nobody(string secret)
    {
        await Tokens.CreateAsync(_owner, "cli", Ct);
        Assert.Null(await Tokens.AuthenticateAsync(secret, Ct));
    }

    [Fact]
    public async Task A_revoked_token_no_longer_authenticates()
    {
        var (token, secret) = await Tokens.CreateAsync(_owner, "old laptop", Ct);
        var (_, kept) = await Tokens.CreateAsync(_owner, "new laptop", Ct);
        Clock.Advance(TimeSpan.FromMinutes(3));

        await Tokens.RevokeAsync(_owner, token.Id, Ct);

        Assert.Null(await Tokens.AuthenticateAsync(secret, Ct));
        Assert.Equal(_owner, await Tokens.AuthenticateAsync(kept, Ct));
        Assert.Equal(Start.AddMinutes(3), Assert.Single(await Tokens.ListAsync(_owner, Ct), t => t.Id == token.Id).RevokedAt);
    }

    [Fact]
    public async Task Another_owner_cannot_revoke_or_see_a_token()
    {
        var (token, secret) = await Tokens.CreateAsync(_owner, "cli", Ct);
        var other = NewOwner();

        await Assert.ThrowsAsync<NotFoundException>(() => Tokens.RevokeAsync(other, token.Id, Ct));

        Assert.Empty(await Tokens.ListAsync(other, Ct));
        Assert.Equal(_owner, await Tokens.AuthenticateAsync(secret, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_token_needs_a_name(string name)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Tokens.CreateAsync(_owner, name, Ct));
        Assert.Equal("Name", Assert.Single(error.Errors).Field);
        Assert.Empty(await Tokens.ListAsync(_owner, Ct));
    }
}

public sealed class ApiTokenServiceTestsOnSqlite(SqliteDatabase db) : ApiTokenServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class ApiTokenServiceTestsOnPostgres(PostgresDatabase db) : ApiTokenServiceTests(db), IClassFixture<PostgresDatabase>;
