using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

/// <summary>
/// The duplicates review: pairs of contacts that may be the same person. Merging keeps contact A (the one that was
/// there first), merges B's fields into it without losing a value (<see cref="ContactMerge"/>), moves everything B
/// owned to A, then deletes B. Keeping apart closes the pair so imports never propose it again.
/// </summary>
public sealed class DuplicateService(AlliesDb db, TimeProvider clock)
{
    /// <summary>The tables holding a contact id that a merge moves: the guard test fails when a new one is missing here.</summary>
    public static readonly IReadOnlyList<string> MovedReferences =
    [
        "ContactEmail.ContactId", "ContactPhone.ContactId", "ContactTag.ContactId", "Contact.IntroducedById",
        "InteractionParticipant.ContactId", "Exchange.ContactId", "Promise.ContactId", "LifeEvent.ContactId",
        "ContactLink.FromContactId", "ContactLink.ToContactId", "Introduction.ContactAId", "Introduction.ContactBId",
        "Target.ContactId", "EventGuest.ContactId", "DuplicateCandidate.ContactAId", "DuplicateCandidate.ContactBId",
        "ImportReportItem.ContactId", "AgendaDecision.ContactId", "TieState.ContactId",
    ];

    public async Task<IReadOnlyList<DuplicatePair>> ListAsync(Guid ownerId, DuplicateStatus? status = DuplicateStatus.Open, CancellationToken ct = default)
    {
        var q = db.DuplicateCandidates.AsNoTracking().Where(d => d.OwnerId == ownerId);
        // An open pair whose contact was deleted since is moot.
        q = q.Where(d => d.Status != DuplicateStatus.Open || db.Contacts.Any(c => c.OwnerId == ownerId && c.Id == d.ContactBId));
        if (status is { } s)
        {
            q = q.Where(d => d.Status == s);
        }

        var rows = await q.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.ContactAId,
                d.ContactBId,
                d.Reason,
                d.Status,
                d.CreatedAt,
                A = db.Contacts.Where(c => c.Id == d.ContactAId).Select(c => new { c.FirstName, c.LastName, c.Company }).FirstOrDefault(),
                B = db.Contacts.Where(c => c.Id == d.ContactBId).Select(c => new { c.FirstName, c.LastName, c.Company }).FirstOrDefault(),
            }).ToListAsync(ct);

        // Each side's emails and phones: two people of the same name are told apart by them.
        var ids = rows.SelectMany(r => new[] { r.ContactAId, r.ContactBId }).Distinct().ToList();
        var emails = new List<(Guid ContactId, string Value, int Position)>();
        var phones = new List<(Guid ContactId, string Value, int Position)>();
        foreach (var chunk in ids.Chunk(500))
        {
            emails.AddRange((await db.ContactEmails.AsNoTracking().Where(e => chunk.Contains(e.ContactId))
                .Select(e => new { e.ContactId, e.Address, e.Position }).ToListAsync(ct)).Select(e => (e.ContactId, e.Address, e.Position)));
            phones.AddRange((await db.ContactPhones.AsNoTracking().Where(p => chunk.Contains(p.ContactId))
                .Select(p => new { p.ContactId, p.Number, p.Position }).ToListAsync(ct)).Select(p => (p.ContactId, p.Number, p.Position)));
        }

        var emailsOf = emails.OrderBy(e => e.Position).ToLookup(e => e.ContactId, e => e.Value);
        var phonesOf = phones.OrderBy(p => p.Position).ToLookup(p => p.ContactId, p => p.Value);
        return [.. rows.Select(r => new DuplicatePair(r.Id, r.ContactAId, r.A is null ? "" : ContactNames.Display(r.A.FirstName, r.A.LastName), r.A?.Company,
            r.ContactBId, r.B is null ? "" : ContactNames.Display(r.B.FirstName, r.B.LastName), r.B?.Company, r.Reason, r.Status, r.CreatedAt,
            [.. emailsOf[r.ContactAId]], [.. phonesOf[r.ContactAId]], [.. emailsOf[r.ContactBId]], [.. phonesOf[r.ContactBId]]))];
    }

    public async Task KeepApartAsync(Guid ownerId, Guid candidateId, CancellationToken ct = default)
    {
        var d = await db.DuplicateCandidates.FirstOrDefaultAsync(x => x.OwnerId == ownerId && x.Id == candidateId, ct)
            ?? throw new NotFoundException("Duplicate");
        d.Status = DuplicateStatus.KeptApart;
        d.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Merges the pair's second contact into the first; returns the survivor's id.</summary>
    public async Task<Guid> MergeAsync(Guid ownerId, Guid candidateId, CancellationToken ct = default)
    {
        var d = await db.DuplicateCandidates.AsNoTracking().FirstOrDefaultAsync(x => x.OwnerId == ownerId && x.Id == candidateId, ct)
            ?? throw new NotFoundException("Duplicate");
        if (d.Status != DuplicateStatus.Open)
        {
            throw new InvalidInputException([new("Status", "already_decided", "This pair was already merged or kept apart.")]);
        }

        await MergeContactsAsync(ownerId, d.ContactAId, d.ContactBId, candidateId, ct);
        return d.ContactAId;
    }

    /// <summary>Merges <paramref name="loserId"/> into <paramref name="survivorId"/>, in one transaction.</summary>
    public async Task MergeContactsAsync(Guid ownerId, Guid survivorId, Guid loserId, Guid? candidateId = null, CancellationToken ct = default)
    {
        if (survivorId == loserId)
        {
            throw new InvalidInputException([new("Contact", "same_contact", "A contact cannot be merged into itself.")]);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var both = await db.Contacts.Where(c => c.OwnerId == ownerId && (c.Id == survivorId || c.Id == loserId))
                .Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).AsSplitQuery().ToListAsync(ct);
            var survivor = both.FirstOrDefault(c => c.Id == survivorId) ?? throw new NotFoundException("Contact");
            var loser = both.FirstOrDefault(c => c.Id == loserId) ?? throw new NotFoundException("Contact");
            var now = clock.GetUtcNow();
            var introducedBy = loser.IntroducedById == survivorId ? null : loser.IntroducedById;
            loser.IntroducedById = introducedBy;
            // New emails, phones and tags carry keys made here: added explicitly before EF can take them for existing rows.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (ContactMerge.Merge(survivor, loser))
            {
                ImportService.TrackChildren(db, survivor);
            }

            db.ChangeTracker.AutoDetectChangesEnabled = true;

            if (survivor.ArchivedAt is not null && loser.ArchivedAt is null)
            {
                survivor.ArchivedAt = null;
            }

            survivor.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            var (s, l) = (survivorId, loserId);

            // Rows keyed by (x, contact): move unless the survivor already has one, then the loser's goes with the loser.
            var theirs = await db.InteractionParticipants.Where(p => p.OwnerId == ownerId && p.ContactId == s).Select(p => p.InteractionId).ToListAsync(ct);
            var moved = await db.InteractionParticipants.Where(p => p.OwnerId == ownerId && p.ContactId == l && !theirs.Contains(p.InteractionId)).ToListAsync(ct);
            db.InteractionParticipants.RemoveRange(moved);
            await db.SaveChangesAsync(ct);
            db.InteractionParticipants.AddRange(moved.Select(p => new Core.Interactions.InteractionParticipant { InteractionId = p.InteractionId, ContactId = s, OwnerId = ownerId }));

            var events = await db.EventGuests.Where(g => g.OwnerId == ownerId && g.ContactId == s).Select(g => g.EventId).ToListAsync(ct);
            var guests = await db.EventGuests.Where(g => g.OwnerId == ownerId && g.ContactId == l && !events.Contains(g.EventId)).ToListAsync(ct);
            db.EventGuests.RemoveRange(guests);
            await db.SaveChangesAsync(ct);
            db.EventGuests.AddRange(guests.Select(g => new Core.Events.EventGuest
            {
                EventId = g.EventId,
                ContactId = s,
                OwnerId = ownerId,
                IsTarget = g.IsTarget,
                Preparation = g.Preparation,
                Captured = g.Captured,
                CaptureNote = g.CaptureNote,
            }));
            await db.SaveChangesAsync(ct);

            await db.Exchanges.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            await OwnerStamps.BumpAsync(db, ownerId, ct);
            await db.Promises.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            await db.LifeEvents.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            await db.Targets.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            await db.Contacts.Where(e => e.OwnerId == ownerId && e.IntroducedById == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.IntroducedById, s), ct);
            await db.Introductions.Where(e => e.OwnerId == ownerId && e.ContactAId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactAId, s), ct);
            await db.Introductions.Where(e => e.OwnerId == ownerId && e.ContactBId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactBId, s), ct);
            await db.ImportReportItems.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            await db.AgendaDecisions.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteUpdateAsync(u => u.SetProperty(e => e.ContactId, s), ct);
            // A tie state is derived from the interactions: the loser's goes, the survivor's is refolded from the merged history.
            await db.TieStates.Where(e => e.OwnerId == ownerId && e.ContactId == l).ExecuteDeleteAsync(ct);
            await db.TieStates.Where(e => e.OwnerId == ownerId && e.ContactId == s).ExecuteUpdateAsync(u => u.SetProperty(e => e.Stale, true), ct);

            // Links: the loser's links become the survivor's; one that already exists adds its evidence; a link between the two goes.
            var links = await db.ContactLinks.Where(k => k.OwnerId == ownerId && (k.FromContactId == l || k.ToContactId == l || k.FromContactId == s || k.ToContactId == s)).ToListAsync(ct);
            var kept = links.Where(k => k.FromContactId != l && k.ToContactId != l && !(k.FromContactId == s && k.ToContactId == s)).ToList();
            foreach (var link in links.Where(k => k.FromContactId == l || k.ToContactId == l))
            {
                var other = link.FromContactId == l ? link.ToContactId : link.FromContactId;
                db.ContactLinks.Remove(link);
                if (other == s || other == l)
                {
                    continue;
                }

                var same = kept.FirstOrDefault(k => k.FromContactId == other || k.ToContactId == other);
                if (same is not null)
                {
                    same.Evidence += link.Evidence;
                    same.Strength = Math.Max(same.Strength, link.Strength);
                }
                else
                {
                    var copy = new Core.Network.ContactLink
                    {
                        OwnerId = ownerId,
                        FromContactId = link.FromContactId == l ? s : link.FromContactId,
                        ToContactId = link.ToContactId == l ? s : link.ToContactId,
                        Kind = link.Kind,
                        Strength = link.Strength,
                        Source = link.Source,
                        Evidence = link.Evidence,
                    };
                    kept.Add(copy);
                    db.ContactLinks.Add(copy);
                }
            }

            await db.SaveChangesAsync(ct);

            // Other review pairs about the loser now concern the survivor; this pair is merged.
            var pairs = await db.DuplicateCandidates.Where(x => x.OwnerId == ownerId && x.Id != candidateId && (x.ContactAId == l || x.ContactBId == l)).ToListAsync(ct);
            var known = await db.DuplicateCandidates.Where(x => x.OwnerId == ownerId && (x.ContactAId == s || x.ContactBId == s))
                .Select(x => x.ContactAId == s ? x.ContactBId : x.ContactAId).ToListAsync(ct);
            foreach (var p in pairs)
            {
                var other = p.ContactAId == l ? p.ContactBId : p.ContactAId;
                db.DuplicateCandidates.Remove(p);
                if (other != s && !known.Contains(other))
                {
                    known.Add(other);
                    db.DuplicateCandidates.Add(new DuplicateCandidate
                    {
                        OwnerId = ownerId,
                        ContactAId = s,
                        ContactBId = other,
                        Reason = p.Reason,
                        Status = p.Status,
                        CreatedAt = p.CreatedAt,
                        DecidedAt = p.DecidedAt,
                    });
                }
            }

            await db.SaveChangesAsync(ct);
            if (candidateId is { } id)
            {
                await db.DuplicateCandidates.Where(x => x.OwnerId == ownerId && x.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.ContactAId, s).SetProperty(x => x.ContactBId, l)
                        .SetProperty(x => x.Status, DuplicateStatus.Merged).SetProperty(x => x.DecidedAt, now), ct);
            }

            db.Contacts.Remove(loser);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
    }
}

public sealed record DuplicatePair(
    Guid Id, Guid ContactAId, string ContactAName, string? ContactACompany,
    Guid ContactBId, string ContactBName, string? ContactBCompany,
    string Reason, DuplicateStatus Status, DateTimeOffset CreatedAt,
    IReadOnlyList<string> ContactAEmails, IReadOnlyList<string> ContactAPhones, IReadOnlyList<string> ContactBEmails, IReadOnlyList<string> ContactBPhones);
