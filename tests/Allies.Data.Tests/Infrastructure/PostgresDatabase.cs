using System.Security.Cryptography;
using Npgsql;

namespace Allies.Data.Tests.Infrastructure;

/// <summary>Fresh databases (allies_test_…) on the PostgreSQL server named by ALLIES_TEST_POSTGRES, dropped afterwards.</summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string Variable = "ALLIES_TEST_POSTGRES";

    readonly List<string> _created = [];

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    // These tests prove the PostgreSQL side; without a server they fail rather than pass silently.
    static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"{Variable} is not set: run ./test.sh, which starts a throw-away PostgreSQL server for these tests (or set {Variable} to a server's connection string).");

    public override async Task<DatabaseTarget> CreateEmptyAsync()
    {
        var name = "allies_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        lock (_created)
        {
            _created.Add(name);
        }

        return DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_created.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        foreach (var name in _created)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
