using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allies.Data.Reciprocity;

/// <summary>
/// One row per owner whose <see cref="Version"/> changes (to a new random value) whenever something the archetype table
/// reads changes: an exchange, an interaction, a contact or the owner's settings. It lives in the database, so a change
/// made by another process (the CLI while the web app runs) is seen too.
/// </summary>
public sealed class ArchetypeStamp
{
    public Guid OwnerId { get; set; }
    public long Version { get; set; }
}

sealed class ArchetypeStampConfiguration : IEntityTypeConfiguration<ArchetypeStamp>
{
    public void Configure(EntityTypeBuilder<ArchetypeStamp> b)
    {
        b.ToTable("ArchetypeStamps");
        b.HasKey(s => s.OwnerId);
    }
}

/// <summary>Changes owners' <see cref="ArchetypeStamp"/>s.</summary>
public static class ArchetypeStamps
{
    /// <summary>The types whose rows the archetype table reads.</summary>
    static bool Matters(object entity) => entity is Exchange or Interaction or Contact or OwnerSettings;

    /// <summary>
    /// Marks the owner's archetype table out of date. Saving tracked entities does it by itself (an interceptor); call this
    /// after set-based statements (ExecuteUpdate / ExecuteDelete) on exchanges, interactions, contacts or settings.
    /// </summary>
    public static Task BumpAsync(AlliesDb db, Guid ownerId, CancellationToken ct = default) => BumpAsync(db, [ownerId], ct);

    static async Task BumpAsync(DbContext db, IEnumerable<Guid> owners, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        foreach (var owner in owners)
        {
            // An upsert, the same on both providers: a new random version, so a restored older state never matches a cache.
            object id = sqlite ? owner.ToString().ToUpperInvariant() : owner;
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "ArchetypeStamps" ("OwnerId", "Version") VALUES ({0}, {1}) ON CONFLICT ("OwnerId") DO UPDATE SET "Version" = excluded."Version" """,
                [id, Random.Shared.NextInt64()], ct);
        }
    }

    static void Bump(DbContext db, IEnumerable<Guid> owners)
    {
        var sqlite = db.Database.IsSqlite();
        foreach (var owner in owners)
        {
            object id = sqlite ? owner.ToString().ToUpperInvariant() : owner;
            db.Database.ExecuteSqlRaw(
                """INSERT INTO "ArchetypeStamps" ("OwnerId", "Version") VALUES ({0}, {1}) ON CONFLICT ("OwnerId") DO UPDATE SET "Version" = excluded."Version" """,
                [id, Random.Shared.NextInt64()]);
        }
    }

    /// <summary>
    /// Notes, before a save, the owners of the added, changed or deleted rows that matter, and bumps their stamps once the
    /// save has succeeded (in its transaction when there is one). After, not before: a table computed while the save runs
    /// is stored under the old version and so is not reused.
    /// </summary>
    internal sealed class Interceptor : SaveChangesInterceptor
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
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Matters(entry.Entity) && entry.Entity is IOwned owned)
                {
                    (owners ??= []).Add(owned.OwnerId);
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

/// <summary>
/// The network-wide archetype table of each owner, as last computed, reused while the owner's <see cref="ArchetypeStamp"/>
/// has not changed and for at most <see cref="MaxAge"/> (the windows move with the clock). One per process.
/// </summary>
public sealed class ArchetypeTableCache
{
    /// <summary>How long a table is reused when nothing changed: the windows it was computed for have moved by at most this.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Tables kept at most; beyond, the cache starts again empty (each is a few kilobytes).</summary>
    const int MaxEntries = 1000;

    readonly ConcurrentDictionary<(Guid Owner, int Limit), Entry> _entries = new();

    sealed record Entry(long? Stamp, DateTimeOffset ComputedAt, ArchetypeOverview Overview);

    internal ArchetypeOverview? Find(Guid owner, int limit, long? stamp, DateTimeOffset now) =>
        _entries.TryGetValue((owner, limit), out var e) && e.Stamp == stamp && now >= e.ComputedAt && now - e.ComputedAt < MaxAge ? e.Overview : null;

    internal void Store(Guid owner, int limit, long? stamp, DateTimeOffset now, ArchetypeOverview overview)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(owner, limit)] = new Entry(stamp, now, overview);
    }
}
