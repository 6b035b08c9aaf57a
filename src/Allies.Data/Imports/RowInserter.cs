using System.Data.Common;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Allies.Data.Imports;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction, without the change tracker. Table,
/// columns and value conversions come from the EF model (each column's own type mapping makes the parameter), so rows
/// are stored exactly as SaveChanges would store them, on either provider. For rows that are only ever added
/// (interactions and participants read from mail). The commands are kept and reused for the whole run (call
/// <see cref="DisposeAsync"/> at its end), so each statement is prepared once. On SQLite, statements of at most 200
/// parameters: SQLite binds a parameter by name with a scan of the statement's parameters, so a statement of 2,000
/// parameters costs 2,000² compares, more than the rows themselves (a 520 MB mail import: 18.9 s of inserts, 5.9 s). On
/// PostgreSQL, statements of up to 2,000 parameters, each a round trip. These writes bypass SaveChanges, so they do not
/// bump the owner's stamp themselves: the import's batch commit saves its run in the same transaction, which does.
/// </summary>
sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    const int MaxParameters = 2000;
    const int MaxSqliteParameters = 200;
    readonly AlliesDb _db;
    readonly string _table;
    readonly List<(IProperty Property, PropertyInfo Clr, RelationalTypeMapping Mapping)> _columns;
    readonly int _perStatement;
    readonly Dictionary<int, DbCommand> _commands = [];
    readonly string[] _names;

    public RowInserter(AlliesDb db)
    {
        _db = db;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _table = Quote(type.GetTableName()!, type.GetSchema());
        _columns = [.. type.GetProperties().Select(p => (p, p.PropertyInfo ?? throw new InvalidOperationException($"{p.Name} has no CLR property."),
            p.GetRelationalTypeMapping()))];
        Columns = [.. _columns.Select(c => c.Property.GetColumnName(table)!)];
        _perStatement = Math.Max(1, (db.Database.IsSqlite() ? MaxSqliteParameters : MaxParameters) / _columns.Count);
        _names = [.. Enumerable.Range(0, _perStatement * _columns.Count).Select(i => $"@p{i}")];
    }

    IReadOnlyList<string> Columns { get; }

    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the batch's transaction.");
        for (var start = 0; start < rows.Count; start += _perStatement)
        {
            var count = Math.Min(_perStatement, rows.Count - start);
            var command = Command(transaction.Connection!, count);
            command.Transaction = transaction;
            command.Parameters.Clear();
            for (var r = 0; r < count; r++)
            {
                for (var c = 0; c < _columns.Count; c++)
                {
                    var (property, clr, mapping) = _columns[c];
                    command.Parameters.Add(mapping.CreateParameter(command, Name(r, c), clr.GetValue(rows[start + r]), property.IsNullable));
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The statement for this many rows, made once.</summary>
    DbCommand Command(DbConnection connection, int count)
    {
        if (_commands.TryGetValue(count, out var command) && command.Connection == connection)
        {
            return command;
        }

        command?.Dispose();
        command = connection.CreateCommand();
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (")
            .AppendJoin(", ", Columns.Select(c => Quote(c, null))).Append(") VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Count; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append(Name(r, c));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        _commands[count] = command;
        return command;
    }

    string Name(int row, int column) => _names[(row * _columns.Count) + column];

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }

    static string Quote(string name, string? schema) =>
        (schema is null ? "" : $"\"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".") + $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
