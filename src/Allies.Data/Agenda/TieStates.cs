using Allies.Core.Ties;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Agenda;

/// <summary>
/// Keeps each contact's tie summary in step with its interactions, incrementally and self-healing: at read time it
/// refolds only contacts with interactions created after the owner's watermark (imports, the API), contacts InteractionService marked stale (logged, edited or deleted), contacts marked stale (an interaction
/// edited or deleted), and contacts that have no state yet (new, imported or demo contacts). Writers need not know.
/// </summary>
public sealed class TieStates(AlliesDb db, TimeProvider clock)
{
    const int Batch = 400;

    public async Task RefreshAsync(Guid ownerId, CancellationToken ct = default)
    {
        var mark = await db.TieWatermarks.FirstOrDefaultAsync(w => w.OwnerId == ownerId, ct);
        var sinceUtc = mark?.Through.ToUniversalTime();

        // The first time, every contact lacks a state and is folded below: no need to list the whole history here.
        var recent = sinceUtc is not { } since ? []
            : await db.Interactions.AsNoTracking().Where(i => i.OwnerId == ownerId && i.CreatedAt > since)
                .Select(i => new Recent(i.CreatedAt, i.Participants.Select(p => p.ContactId).ToList()))
                .ToListAsync(ct);
        var changed = recent.SelectMany(r => r.Ids).ToHashSet();
        changed.UnionWith(await db.TieStates.Where(t => t.OwnerId == ownerId && t.Stale).Select(t => t.ContactId).ToListAsync(ct));
        // Every state belongs to a contact (cascade), so equal counts mean no contact lacks one: two index counts instead
        // of probing each contact on every request.
        if (await db.Contacts.CountAsync(c => c.OwnerId == ownerId, ct) != await db.TieStates.CountAsync(t => t.OwnerId == ownerId, ct))
        {
            changed.UnionWith(await db.Contacts.Where(c => c.OwnerId == ownerId && !db.TieStates.Any(t => t.ContactId == c.Id)).Select(c => c.Id).ToListAsync(ct));
        }

        foreach (var chunk in changed.Order().Chunk(Batch))
        {
            await RefoldAsync(ownerId, chunk, ct);
        }

        var newest = recent.Count == 0 ? (DateTimeOffset?)null : recent.Max(r => r.CreatedAt);
        if (mark is null)
        {
            newest = await db.Interactions.Where(i => i.OwnerId == ownerId).OrderByDescending(i => i.CreatedAt).Select(i => (DateTimeOffset?)i.CreatedAt).FirstOrDefaultAsync(ct);
            db.TieWatermarks.Add(new TieWatermark { OwnerId = ownerId, Through = (newest ?? clock.GetUtcNow().AddYears(-100)).ToUniversalTime() });
            await SaveAsync(ct);
        }
        else if (newest is { } n && n > mark.Through)
        {
            mark.Through = n.ToUniversalTime();
            await SaveAsync(ct);
        }
    }

    sealed record Recent(DateTimeOffset CreatedAt, List<Guid> Ids);

    /// <summary>Marks the states of these contacts for refolding (an interaction of theirs was changed or deleted).</summary>
    public Task MarkStaleAsync(Guid ownerId, IReadOnlyCollection<Guid> contactIds, CancellationToken ct = default) =>
        db.TieStates.Where(t => t.OwnerId == ownerId && contactIds.Contains(t.ContactId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Stale, true), ct);

    async Task RefoldAsync(Guid ownerId, Guid[] ids, CancellationToken ct)
    {
        var rows = await db.InteractionParticipants.AsNoTracking()
            .Where(p => p.OwnerId == ownerId && ids.Contains(p.ContactId))
            .Join(db.Interactions, p => p.InteractionId, i => i.Id, (p, i) => new { p.ContactId, i.Id, i.OccurredAt, i.Kind, i.InitiatedBy, i.Depth, i.Summary })
            .ToListAsync(ct);
        var exchanges = await db.Exchanges.AsNoTracking().Where(e => e.OwnerId == ownerId && ids.Contains(e.ContactId))
            .Select(e => new { e.ContactId, e.InteractionId, e.Direction, e.What }).ToListAsync(ct);
        var directions = exchanges.ToLookup(e => (e.ContactId, e.InteractionId), e => e.Direction);
        var whats = exchanges.Where(e => !string.IsNullOrWhiteSpace(e.What)).ToLookup(e => (e.ContactId, e.InteractionId), e => e.What!);
        var existing = await db.TieStates.Where(t => t.OwnerId == ownerId && ids.Contains(t.ContactId)).ToDictionaryAsync(t => t.ContactId, ct);
        var known = (await db.Contacts.Where(c => c.OwnerId == ownerId && ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var byContact = rows.ToLookup(r => r.ContactId);
        foreach (var id in ids)
        {
            if (!known.Contains(id))
            {
                continue;
            }

            var history = byContact[id].OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).ToList();
            var summary = TieStrength.Fold(history.Select(r => Touch.From(r.OccurredAt, r.Kind, r.InitiatedBy, r.Depth, directions[(id, r.Id)])));
            // What the last talk was about, for drafts: its summary, or else what was given or asked in it.
            var last = history.AsEnumerable().Reverse()
                .Select(r => !string.IsNullOrWhiteSpace(r.Summary) ? r.Summary : whats[(id, r.Id)].FirstOrDefault())
                .FirstOrDefault(t => t is not null);
            if (last is { Length: > 300 })
            {
                last = last[..299] + "…";
            }

            if (!existing.TryGetValue(id, out var state))
            {
                state = new TieState { ContactId = id, OwnerId = ownerId };
                db.TieStates.Add(state);
            }

            state.Set(summary, last);
        }

        await SaveAsync(ct);
    }

    /// <summary>Two requests may refold the same contact at once; the second's work is the same, so losing the race is fine.</summary>
    async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
