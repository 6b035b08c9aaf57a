using Allies.Core;
using Allies.Core.Reciprocity;
using Allies.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Reciprocity;

/// <summary>Promises of one owner: made by them or by me, from an interaction or on their own.</summary>
public sealed class PromiseService(AlliesDb db, TimeProvider clock, SettingsService settings)
{
    public async Task<PromiseView> AddAsync(Guid ownerId, PromiseInput input, CancellationToken ct = default)
    {
        var today = await settings.TodayAsync(ownerId, ct);
        var errors = input.Validate().ToList();
        var madeOn = today;
        if (!await db.Contacts.AnyAsync(c => c.OwnerId == ownerId && c.Id == input.ContactId, ct))
        {
            errors.Add(new("ContactId", "contact_unknown", "The person is not among your contacts."));
        }

        if (input.InteractionId is { } interactionId)
        {
            var interaction = await db.Interactions.AsNoTracking().Where(i => i.OwnerId == ownerId && i.Id == interactionId)
                .Select(i => new { i.OccurredAt, Took = i.Participants.Any(p => p.ContactId == input.ContactId) }).FirstOrDefaultAsync(ct);
            if (interaction is null)
            {
                errors.Add(new("InteractionId", "interaction_unknown", "The interaction is not among yours."));
            }
            else
            {
                if (!interaction.Took)
                {
                    errors.Add(new("InteractionId", "not_a_participant", "The person did not take part in that interaction."));
                }

                var zone = SettingsService.FindZone((await settings.GetAsync(ownerId, ct)).TimeZone) ?? TimeZoneInfo.Utc;
                madeOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(interaction.OccurredAt, zone).DateTime);
            }
        }

        if (input.DueOn is { } due && due < madeOn)
        {
            errors.Add(new("DueOn", "due_before_made", $"A promise cannot be due before it was made ({madeOn:yyyy-MM-dd})."));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var promise = new Promise
        {
            OwnerId = ownerId,
            ContactId = input.ContactId,
            InteractionId = input.InteractionId,
            PromisedBy = input.PromisedBy,
            What = input.What!.Trim(),
            DueOn = input.DueOn,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Promises.Add(promise);
        await db.SaveChangesAsync(ct);
        return (await FindAsync(ownerId, promise.Id, ct))!;
    }

    public async Task<PromiseView?> FindAsync(Guid ownerId, Guid id, CancellationToken ct = default) =>
        (await ViewsAsync(db.Promises.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Id == id), ct)).FirstOrDefault();

    public async Task<IReadOnlyList<PromiseView>> ListAsync(Guid ownerId, PromiseQuery query, CancellationToken ct = default)
    {
        var q = db.Promises.AsNoTracking().Where(p => p.OwnerId == ownerId);
        if (query.ContactId is { } contactId)
        {
            q = q.Where(p => p.ContactId == contactId);
        }

        if (query.Status is { } status)
        {
            q = q.Where(p => p.Status == status);
        }

        if (query.DueBy is { } dueBy)
        {
            q = q.Where(p => p.DueOn != null && p.DueOn <= dueBy);
        }

        var rows = await ViewsAsync(q, ct);
        // Due first (soonest first, undated last), then newest: sorted here so both providers order alike.
        return [.. rows.OrderBy(p => p.DueOn ?? DateOnly.MaxValue).ThenByDescending(p => p.CreatedAt).Take(Math.Clamp(query.Limit, 1, 1000))];
    }

    /// <summary>Open promises due within <paramref name="days"/> days or overdue: the dashboard's list.</summary>
    public async Task<IReadOnlyList<PromiseView>> DueAsync(Guid ownerId, int days, CancellationToken ct = default)
    {
        var today = await settings.TodayAsync(ownerId, ct);
        return await ListAsync(ownerId, new PromiseQuery { Status = PromiseStatus.Open, DueBy = today.AddDays(days), Limit = 50 }, ct);
    }

    public async Task<PromiseView> SetStatusAsync(Guid ownerId, Guid id, PromiseStatus status, CancellationToken ct = default)
    {
        var promise = await db.Promises.FirstOrDefaultAsync(p => p.OwnerId == ownerId && p.Id == id, ct) ?? throw new NotFoundException("Promise");
        promise.Status = status;
        promise.ResolvedAt = status == PromiseStatus.Open ? null : clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await FindAsync(ownerId, id, ct))!;
    }

    public async Task DeleteAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        if (await db.Promises.Where(p => p.OwnerId == ownerId && p.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            throw new NotFoundException("Promise");
        }

        await OwnerStamps.BumpAsync(db, ownerId, ct);
    }

    async Task<List<PromiseView>> ViewsAsync(IQueryable<Promise> q, CancellationToken ct)
    {
        var rows = await (from p in q
                          join c in db.Contacts on p.ContactId equals c.Id
                          select new { p, c.FirstName, c.LastName }).ToListAsync(ct);
        return [.. rows.Select(r => new PromiseView(r.p.Id, r.p.ContactId, Core.Contacts.ContactNames.Display(r.FirstName, r.LastName), r.p.InteractionId,
            r.p.PromisedBy, r.p.What, r.p.DueOn, r.p.Status, r.p.CreatedAt, r.p.ResolvedAt))];
    }
}

public sealed record PromiseQuery
{
    public Guid? ContactId { get; init; }
    public PromiseStatus? Status { get; init; }
    public DateOnly? DueBy { get; init; }
    public int Limit { get; init; } = 200;
}

public sealed record PromiseView(
    Guid Id, Guid ContactId, string ContactName, Guid? InteractionId, PromisedBy PromisedBy, string What, DateOnly? DueOn, PromiseStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt)
{
    public bool IsOverdue(DateOnly today) => Status == PromiseStatus.Open && DueOn is { } due && due < today;
}
