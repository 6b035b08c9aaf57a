using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

/// <summary>
/// For a bulk import on SQLite, on a connection held open for it, then put back to SQLite's defaults:
/// <list type="bullet">
/// <item>the write-ahead log is checkpointed every 10,000 pages (40 MB) rather than 1,000. A checkpoint copies the log
/// into the database and syncs it to disk; with commits of 2,000 mails, the default made nearly every commit one
/// (commits: 1.1–1.2 s of a 520 MB mail import, 0.5–0.7 s spaced). Durability is unchanged: each commit is in the log.</item>
/// <item>the page cache holds 8 MB rather than 2 MB. A commit of 2,000 mails dirties about 1,900 pages (its rows and the
/// index pages they land on, spread over every contact); with 2 MB, SQLite spilled dirty pages to the log in the middle of
/// the transaction and read them back: 520 MB of mail wrote 130,000 log frames and read 200,000 pages back, against
/// 66,000 and 50,000 with 8 MB (`strace -c`), and 0.4 s less CPU in the kernel. More cache changed nothing. A batch of
/// 2,000 contacts writes 8,000 rows into 13 indexes (an email's by address lands anywhere in it): 100,000 vCards' inserts
/// took 6.2–6.5 s with 2 MB, 4.3–4.7 s with 8 MB (load ~10), and 0.6 s less system time.</item>
/// </list>
/// Used by mail and people imports.
/// Does nothing on PostgreSQL.
/// </summary>
sealed class SqliteImportSettings : IAsyncDisposable
{
    const string Import = "PRAGMA wal_autocheckpoint=10000; PRAGMA cache_size=-8000;";
    const string Defaults = "PRAGMA wal_autocheckpoint=1000; PRAGMA cache_size=-2000;";
    readonly AlliesDb? _db;

    SqliteImportSettings(AlliesDb? db) => _db = db;

    public static async Task<SqliteImportSettings> ApplyAsync(AlliesDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new(null);
        }

        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(Import, ct);
        return new(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.Database.ExecuteSqlRawAsync(Defaults);
            await _db.Database.CloseConnectionAsync();
        }
    }
}
