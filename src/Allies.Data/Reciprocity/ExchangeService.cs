using Allies.Core;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Reciprocity;

/// <summary>Exchanges after the fact: add one to an interaction, change an outcome, record the answer to something I started.</summary>
public sealed class ExchangeService(AlliesDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExchangeView>> ListAsync(Guid ownerId, Guid interactionId, CancellationToken ct = default)
    {
        await EnsureInteractionAsync(ownerId, interactionId, ct);
        return await db.Exchanges.AsNoTracking().Where(e => e.OwnerId == ownerId && e.InteractionId == interactionId)
            .OrderBy(e => e.Id)
            .Select(e => new ExchangeView(e.Id, e.ContactId, e.Kind, e.Direction, e.What, e.Outcome, e.IsProbe))
            .ToListAsync(ct);
    }

    public async Task<ExchangeView> AddAsync(Guid ownerId, Guid interactionId, ExchangeInput input, CancellationToken ct = default)
    {
        var interaction = await db.Interactions.AsNoTracking().Where(i => i.OwnerId == ownerId && i.Id == interactionId)
            .Select(i => new { i.Id, i.OccurredAt, Participants = i.Participants.Select(p => p.ContactId).ToList() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Interaction");
        // The same rules as an exchange logged with its interaction.
        var check = new InteractionInput { ParticipantIds = interaction.Participants, Exchanges = [input] };
        var errors = check.Validate(DateTimeOffset.MaxValue).Select(e => e with { Field = e.Field.Replace("Exchanges[0].", "", StringComparison.Ordinal) }).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var exchange = new Exchange
        {
            OwnerId = ownerId,
            InteractionId = interactionId,
            OccurredAt = interaction.OccurredAt,
            ContactId = input.ContactId ?? interaction.Participants[0],
            Kind = input.Kind,
            Direction = input.Direction,
            What = string.IsNullOrWhiteSpace(input.What) ? null : input.What.Trim(),
            Outcome = input.Outcome,
            IsProbe = input.IsProbe,
        };
        db.Exchanges.Add(exchange);
        await db.SaveChangesAsync(ct);
        return View(exchange);
    }

    /// <summary>
    /// Changes how an exchange ended (and whether it was a probe). An unknown exchange, or one of another interaction, is
    /// not found; an outcome its direction cannot have (what they gave "ignored") is refused, and nothing is saved.
    /// </summary>
    public async Task<ExchangeView> UpdateAsync(Guid ownerId, Guid interactionId, Guid exchangeId, ExchangeOutcome? outcome, bool? isProbe, CancellationToken ct = default)
    {
        var exchange = await db.Exchanges.FirstOrDefaultAsync(e => e.OwnerId == ownerId && e.Id == exchangeId && e.InteractionId == interactionId, ct)
            ?? throw new NotFoundException("Exchange");
        var errors = new List<FieldError>();
        if (outcome is { } o && !ExchangeSides.IsAllowed(exchange.Direction, o))
        {
            errors.Add(ExchangeSides.NotAllowed("Outcome", exchange.Direction, o));
        }

        if (isProbe == true && !ExchangeSides.CanBeProbe(exchange.Direction))
        {
            errors.Add(new("IsProbe", "probe_not_mine", "Only something you gave or asked can be a probe."));
        }

        if (outcome is null && isProbe is null)
        {
            errors.Add(new("Outcome", "outcome_required", $"Give the new outcome: {string.Join(", ", ExchangeSides.Allowed(exchange.Direction))}."));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        exchange.Outcome = outcome ?? exchange.Outcome;
        exchange.IsProbe = isProbe ?? exchange.IsProbe;
        await db.SaveChangesAsync(ct);
        return View(exchange);
    }

    /// <summary>The same, found by the exchange's id alone (the contact page and the CLI know only that).</summary>
    public async Task<ExchangeView> UpdateAsync(Guid ownerId, Guid exchangeId, ExchangeOutcome? outcome, bool? isProbe, CancellationToken ct = default)
    {
        var interactionId = await db.Exchanges.Where(e => e.OwnerId == ownerId && e.Id == exchangeId).Select(e => (Guid?)e.InteractionId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Exchange");
        return await UpdateAsync(ownerId, interactionId, exchangeId, outcome, isProbe, ct);
    }

    public async Task<ExchangeDetail?> FindAsync(Guid ownerId, Guid exchangeId, CancellationToken ct = default) =>
        await (from e in db.Exchanges.AsNoTracking()
               join i in db.Interactions on e.InteractionId equals i.Id
               join c in db.Contacts on e.ContactId equals c.Id
               where e.OwnerId == ownerId && e.Id == exchangeId
               select new ExchangeDetail(new ExchangeView(e.Id, e.ContactId, e.Kind, e.Direction, e.What, e.Outcome, e.IsProbe), e.InteractionId, i.OccurredAt, i.Kind, c.FirstName, c.LastName))
            .FirstOrDefaultAsync(ct);

    /// <summary>Records how they answered something I started (null clears it, so the answer is derived again).</summary>
    public async Task<InteractionReply> SetReplyAsync(Guid ownerId, Guid interactionId, ReplyStatus? reply, DateTimeOffset? at, CancellationToken ct = default)
    {
        var interaction = await db.Interactions.FirstOrDefaultAsync(i => i.OwnerId == ownerId && i.Id == interactionId, ct) ?? throw new NotFoundException("Interaction");
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        if (reply is not null && interaction.InitiatedBy != Initiator.Me)
        {
            errors.Add(new("Reply", "not_started_by_me", "An answer can only be recorded on something you started (InitiatedBy Me)."));
        }

        if (at is { } when && when.ToUniversalTime() < interaction.OccurredAt)
        {
            errors.Add(new("RepliedAt", "reply_before_interaction", "An answer cannot come before what it answers."));
        }

        if (at is { } later && later > now + InteractionInput.FutureTolerance)
        {
            errors.Add(new("RepliedAt", "date_in_future", "An answer you record has already happened: its date cannot be in the future."));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        interaction.Reply = reply;
        interaction.RepliedAt = reply is null or ReplyStatus.NoAnswer ? null : (at ?? now).ToUniversalTime();
        await db.SaveChangesAsync(ct);
        return new(interaction.Id, interaction.Reply, interaction.RepliedAt);
    }

    async Task EnsureInteractionAsync(Guid ownerId, Guid interactionId, CancellationToken ct)
    {
        if (!await db.Interactions.AnyAsync(i => i.OwnerId == ownerId && i.Id == interactionId, ct))
        {
            throw new NotFoundException("Interaction");
        }
    }

    static ExchangeView View(Exchange e) => new(e.Id, e.ContactId, e.Kind, e.Direction, e.What, e.Outcome, e.IsProbe);
}

public sealed record ExchangeDetail(ExchangeView Exchange, Guid InteractionId, DateTimeOffset OccurredAt, InteractionKind InteractionKind, string FirstName, string LastName)
{
    public string ContactName => Core.Contacts.ContactNames.Display(FirstName, LastName);
}

public sealed record InteractionReply(Guid InteractionId, ReplyStatus? Reply, DateTimeOffset? RepliedAt);
