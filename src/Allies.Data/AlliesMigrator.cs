using Microsoft.EntityFrameworkCore;

namespace Allies.Data;

/// <summary>The one place that brings a database's schema up to date. Runs at start-up of the web app and the CLI.</summary>
public sealed class AlliesMigrator(AlliesDb db)
{
    public async Task MigrateAsync(CancellationToken ct = default) => await db.Database.MigrateAsync(ct);

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(ct)];
}
