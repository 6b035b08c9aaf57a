using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Allies.Data.Imports;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction, without the change tracker. Table,
/// columns and value conversions come from the EF model (each column's own type mapping makes its parameter, and its
/// converter turns the value into what is stored), so rows are stored exactly as SaveChanges would store them, on
/// either provider. For rows that are only ever added (interactions and participants read from mail).
/// <para>
/// Statements are made once and reused for the whole run (call <see cref="DisposeAsync"/> at its end); values are read
/// through EF's compiled getters. On SQLite, one row a statement, prepared on SQLite's own handle and bound by position
/// (<see cref="SqliteRowStatement"/>): SQLite is in the process, so more rows per statement save little, and
/// Microsoft.Data.Sqlite's commands cost more than the inserts (they bind each parameter by scanning the statement's
/// parameter names). On PostgreSQL, statements of up to 2,000 parameters, each a round trip; their parameters are
/// made once by the columns' type mappings and only their values change.
/// </para>
/// These writes bypass SaveChanges, so they do not bump the owner's stamp themselves: the import's batch commit saves
/// its run in the same transaction, which does.
/// </summary>
sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    const int MaxParameters = 2000;
    readonly AlliesDb _db;
    readonly string _table;
    readonly Column[] _columns;
    readonly int _perStatement;
    readonly Dictionary<int, DbCommand> _commands = [];
    SqliteRowStatement? _sqlite;

    /// <summary>A column: how to read it from an entity, and how its type mapping makes and converts its parameter.</summary>
    readonly record struct Column(string Name, IProperty Property, IClrPropertyGetter Getter, RelationalTypeMapping Mapping);

    public RowInserter(AlliesDb db)
    {
        _db = db;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _table = Quote(type.GetTableName()!, type.GetSchema());
        _columns = [.. type.GetProperties().Select(p => new Column(p.GetColumnName(table)!, p, p.GetGetter(), p.GetRelationalTypeMapping()))];
        _perStatement = Math.Max(1, MaxParameters / _columns.Length);
    }

    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the batch's transaction.");
        if (transaction.Connection is SqliteConnection sqlite)
        {
            InsertOnSqlite(sqlite, rows, ct);
            return;
        }

        for (var start = 0; start < rows.Count; start += _perStatement)
        {
            var count = Math.Min(_perStatement, rows.Count - start);
            var command = Command(transaction.Connection!, count);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < _columns.Length; c++)
                {
                    parameters[(r * _columns.Length) + c].Value = ProviderValue(_columns[c], row);
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    void InsertOnSqlite(SqliteConnection connection, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (_sqlite is null || !_sqlite.IsOn(connection))
        {
            _sqlite?.Dispose();
            _sqlite = new SqliteRowStatement(connection, Sql(1));
        }

        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var c = 0; c < _columns.Length; c++)
            {
                _sqlite.Bind(c + 1, ProviderValue(_columns[c], row));
            }

            _sqlite.Execute();
        }
    }

    /// <summary>The value stored for this column of this row, as the mapping's <c>CreateParameter</c> would set it.</summary>
    static object ProviderValue(in Column column, T row)
    {
        var value = column.Getter.GetClrValue(row);
        if (column.Mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }
        else if (value is Enum e)
        {
            value = Convert.ChangeType(e, e.GetTypeCode(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return value ?? DBNull.Value;
    }

    /// <summary>The statement for this many rows with its parameters, made once.</summary>
    DbCommand Command(DbConnection connection, int count)
    {
        if (_commands.TryGetValue(count, out var command) && command.Connection == connection)
        {
            return command;
        }

        command?.Dispose();
        command = connection.CreateCommand();
        command.CommandText = Sql(count);
        for (var p = 0; p < count * _columns.Length; p++)
        {
            var column = _columns[p % _columns.Length];
            command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{p}", null, column.Property.IsNullable));
        }

        _commands[count] = command;
        return command;
    }

    /// <summary>An INSERT of this many rows, its parameters @p0, @p1… row after row.</summary>
    string Sql(int count)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (")
            .AppendJoin(", ", _columns.Select(c => Quote(c.Name, null))).Append(") VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append((r * _columns.Length) + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        _sqlite?.Dispose();
        _sqlite = null;
    }

    static string Quote(string name, string? schema) =>
        (schema is null ? "" : $"\"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".") + $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
