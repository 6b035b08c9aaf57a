using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Migrations;

public abstract class MigrationTests(TestDatabase database) : DataTest(database)
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_database()
    {
        var target = await Database.CreateEmptyAsync();
        await using var db = new AlliesDb(DataServices.Options(target));
        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, await new AlliesMigrator(db).PendingAsync(Ct));

        await new AlliesMigrator(db).MigrateAsync(Ct);

        Assert.Empty(await new AlliesMigrator(db).PendingAsync(Ct));
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(0, await db.Contacts.CountAsync(Ct));
        Assert.Equal(0, await db.Interactions.CountAsync(Ct));
        Assert.Equal(0, await db.Users.CountAsync(Ct));
    }

    [Fact]
    public async Task Migrating_an_up_to_date_database_changes_nothing()
    {
        var owner = NewOwner();
        await Contacts.CreateAsync(owner, People.Named("Ada", "Lovelace"), Ct);

        await Service<AlliesMigrator>().MigrateAsync(Ct);

        Assert.Empty(await Service<AlliesMigrator>().PendingAsync(Ct));
        Assert.Equal(1, (await Contacts.ListAsync(owner, new(), Ct)).Total);
    }
}

public sealed class MigrationTestsOnSqlite(SqliteDatabase db) : MigrationTests(db), IClassFixture<SqliteDatabase>;

public sealed class MigrationTestsOnPostgres(PostgresDatabase db) : MigrationTests(db), IClassFixture<PostgresDatabase>;
