using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Allies.Data.Imports;

/// <summary>
/// One INSERT prepared on SQLite's own handle (through SQLitePCL, the layer under Microsoft.Data.Sqlite), bound by
/// position and run once per row: no command, parameter or data-reader objects, and no parameter looked up by name,
/// which is where Microsoft.Data.Sqlite spends most of a bulk insert's time. It runs on the connection's handle, so in
/// its current transaction.
/// <para>
/// Values arrive as the model's converters made them (see <see cref="RowInserter{T}"/>) and are bound as
/// Microsoft.Data.Sqlite binds them: text, 64-bit integers (booleans as 0 and 1), reals, blobs, nulls, a Guid as its
/// upper-case text, a date as yyyy-MM-dd. Any other type fails loudly rather than being stored some other way;
/// RowInserterTests compare stored rows with SaveChanges' column by column.
/// </para>
/// </summary>
sealed class SqliteRowStatement : IDisposable
{
    readonly sqlite3 _handle;
    readonly sqlite3_stmt _statement;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _handle);
    }

    /// <summary>
    /// Whether the statement belongs to the database handle this connection has now. A pooled connection closed and
    /// opened again may hold another handle: a statement of the old one would write outside the current transaction.
    /// </summary>
    public bool IsOn(SqliteConnection connection) => ReferenceEquals(connection.Handle, _handle);

    /// <summary>Binds the value of the parameter at this position (1-based, as SQLite counts).</summary>
    public void Bind(int position, object value)
    {
        var rc = value switch
        {
            DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text16(_statement, position, text),
            Guid guid => BindGuid(position, guid),
            long n => raw.sqlite3_bind_int64(_statement, position, n),
            int n => raw.sqlite3_bind_int64(_statement, position, n),
            short n => raw.sqlite3_bind_int64(_statement, position, n),
            byte n => raw.sqlite3_bind_int64(_statement, position, n),
            bool b => raw.sqlite3_bind_int64(_statement, position, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, position, d),
            float f => raw.sqlite3_bind_double(_statement, position, f),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            DateOnly date => raw.sqlite3_bind_text16(_statement, position, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                $"A bulk insert does not bind {value.GetType().Name} values on SQLite; give the property a value converter or insert it with SaveChanges.")),
        };
        SqliteException.ThrowExceptionForRC(rc, _handle);
    }

    int BindGuid(int position, Guid guid)
    {
        Span<char> text = stackalloc char[36];
        guid.TryFormat(text, out _, "D");
        System.Text.Ascii.ToUpperInPlace(text, out _);
        return raw.sqlite3_bind_text16(_statement, position, text);
    }

    /// <summary>Inserts the row bound, then readies the statement for the next one.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _handle);
        }
    }

    public void Dispose() => _statement.Dispose();
}
