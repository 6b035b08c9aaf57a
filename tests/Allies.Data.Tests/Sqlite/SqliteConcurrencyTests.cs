using Allies.Data.Contacts;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Data.Tests.Sqlite;

/// <summary>The CLI and the web app write to one SQLite file at once: WAL plus a busy timeout make the second writer wait, not fail.</summary>
public sealed class SqliteConcurrencyTests(SqliteDatabase database) : DataTest(database), IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task The_database_is_in_wal_mode_with_a_busy_timeout()
    {
        await using var db = Db();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
        command.CommandText = "PRAGMA busy_timeout";
        Assert.True(Convert.ToInt64(await command.ExecuteScalarAsync(Ct)) >= 5000);
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_and_both_succeed()
    {
        var owner = NewOwner();
        var scope = Scope();
        var first = scope.GetRequiredService<AlliesDb>();
        var firstContacts = scope.GetRequiredService<ContactService>();
        await using var transaction = await first.Database.BeginTransactionAsync(Ct);
        await firstContacts.CreateAsync(owner, People.Named("From", "Web"), Ct);

        // The first writer holds the write lock until it commits; the second must wait for it.
        var second = Task.Run(() => Contacts.CreateAsync(owner, People.Named("From", "Cli"), Ct), Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        Assert.False(second.IsCompleted, "The second writer should be waiting for the first one's lock.");

        await transaction.CommitAsync(Ct);
        await second.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal(["Cli", "Web"], (await Contacts.ListAsync(owner, new(), Ct)).Items.Select(c => c.LastName).Order());
    }

    [Fact]
    public async Task Many_writers_at_the_same_time_all_succeed()
    {
        var owner = NewOwner();
        var services = Enumerable.Range(0, 4).Select(_ => Contacts).ToList();

        await Task.WhenAll(services.Select((contacts, writer) => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await contacts.CreateAsync(owner, People.Named($"Writer{writer}", $"Contact{i}"), Ct);
            }
        }, Ct)));

        Assert.Equal(40, (await Contacts.ListAsync(owner, new(), Ct)).Total);
    }
}
