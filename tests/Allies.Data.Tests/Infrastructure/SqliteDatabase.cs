using Microsoft.Data.Sqlite;

namespace Allies.Data.Tests.Infrastructure;

/// <summary>Fresh SQLite files in a temp directory of their own, deleted afterwards.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    readonly string _dir = Directory.CreateTempSubdirectory("allies-data-").FullName;
    int _files;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task<DatabaseTarget> CreateEmptyAsync() =>
        Task.FromResult(DatabaseTarget.Parse(Path.Combine(_dir, $"allies-{Interlocked.Increment(ref _files)}.db")));

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing connection is left to the OS temp cleaner.
        }

        return ValueTask.CompletedTask;
    }
}
