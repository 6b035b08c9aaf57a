using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Interactions;

/// <summary>Interactions of one owner, with their participants and exchanges.</summary>
public sealed class InteractionService(AlliesDb db, TimeProvider clock, Agenda.TieStates ties)
{
    public async Task<Paged<InteractionView>> ListAsync(Guid ownerId, InteractionQuery query, CancellationToken ct = default)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, ContactQuery.MaxPageSize);
        var q = db.Interactions.AsNoTracking().Where(i => i.OwnerId == ownerId);
        if (query.ContactId is { } contactId)
        {
            q = q.Where(i => i.Participants.Any(p => p.ContactId == contactId));
        }

        if (query.Kind is { } kind)
        {
            q = q.Where(i => i.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLower();
            q = q.Where(i => i.Summary != null && i.Summary.ToLower().Contains(term));
        }

        // Stored instants are UTC: PostgreSQL accepts only UTC parameters, and SQLite's encoding orders one offset only.
        if (query.From is { } fromAny)
        {
            var from = fromAny.ToUniversalTime();
            q = q.Where(i => i.OccurredAt >= from);
        }

        if (query.To is { } toAny)
        {
            var to = toAny.ToUniversalTime();
            q = q.Where(i => i.OccurredAt < to);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * size).Take(size)
            .Include(i => i.Participants).Include(i => i.Exchanges)
            .AsSplitQuery()
            .ToListAsync(ct);
        return new(await ViewsAsync(ownerId, rows, ct), total, page, size);
    }

    public async Task<InteractionView?> FindAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        var row = await db.Interactions.AsNoTracking().Include(i => i.Participants).Include(i => i.Exchanges).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.OwnerId == ownerId && i.Id == id, ct);
        return row is null ? null : (await ViewsAsync(ownerId, [row], ct))[0];
    }

    public async Task<InteractionView> LogAsync(Guid ownerId, InteractionInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await ValidateAsync(ownerId, input, now, ct);
        var interaction = new Interaction { OwnerId = ownerId, CreatedAt = now };
        Apply(interaction, input, now);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        await ties.MarkStaleAsync(ownerId, [.. interaction.Participants.Select(p => p.ContactId)], ct);
        return (await FindAsync(ownerId, interaction.Id, ct))!;
    }

    public async Task<InteractionView> UpdateAsync(Guid ownerId, Guid id, InteractionInput input, CancellationToken ct = default)
    {
        var interaction = await db.Interactions.Include(i => i.Participants).Include(i => i.Exchanges).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.OwnerId == ownerId && i.Id == id, ct) ?? throw new NotFoundException("Interaction");
        var now = clock.GetUtcNow();
        await ValidateAsync(ownerId, input, now, ct);
        var before = interaction.Participants.Select(p => p.ContactId).ToList();
        db.RemoveRange(interaction.Participants);
        db.RemoveRange(interaction.Exchanges);
        interaction.Participants.Clear();
        interaction.Exchanges.Clear();
        Apply(interaction, input, interaction.OccurredAt);

        // The new rows carry keys made here; found through the navigation, EF would take them for existing rows to UPDATE.
        db.AddRange(interaction.Participants);
        db.AddRange(interaction.Exchanges);
        await db.SaveChangesAsync(ct);
        await ties.MarkStaleAsync(ownerId, [.. before.Union(interaction.Participants.Select(p => p.ContactId))], ct);
        return (await FindAsync(ownerId, id, ct))!;
    }

    public async Task DeleteAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        var participants = await db.InteractionParticipants.Where(p => p.OwnerId == ownerId && p.InteractionId == id).Select(p => p.ContactId).ToListAsync(ct);
        await ties.MarkStaleAsync(ownerId, participants, ct);
        var deleted = await db.Interactions.Where(i => i.OwnerId == ownerId && i.Id == id).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            throw new NotFoundException("Interaction");
        }

        await OwnerStamps.BumpAsync(db, ownerId, ct);
    }

    async Task ValidateAsync(Guid ownerId, InteractionInput input, DateTimeOffset now, CancellationToken ct)
    {
        var errors = input.Validate(now).ToList();
        var ids = input.ParticipantIds.Distinct().ToList();
        if (ids.Count > 0)
        {
            var known = await db.Contacts.CountAsync(c => c.OwnerId == ownerId && ids.Contains(c.Id), ct);
            if (known != ids.Count)
            {
                errors.Add(new("ParticipantIds", "contact_unknown", "One of the participants is not among your contacts."));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    static void Apply(Interaction interaction, InteractionInput input, DateTimeOffset defaultTime)
    {
        interaction.OccurredAt = (input.OccurredAt ?? defaultTime).ToUniversalTime();
        interaction.Kind = input.Kind;
        interaction.InitiatedBy = input.InitiatedBy;
        interaction.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        interaction.Depth = input.Depth;
        var participants = input.ParticipantIds.Distinct().ToList();
        foreach (var id in participants)
        {
            interaction.Participants.Add(new InteractionParticipant { InteractionId = interaction.Id, ContactId = id, OwnerId = interaction.OwnerId });
        }

        foreach (var e in input.Exchanges)
        {
            interaction.Exchanges.Add(new Exchange
            {
                OwnerId = interaction.OwnerId,
                InteractionId = interaction.Id,
                OccurredAt = interaction.OccurredAt,
                ContactId = e.ContactId ?? participants[0],
                Kind = e.Kind,
                Direction = e.Direction,
                What = string.IsNullOrWhiteSpace(e.What) ? null : e.What.Trim(),
                Outcome = e.Outcome,
                IsProbe = e.IsProbe,
            });
        }
    }

    async Task<IReadOnlyList<InteractionView>> ViewsAsync(Guid ownerId, IReadOnlyList<Interaction> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(r => r.Participants.Select(p => p.ContactId)).Distinct().ToList();
        var names = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, ct);
        return [.. rows.Select(r => new InteractionView(
            r.Id, r.OccurredAt, r.Kind, r.InitiatedBy, r.Summary, r.Depth, r.Source,
            [.. r.Participants.Select(p => new ParticipantView(p.ContactId, names.TryGetValue(p.ContactId, out var n) ? Core.Contacts.ContactNames.Display(n.FirstName, n.LastName) : "?"))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. r.Exchanges.Select(e => new ExchangeView(e.Id, e.ContactId, e.Kind, e.Direction, e.What, e.Outcome, e.IsProbe))]) { Reply = r.Reply, RepliedAt = r.RepliedAt })];
    }
}

public sealed record InteractionQuery
{
    public Guid? ContactId { get; init; }
    public InteractionKind? Kind { get; init; }
    public string? Search { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record InteractionView(
    Guid Id, DateTimeOffset OccurredAt, InteractionKind Kind, Initiator InitiatedBy, string? Summary, Depth Depth, InteractionSource Source,
    IReadOnlyList<ParticipantView> Participants, IReadOnlyList<ExchangeView> Exchanges)
{
    /// <summary>The answer recorded on something I started (null: not recorded).</summary>
    public ReplyStatus? Reply { get; init; }
    public DateTimeOffset? RepliedAt { get; init; }
}

public sealed record ParticipantView(Guid ContactId, string Name);

public sealed record ExchangeView(Guid Id, Guid ContactId, ExchangeKind Kind, ExchangeDirection Direction, string? What, ExchangeOutcome Outcome, bool IsProbe = false);
