using Allies.Core;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Accounts;

public abstract class AccountServiceTests(TestDatabase database) : DataTest(database)
{
    // Accounts are global rows: each test uses addresses of its own.
    readonly string _email = $"ada.{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task An_account_is_created_and_found_by_email()
    {
        var user = await Accounts.CreateAsync($" {_email} ", "correct horse battery", Ct);

        var found = await Accounts.FindByEmailAsync(_email.ToUpperInvariant(), Ct);
        Assert.NotNull(found);
        Assert.Equal((user.Id, _email, Start), (found.Id, found.Email, found.CreatedAt));
        Assert.NotEqual("correct horse battery", found.PasswordHash);
        Assert.True(await Accounts.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        await Accounts.CreateAsync(_email, "correct horse battery", Ct);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(_email, "another long password", Ct));
        Assert.Equal("Email", error.Errors[0].Field);
    }

    [Theory]
    [InlineData("not an email", "correct horse battery", "Email")]
    [InlineData("", "correct horse battery", "Email")]
    [InlineData(null, "short", "Password")]
    public async Task Bad_account_input_is_refused_naming_the_field(string? email, string password, string field)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(email ?? _email, password, Ct));
        Assert.Contains(error.Errors, e => e.Field == field);
        Assert.Null(await Accounts.FindByEmailAsync(_email, Ct));
    }
}

public sealed class AccountServiceTestsOnSqlite(SqliteDatabase db) : AccountServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class AccountServiceTestsOnPostgres(PostgresDatabase db) : AccountServiceTests(db), IClassFixture<PostgresDatabase>;
