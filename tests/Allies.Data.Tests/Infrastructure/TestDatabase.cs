
namespace Allies.Data.Tests.Infrastructure;

/// <summary>A real, migrated database of one provider, shared by the tests of one class (each test uses its own owners).</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    DatabaseTarget? _target;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The migrated database of this test class.</summary>
    public DatabaseTarget Target => _target ?? throw new InvalidOperationException("The test database is not initialized yet.");

    /// <summary>A new database with no schema at all; it is removed when the fixture is disposed.</summary>
    public abstract Task<DatabaseTarget> CreateEmptyAsync();

    public async ValueTask InitializeAsync()
    {
        var target = await CreateEmptyAsync();
        await MigrateAsync(target);
        _target = target;
    }

    public static async Task MigrateAsync(DatabaseTarget target)
    {
        await using var db = new AlliesDb(DataServices.Options(target));
        await new AlliesMigrator(db).MigrateAsync();
    }

    public abstract ValueTask DisposeAsync();
}
