using Allies.Core;
using Allies.Core.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Agenda;

/// <summary>Life events of the owner's contacts (new job, promotion, birthday — which recurs every year — …).</summary>
public sealed class LifeEventService(AlliesDb db)
{
    public async Task<IReadOnlyList<LifeEvent>> ListAsync(Guid ownerId, Guid? contactId = null, CancellationToken ct = default)
    {
        var q = db.LifeEvents.AsNoTracking().Where(e => e.OwnerId == ownerId);
        if (contactId is { } id)
        {
            q = q.Where(e => e.ContactId == id);
        }

        return await q.OrderByDescending(e => e.OccurredOn).ThenBy(e => e.Id).ToListAsync(ct);
    }

    public async Task<LifeEvent> AddAsync(Guid ownerId, Guid contactId, LifeEventInput input, CancellationToken ct = default)
    {
        await ValidateAsync(ownerId, contactId, input, ct);
        var e = new LifeEvent { OwnerId = ownerId, ContactId = contactId };
        input.ApplyTo(e);
        db.LifeEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task<LifeEvent> UpdateAsync(Guid ownerId, Guid id, LifeEventInput input, CancellationToken ct = default)
    {
        var e = await db.LifeEvents.FirstOrDefaultAsync(x => x.OwnerId == ownerId && x.Id == id, ct) ?? throw new NotFoundException("Life event");
        await ValidateAsync(ownerId, e.ContactId, input, ct);
        input.ApplyTo(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task DeleteAsync(Guid ownerId, Guid id, CancellationToken ct = default)
    {
        if (await db.LifeEvents.Where(x => x.OwnerId == ownerId && x.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            throw new NotFoundException("Life event");
        }

        await OwnerStamps.BumpAsync(db, ownerId, ct);
    }

    async Task ValidateAsync(Guid ownerId, Guid contactId, LifeEventInput input, CancellationToken ct)
    {
        if (!await db.Contacts.AnyAsync(c => c.OwnerId == ownerId && c.Id == contactId, ct))
        {
            throw new NotFoundException("Contact");
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}

public sealed record LifeEventInput(LifeEventKind Kind, DateOnly OccurredOn, string? Note = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new("Kind", "kind_unknown", "The kind of life event is not one Allies knows."));
        }

        if (Note is { Length: > 1000 })
        {
            errors.Add(new("Note", "too_long", "The note is longer than 1000 characters."));
        }

        if (OccurredOn.Year < 1900 || OccurredOn.Year > 2200)
        {
            errors.Add(new("OccurredOn", "date_range", "The date must be between 1900 and 2200."));
        }

        return errors;
    }

    public void ApplyTo(LifeEvent e)
    {
        e.Kind = Kind;
        e.OccurredOn = OccurredOn;
        e.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
