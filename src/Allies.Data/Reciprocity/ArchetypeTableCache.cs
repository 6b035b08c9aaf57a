using System.Collections.Concurrent;

namespace Allies.Data.Reciprocity;

/// <summary>
/// The network-wide archetype table of each owner, as last computed, reused while the owner's <see cref="OwnerStamp"/>
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
