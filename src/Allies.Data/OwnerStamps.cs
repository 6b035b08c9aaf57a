using System.Runtime.CompilerServices;
using Allies.Core;
using Allies.Core.Agenda;
using Allies.Core.Ties;
using Allies.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data;

/// <summary>
/// One row per owner whose <see cref="Version"/> changes (to a new random value) whenever any of the owner's data
/// changes. What is computed from an owner's data and kept between requests (the archetype table, the agenda) is stored
/// with the version it was computed from and reused only while that is still the version: one indexed look-up decides.
/// It lives in the database, so a change made by another process (the CLI while the web app runs) is seen too.
/// </summary>
public sealed class OwnerStamp
{
    public Guid OwnerId { get; set; }
    public long Version { get; set; }
}

sealed class OwnerStampConfiguration : IEntityTypeConfiguration<OwnerStamp>
{
    public void Configure(EntityTypeBuilder<OwnerStamp> b)
    {
        b.ToTable("OwnerStamps");
        b.HasKey(s => s.OwnerId);
    }
}

/// <summary>Reads and changes owners' <see cref="OwnerStamp"/>s.</summary>
public static class OwnerStamps
{
    /// <summary>
    /// The owned rows whose changes bump the stamp: all of them but those derived from the others (tie states and their
    /// watermark, refolded from the interactions at read time) and the keys (API tokens, whose last use is noted as they
    /// are used, and the calendar feed's secret), which no computed view reads.
    /// </summary>
    static bool Matters(object entity) => entity is not (TieState or TieWatermark or ApiToken or AgendaFeed or OwnerStamp);

    /// <summary>Whose row this is: an owned entity's owner, or the OwnerId column of a child row (participants, tags, guests).</summary>
    static Guid? OwnerOf(EntityEntry entry) =>
        entry.Entity is IOwned owned ? owned.OwnerId
        : entry.Metadata.FindProperty(nameof(IOwned.OwnerId)) is { } p && entry.Property(p.Name).CurrentValue is Guid g ? g
        : null;

    /// <summary>The owner's current version; null when nothing was ever written for them.</summary>
    public static Task<long?> ReadAsync(AlliesDb db, Guid ownerId, CancellationToken ct = default) =>
        db.OwnerStamps.AsNoTracking().Where(s => s.OwnerId == ownerId).Select(s => (long?)s.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Marks everything computed from the owner's data out of date. Saving tracked entities does it by itself (an
    /// interceptor); call this after set-based statements (ExecuteUpdate / ExecuteDelete, raw SQL) on owned rows, inside
    /// their transaction when there is one.
    /// </summary>
    public static Task BumpAsync(AlliesDb db, Guid ownerId, CancellationToken ct = default) => BumpAsync(db, [ownerId], ct);

    const string Upsert = """INSERT INTO "OwnerStamps" ("OwnerId", "Version") VALUES ({0}, {1}) ON CONFLICT ("OwnerId") DO UPDATE SET "Version" = excluded."Version" """;

    // An upsert, the same on both providers: a new random version, so a restored older state never matches a cache.
    static object Id(DbContext db, Guid owner) => db.Database.IsSqlite() ? owner.ToString().ToUpperInvariant() : owner;

    static async Task BumpAsync(DbContext db, IEnumerable<Guid> owners, CancellationToken ct)
    {
        foreach (var owner in owners)
        {
            await db.Database.ExecuteSqlRawAsync(Upsert, [Id(db, owner), Random.Shared.NextInt64()], ct);
        }
    }

    static void Bump(DbContext db, IEnumerable<Guid> owners)
    {
        foreach (var owner in owners)
        {
            db.Database.ExecuteSqlRaw(Upsert, [Id(db, owner), Random.Shared.NextInt64()]);
        }
    }

    /// <summary>
    /// Notes, before a save, the owners of the added, changed or deleted rows that matter, and bumps their stamps once the
    /// save has succeeded (in its transaction when there is one). After, not before: a view computed while the save runs
    /// is stored under the old version and so is not reused.
    /// </summary>
    public sealed class Interceptor : SaveChangesInterceptor
    {
        public static readonly Interceptor Instance = new();

        readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Note(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            if (Take(eventData.Context) is { } owners)
            {
                Bump(eventData.Context!, owners);
            }

            return result;
        }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (Take(eventData.Context) is { } owners)
            {
                await BumpAsync(eventData.Context!, owners, cancellationToken);
            }

            return result;
        }

        public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Take(eventData.Context);
            return Task.CompletedTask;
        }

        void Note(DbContext? context)
        {
            if (context is null)
            {
                return;
            }

            HashSet<Guid>? owners = null;
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Matters(entry.Entity) && OwnerOf(entry) is { } owner)
                {
                    (owners ??= []).Add(owner);
                }
            }

            if (owners is not null)
            {
                _pending.AddOrUpdate(context, owners);
            }
        }

        HashSet<Guid>? Take(DbContext? context)
        {
            if (context is null || !_pending.TryGetValue(context, out var owners))
            {
                return null;
            }

            _pending.Remove(context);
            return owners;
        }
    }
}
