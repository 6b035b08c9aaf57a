using System.Data.Common;
using System.Text;
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
/// Each statement and its parameters are made once and reused for the whole run (call <see cref="DisposeAsync"/> at
/// its end): a row only sets the parameters' values, read through EF's compiled getters. On SQLite a statement holds
/// <see cref="SqliteRows"/> rows: SQLite is in the process, so more rows per statement save little, while
/// Microsoft.Data.Sqlite binds every parameter by name with a scan of the statement's parameter names, a cost that
/// grows with the square of the statement's size (2,000 parameters made a 520 MB mail import spend 18.9 s binding).
/// On PostgreSQL, statements of up to 2,000 parameters, each a round trip.
/// </para>
/// These writes bypass SaveChanges, so they do not bump the owner's stamp themselves: the import's batch commit saves
/// its run in the same transaction, which does.
/// </summary>
sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    const int MaxParameters = 2000;
    const int SqliteRows = 1;
    readonly AlliesDb _db;
    readonly string _table;
    readonly Column[] _columns;
    readonly int _perStatement;
    readonly Dictionary<int, DbCommand> _commands = [];

    /// <summary>A column: how to read it from an entity, and how its type mapping makes and converts its parameter.</summary>
    readonly record struct Column(string Name, IProperty Property, IClrPropertyGetter Getter, RelationalTypeMapping Mapping);

    public RowInserter(AlliesDb db)
    {
        _db = db;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _table = Quote(type.GetTableName()!, type.GetSchema());
        _columns = [.. type.GetProperties().Select(p => new Column(p.GetColumnName(table)!, p, p.GetGetter(), p.GetRelationalTypeMapping()))];
        _perStatement = db.Database.IsSqlite() ? SqliteRows : Math.Max(1, MaxParameters / _columns.Length);
    }

    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the batch's transaction.");
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
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (")
            .AppendJoin(", ", _columns.Select(c => Quote(c.Name, null))).Append(") VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                var name = $"@p{(r * _columns.Length) + c}";
                sql.Append(c == 0 ? "" : ", ").Append(name);
                command.Parameters.Add(_columns[c].Mapping.CreateParameter(command, name, null, _columns[c].Property.IsNullable));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        _commands[count] = command;
        return command;
    }

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
