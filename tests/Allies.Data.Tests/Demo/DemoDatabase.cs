using Allies.Data.Accounts;
using Allies.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Allies.Data.Tests.Demo;

/// <summary>A fresh, migrated SQLite file with the data services, Identity and a pinned clock. Dispose deletes it.</summary>
public sealed class DemoDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    readonly string _dir = Directory.CreateTempSubdirectory("allies-demo-").FullName;
    readonly ServiceProvider _services;

    DemoDatabase()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(DatabaseTarget.Parse(Path.Combine(_dir, "allies.db")));
        services.AddAlliesIdentityCore();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        _services = services.BuildServiceProvider();
    }

    public static async Task<DemoDatabase> CreateAsync()
    {
        var database = new DemoDatabase();
        await database.WithAsync<AlliesMigrator, bool>(async m =>
        {
            await m.MigrateAsync();
            return true;
        });
        return database;
    }

    /// <summary>Runs code with one service in its own scope, as a request or a CLI command would.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<DemoResult> DemoAsync(DemoOptions options, IProgress<double>? progress = null) =>
        WithAsync<DemoNetwork, DemoResult>(demo => demo.CreateAsync(options, progress, TestContext.Current.CancellationToken));

    public Task<T> QueryAsync<T>(Func<AlliesDb, Task<T>> query) => WithAsync(query);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing connection is left to the OS temp cleaner.
        }
    }
}
