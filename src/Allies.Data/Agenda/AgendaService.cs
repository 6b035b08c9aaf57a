using Allies.Core;
using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Messages;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Core.Ties;
using Allies.Data.Interactions;
using Allies.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Agenda;

/// <summary>The agenda of one owner: loads the facts, lets AgendaPlanner rank them, and records done / snooze / skip.</summary>
public sealed class AgendaService(AlliesDb db, TieStates ties, SettingsService settings, InteractionService interactions, AgendaCache cache, TimeProvider clock)
{
    /// <summary>Decisions older than this no longer count for the ritual (a week) and only matter while they hide an item.</summary>
    const int DecisionMemoryDays = 8;

    /// <summary>
    /// The plan, as AgendaPlanner.Plan gives it for the data and "now": reused from <see cref="AgendaCache"/> when
    /// nothing it depends on has changed (one look-up of the owner's stamp) and it is still valid in time; else the
    /// ties are brought up to date and the plan is read and ranked again.
    /// </summary>
    public async Task<AgendaPlan> GetAsync(Guid ownerId, bool all = false, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (cache.Find(ownerId, all, new AgendaStamp(AgendaWrites.Count, await OwnerStamps.ReadAsync(db, ownerId, ct)), now) is { } cached)
        {
            return cached;
        }

        var gate = cache.Gate(ownerId);
        await gate.WaitAsync(ct);
        try
        {
            // Read again once through the gate, and before any of the data: a change saved from here on gives a new
            // version, so a plan read meanwhile is kept under the old one and never reused.
            var version = await OwnerStamps.ReadAsync(db, ownerId, ct);
            if (cache.Find(ownerId, all, new AgendaStamp(AgendaWrites.Count, version), now) is { } planned)
            {
                return planned;
            }

            await ties.RefreshAsync(ownerId, ct);

            // Counted after the refresh, whose writes are only tie states (derived from the interactions already read).
            var stamp = new AgendaStamp(AgendaWrites.Count, version);
            var s = await settings.GetAsync(ownerId, ct);
            var zone = SettingsService.FindZone(s.TimeZone) ?? TimeZoneInfo.Utc;
            var facts = await FactsAsync(ownerId, now, zone, ct);
            var contacts = cache.Contacts(ownerId, stamp);
            if (contacts is null)
            {
                contacts = await ContactsAsync(ownerId, ct);
                cache.Keep(ownerId, stamp, contacts);
            }

            var input = Input(all, now, zone, s, facts, contacts);
            var plan = AgendaPlanner.Plan(input);
            cache.Keep(ownerId, all, stamp, plan, AgendaValidity.Until(input));
            return plan;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Everything the plan is a function of, read afresh (no cache).</summary>
    public async Task<AgendaInput> InputAsync(Guid ownerId, bool all, CancellationToken ct = default)
    {
        await ties.RefreshAsync(ownerId, ct);
        var s = await settings.GetAsync(ownerId, ct);
        var zone = SettingsService.FindZone(s.TimeZone) ?? TimeZoneInfo.Utc;
        var now = clock.GetUtcNow();
        var facts = await FactsAsync(ownerId, now, zone, ct);
        return Input(all, now, zone, s, facts, await ContactsAsync(ownerId, ct));
    }

    async Task<AgendaFacts> FactsAsync(Guid ownerId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken ct)
    {
        var recentDecisions = now.AddDays(-DecisionMemoryDays).ToUniversalTime();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var decisions = await db.AgendaDecisions.AsNoTracking()
            .Where(d => d.OwnerId == ownerId && (d.Until == null || d.Until > today || d.DecidedAt >= recentDecisions))
            .Select(d => new DecisionFact(d.ItemKey, d.ContactId, d.Kind, d.DecidedAt, d.Until)).ToListAsync(ct);
        var events = await db.LifeEvents.AsNoTracking().Where(e => e.OwnerId == ownerId)
            .Select(e => new LifeEventFact(e.Id, e.ContactId, e.Kind, e.OccurredOn, e.Note, e.CongratulatedInInteractionId != null)).ToListAsync(ct);
        // Only promises the planner can show: due soon (or without a due date); the rest stay in the database.
        var dueBy = today.AddDays(AgendaPlanner.PromiseDaysAhead);
        var promises = await db.Promises.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Status == PromiseStatus.Open && p.PromisedBy == PromisedBy.Me && (p.DueOn == null || p.DueOn <= dueBy))
            .Select(p => new PromiseFact(p.Id, p.ContactId, p.PromisedBy, p.What, p.DueOn, p.Status, p.CreatedAt)).ToListAsync(ct);
        var intros = await db.Introductions.AsNoTracking().Where(i => i.OwnerId == ownerId && i.Outcome == IntroductionOutcome.Open)
            .Select(i => new IntroductionFact(i.Id, i.ContactAId, i.ContactBId, i.Reason, i.ProposedAt, i.AAskedAt, i.AAcceptedAt, i.BAskedAt, i.BAcceptedAt, i.SentAt, i.MetAt, i.Outcome))
            .ToListAsync(ct);
        return new AgendaFacts(decisions, events, promises, intros);
    }

    static AgendaInput Input(bool all, DateTimeOffset now, TimeZoneInfo zone, OwnerSettings s, AgendaFacts facts, IReadOnlyList<AgendaContact> contacts) => new()
    {
        Now = now,
        Zone = zone,
        Rules = AgendaRules.From(s),
        All = all,
        Contacts = contacts,
        Decisions = facts.Decisions,
        LifeEvents = facts.LifeEvents,
        Promises = facts.Promises,
        Introductions = facts.Introductions,
    };

    async Task<List<AgendaContact>> ContactsAsync(Guid ownerId, CancellationToken ct)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null)
            .Join(db.TieStates, c => c.Id, t => t.ContactId, (c, t) => new
            {
                c.Id,
                c.FirstName,
                c.LastName,
                c.Company,
                c.PinnedCircle,
                c.CadenceDays,
                c.MetOn,
                c.HowMet,
                c.WhereMet,
                c.PersonalDetail,
                c.Needs,
                c.Interests,
                c.Birthday,
                // Only the tie's numbers, not the tracked-shaped entity: this runs over every contact when the plan is not cached.
                t.FirstAt,
                t.LastTouchAt,
                t.LastExchangeAt,
                t.Stability,
                t.Weight,
                t.Exchanges,
                t.TwoWay,
                t.Deep,
                t.Given,
                t.Reactions,
                t.LastSummary,
            })
            .ToListAsync(ct);
        return [.. contacts.Select(c => new AgendaContact
            {
                Id = c.Id, FirstName = c.FirstName, LastName = c.LastName, Company = c.Company, PinnedCircle = c.PinnedCircle, CadenceDays = c.CadenceDays,
                MetOn = c.MetOn, HowMet = c.HowMet, WhereMet = c.WhereMet, PersonalDetail = c.PersonalDetail, Needs = c.Needs,
                Interests = c.Interests.Count == 0 ? null : string.Join(", ", c.Interests), Birthday = c.Birthday,
                Tie = new TieSummary
                {
                    FirstAt = c.FirstAt, LastTouchAt = c.LastTouchAt, LastExchangeAt = c.LastExchangeAt, Stability = c.Stability, Weight = c.Weight,
                    Exchanges = c.Exchanges, TwoWay = c.TwoWay, Deep = c.Deep, Given = c.Given, Reactions = c.Reactions,
                },
                LastSummary = c.LastSummary,
            })];
    }

    /// <summary>A contact's tie now: strength with its factors, circle (pinned or computed) and cadence.</summary>
    public async Task<TieView> TieAsync(Guid ownerId, Guid contactId, CancellationToken ct = default)
    {
        await ties.RefreshAsync(ownerId, ct);
        var c = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Id == contactId)
            .Select(c => new { c.PinnedCircle, c.CadenceDays }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Contact");
        var state = await db.TieStates.AsNoTracking().FirstOrDefaultAsync(t => t.ContactId == contactId, ct);
        var score = TieStrength.Score(state?.ToSummary() ?? TieSummary.Empty, clock.GetUtcNow());
        var rules = AgendaRules.From(await settings.GetAsync(ownerId, ct));
        var circle = c.PinnedCircle ?? Circles.FromScore(score.Score);
        return new TieView(score, circle, c.PinnedCircle is not null, c.CadenceDays ?? rules.CadenceOf(circle), c.CadenceDays is not null);
    }

    /// <summary>Done: logs the interaction (a message by default), closes what it answered (promise kept, event congratulated), counts for the ritual.</summary>
    public async Task<AgendaDecision> DoneAsync(Guid ownerId, string key, AgendaDone? how = null, CancellationToken ct = default)
    {
        var (item, today) = await FindAsync(ownerId, key, ct);
        how ??= new AgendaDone();
        var logged = await interactions.LogAsync(ownerId, new InteractionInput
        {
            ParticipantIds = [item.Contact.Id],
            Kind = how.Kind,
            InitiatedBy = Initiator.Me,
            Depth = how.Depth,
            Summary = string.IsNullOrWhiteSpace(how.Note) ? AgendaText.Todo(item, "en") : how.Note,
        }, ct);
        if (item.LifeEvent is { } e && e.Id != e.ContactId)
        {
            await db.LifeEvents.Where(l => l.OwnerId == ownerId && l.Id == e.Id && l.Kind != LifeEventKind.Birthday)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.CongratulatedInInteractionId, logged.Id), ct);
        }

        if (item.Promise is { } p)
        {
            var now = clock.GetUtcNow();
            await db.Promises.Where(x => x.OwnerId == ownerId && x.Id == p.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PromiseStatus.Kept).SetProperty(x => x.ResolvedAt, now), ct);
        }

        return await DecideAsync(ownerId, item, AgendaDecisionKind.Done, Recurring(item) ? today.AddDays(1) : null, logged.Id, ct);
    }

    public async Task<AgendaDecision> SnoozeAsync(Guid ownerId, string key, DateOnly? until = null, CancellationToken ct = default)
    {
        var (item, today) = await FindAsync(ownerId, key, ct);
        var day = until ?? today.AddDays(7);
        if (day <= today)
        {
            throw new InvalidInputException([new FieldError("Until", "date_not_future", "A snooze ends on a day after today.")]);
        }

        return await DecideAsync(ownerId, item, AgendaDecisionKind.Snoozed, day, null, ct);
    }

    /// <summary>Skip: not this one. A recurring reason (cadence, dormant tie) comes back in 30 days; a one-off (event, promise, step) does not.</summary>
    public async Task<AgendaDecision> SkipAsync(Guid ownerId, string key, CancellationToken ct = default)
    {
        var (item, today) = await FindAsync(ownerId, key, ct);
        return await DecideAsync(ownerId, item, AgendaDecisionKind.Skipped, Recurring(item) ? today.AddDays(30) : null, null, ct);
    }

    /// <summary>A draft for this contact: for their agenda item when they have one, else a reconnect message.</summary>
    public async Task<AgendaDraft> DraftAsync(Guid ownerId, Guid contactId, string lang, CancellationToken ct = default)
    {
        var input = await InputAsync(ownerId, all: true, ct);
        var contact = input.Contacts.FirstOrDefault(c => c.Id == contactId) ?? throw new NotFoundException("Contact");
        var plan = AgendaPlanner.Plan(input);
        var item = plan.Items.FirstOrDefault(i => i.Contact.Id == contactId) ?? new AgendaItem
        {
            Key = $"revive:{contactId:N}",
            Contact = contact,
            Reason = AgendaReason.Reconnect,
            Tie = TieStrength.Score(contact.Tie, input.Now),
            Circle = contact.PinnedCircle ?? Circles.FromScore(TieStrength.Score(contact.Tie, input.Now).Score),
            On = plan.Today,
        };
        return new AgendaDraft(item, Drafts.KindFor(item), Drafts.Write(item, plan.Today, lang));
    }

    static bool Recurring(AgendaItem item) => item.Reason is AgendaReason.Overdue or AgendaReason.Reconnect;

    async Task<(AgendaItem Item, DateOnly Today)> FindAsync(Guid ownerId, string key, CancellationToken ct)
    {
        var plan = await GetAsync(ownerId, all: true, ct);
        var item = plan.Items.FirstOrDefault(i => string.Equals(i.Key, key?.Trim(), StringComparison.Ordinal)) ?? throw new NotFoundException("Agenda item");
        return (item, plan.Today);
    }

    async Task<AgendaDecision> DecideAsync(Guid ownerId, AgendaItem item, AgendaDecisionKind kind, DateOnly? until, Guid? interactionId, CancellationToken ct)
    {
        var decision = new AgendaDecision
        {
            OwnerId = ownerId,
            ContactId = item.Contact.Id,
            ItemKey = item.Key,
            Kind = kind,
            DecidedAt = clock.GetUtcNow().ToUniversalTime(),
            Until = until,
            InteractionId = interactionId,
        };
        db.AgendaDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}

/// <summary>How a done item was done: a message unless told otherwise.</summary>
public sealed record AgendaDone(InteractionKind Kind = InteractionKind.Message, Depth Depth = Depth.SmallTalk, string? Note = null);

public sealed record AgendaDraft(AgendaItem Item, DraftKind Kind, string Text);

public sealed record TieView(TieScore Score, Circle Circle, bool Pinned, int? CadenceDays, bool CadenceOverridden);

/// <summary>The small facts the plan reads besides contacts and ties.</summary>
internal sealed record AgendaFacts(IReadOnlyList<DecisionFact> Decisions, IReadOnlyList<LifeEventFact> LifeEvents, IReadOnlyList<PromiseFact> Promises, IReadOnlyList<IntroductionFact> Introductions);
