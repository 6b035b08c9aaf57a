using Microsoft.EntityFrameworkCore;

namespace Allies.Data;

/// <summary>The one place that brings a database's schema up to date. Runs at start-up of the web app and the CLI.</summary>
public sealed class AlliesMigrator(AlliesDb db)
{
    /// <summary>
    /// Applies the migrations this database lacks. Most runs find none: that is one read of the history table, without
    /// Migrate's comparison of the model with the last migration's snapshot and its lock, which cost a cold CLI command
    /// about a second.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(ct)];
}
