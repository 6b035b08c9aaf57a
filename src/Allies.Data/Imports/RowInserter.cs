using System.Data.Common;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Allies.Data.Imports;

/// <summary>
/// Inserts many new rows of one entity type with multi-row INSERT statements in the context's current transaction,
/// without the change tracker. Table, columns and value conversions come from the EF model (each column's own type
/// mapping makes the parameter), so rows are stored exactly as SaveChanges would store them, on either provider.
/// For rows that are only ever added (interactions and participants read from mail).
/// </summary>
sealed class RowInserter<T>
    where T : class
{
    const int MaxParameters = 2000;
    readonly AlliesDb _db;
    readonly string _table;
    readonly List<(IProperty Property, PropertyInfo Clr, RelationalTypeMapping Mapping)> _columns;

    public RowInserter(AlliesDb db)
    {
        _db = db;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _table = Quote(type.GetTableName()!, type.GetSchema());
        _columns = [.. type.GetProperties().Select(p => (p, p.PropertyInfo ?? throw new InvalidOperationException($"{p.Name} has no CLR property."),
            p.GetRelationalTypeMapping()))];
        Columns = [.. _columns.Select(c => c.Property.GetColumnName(table)!)];
    }

    IReadOnlyList<string> Columns { get; }

    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the batch's transaction.");
        var perStatement = Math.Max(1, MaxParameters / _columns.Count);
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (")
                .AppendJoin(", ", Columns.Select(c => Quote(c, null))).Append(") VALUES ");
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _columns.Count; c++)
                {
                    var name = $"@p{(r * _columns.Count) + c}";
                    sql.Append(c == 0 ? "" : ", ").Append(name);
                    var (property, clr, mapping) = _columns[c];
                    command.Parameters.Add(Parameter(command, mapping, name, clr.GetValue(rows[start + r]), property.IsNullable));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    static DbParameter Parameter(DbCommand command, RelationalTypeMapping mapping, string name, object? value, bool nullable) =>
        mapping.CreateParameter(command, name, value, nullable);

    static string Quote(string name, string? schema) =>
        (schema is null ? "" : $"\"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".") + $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
