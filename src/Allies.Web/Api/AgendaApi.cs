using System.Security.Claims;
using Allies.Core.Agenda;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Messages;
using Allies.Core.Ties;
using Allies.Data.Agenda;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>/api/agenda (who to contact now and why), tie strength, drafts, life events and the calendar feed.</summary>
public static class AgendaApi
{
    public static void MapAgendaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agenda").RequireAuthorization().WithTags("Agenda");
        group.MapGet("/", Get).WithName("GetAgenda").WithSummary("This week: who to contact, why now, what to do and a draft; ?all=true lists every item beyond the ritual.");
        group.MapPost("/done", Done).WithName("AgendaDone").WithSummary("Mark an item done: logs the interaction (a message unless kind says otherwise).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/snooze", Snooze).WithName("AgendaSnooze").WithSummary("Hide an item until a day (default in a week).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/skip", Skip).WithName("AgendaSkip").WithSummary("Not this one: a recurring reason comes back in 30 days, a one-off does not.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/feed", CreateFeed).WithName("CreateAgendaFeed").WithSummary("A new secret iCalendar feed URL (shown once; the previous one stops working).");
        group.MapDelete("/feed", RevokeFeed).WithName("RevokeAgendaFeed").WithSummary("Revoke the iCalendar feed URL.");

        var contacts = app.MapGroup("/api/contacts/{id:guid}").RequireAuthorization().WithTags("Agenda");
        contacts.MapGet("/tie", Tie).WithName("GetTie").WithSummary("Tie strength (0–100) with its factors, circle and cadence.").ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapGet("/draft", Draft).WithName("GetDraft").WithSummary("A personal draft for this contact (?lang=fr|en).").ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapGet("/life-events", ListEvents).WithName("ListLifeEvents").WithSummary("This contact's life events.").ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapPost("/life-events", AddEvent).WithName("AddLifeEvent").WithSummary("Add a life event (a birthday recurs every year).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var events = app.MapGroup("/api/life-events").RequireAuthorization().WithTags("Agenda");
        events.MapPut("/{id:guid}", UpdateEvent).WithName("UpdateLifeEvent").WithSummary("Change a life event.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/{id:guid}", DeleteEvent).WithName("DeleteLifeEvent").WithSummary("Delete a life event.").ProducesProblem(StatusCodes.Status404NotFound);

        // The feed has no login: the secret in the URL is the key. Unknown or revoked → 404, like any other missing page.
        app.MapGet("/calendar/{secret}.ics", Feed).AllowAnonymous().ExcludeFromDescription();
    }

    static async Task<Ok<AgendaDto>> Get(ClaimsPrincipal user, AgendaService agenda, SettingsService settings, bool? all, string? lang, CancellationToken ct)
    {
        var owner = user.OwnerId();
        var language = await LanguageAsync(settings, owner, lang, ct);
        return TypedResults.Ok(AgendaDto.From(await agenda.GetAsync(owner, all ?? false, ct), language));
    }

    static async Task<Ok<DecisionDto>> Done(AgendaDoneRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        TypedResults.Ok(DecisionDto.From(await agenda.DoneAsync(user.OwnerId(), body.Key ?? "", new AgendaDone(body.Kind ?? InteractionKind.Message, body.Depth ?? Depth.SmallTalk, body.Note), ct)));

    static async Task<Ok<DecisionDto>> Snooze(AgendaSnoozeRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        TypedResults.Ok(DecisionDto.From(await agenda.SnoozeAsync(user.OwnerId(), body.Key ?? "", body.Until, ct)));

    static async Task<Ok<DecisionDto>> Skip(AgendaKeyRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        TypedResults.Ok(DecisionDto.From(await agenda.SkipAsync(user.OwnerId(), body.Key ?? "", ct)));

    static async Task<Ok<FeedDto>> CreateFeed(ClaimsPrincipal user, AgendaFeedService feeds, HttpContext http, CancellationToken ct)
    {
        var secret = await feeds.CreateAsync(user.OwnerId(), ct);
        return TypedResults.Ok(new FeedDto(FeedUrl(http.Request, secret)));
    }

    static async Task<NoContent> RevokeFeed(ClaimsPrincipal user, AgendaFeedService feeds, CancellationToken ct)
    {
        await feeds.RevokeAsync(user.OwnerId(), ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<TieDto>> Tie(Guid id, ClaimsPrincipal user, AgendaService agenda, SettingsService settings, string? lang, CancellationToken ct)
    {
        var owner = user.OwnerId();
        var language = await LanguageAsync(settings, owner, lang, ct);
        var tie = await agenda.TieAsync(owner, id, ct);
        return TypedResults.Ok(new TieDto(tie.Score.Score, tie.Circle, tie.Pinned, tie.CadenceDays, tie.CadenceOverridden, TieWords.Explain(tie.Score, language),
            tie.Score.Summary.LastExchangeAt, tie.Score.Summary.Exchanges, tie.Score.Summary.TwoWay, Math.Round(tie.Score.Summary.Stability, 1)));
    }

    static async Task<Ok<DraftDto>> Draft(Guid id, ClaimsPrincipal user, AgendaService agenda, SettingsService settings, string? lang, CancellationToken ct)
    {
        var owner = user.OwnerId();
        var language = await LanguageAsync(settings, owner, lang, ct);
        var draft = await agenda.DraftAsync(owner, id, language, ct);
        return TypedResults.Ok(new DraftDto(draft.Kind, language, draft.Text, draft.Item.Key));
    }

    static async Task<Ok<IReadOnlyList<LifeEventDto>>> ListEvents(Guid id, ClaimsPrincipal user, LifeEventService events, Data.Contacts.ContactService contacts, CancellationToken ct)
    {
        var owner = user.OwnerId();
        _ = await contacts.FindAsync(owner, id, ct) ?? throw new Core.NotFoundException("Contact");
        return TypedResults.Ok<IReadOnlyList<LifeEventDto>>([.. (await events.ListAsync(owner, id, ct)).Select(LifeEventDto.From)]);
    }

    static async Task<Created<LifeEventDto>> AddEvent(Guid id, LifeEventRequest body, ClaimsPrincipal user, LifeEventService events, CancellationToken ct)
    {
        var e = await events.AddAsync(user.OwnerId(), id, body.ToInput(), ct);
        return TypedResults.Created($"/api/life-events/{e.Id}", LifeEventDto.From(e));
    }

    static async Task<Ok<LifeEventDto>> UpdateEvent(Guid id, LifeEventRequest body, ClaimsPrincipal user, LifeEventService events, CancellationToken ct) =>
        TypedResults.Ok(LifeEventDto.From(await events.UpdateAsync(user.OwnerId(), id, body.ToInput(), ct)));

    static async Task<NoContent> DeleteEvent(Guid id, ClaimsPrincipal user, LifeEventService events, CancellationToken ct)
    {
        await events.DeleteAsync(user.OwnerId(), id, ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<ContentHttpResult, NotFound>> Feed(string secret, string? lang, AgendaFeedService feeds, CancellationToken ct) =>
        await feeds.ReadAsync(secret, lang ?? "en", ct) is { } ics
            ? TypedResults.Text(ics, "text/calendar; charset=utf-8")
            : TypedResults.NotFound();

    public static string FeedUrl(HttpRequest request, string secret) => $"{request.Scheme}://{request.Host}/calendar/{secret}.ics";

    static async Task<string> LanguageAsync(SettingsService settings, Guid owner, string? lang, CancellationToken ct) =>
        lang is "fr" or "en" ? lang : (await settings.GetAsync(owner, ct)).Language;
}

public sealed record AgendaKeyRequest(string? Key);

public sealed record AgendaSnoozeRequest(string? Key, DateOnly? Until);

public sealed record AgendaDoneRequest(string? Key, InteractionKind? Kind, Depth? Depth, string? Note);

public sealed record LifeEventRequest(LifeEventKind Kind, DateOnly OccurredOn, string? Note)
{
    public LifeEventInput ToInput() => new(Kind, OccurredOn, Note);
}

public sealed record LifeEventDto(Guid Id, Guid ContactId, LifeEventKind Kind, DateOnly OccurredOn, string? Note, bool Recurring, Guid? CongratulatedInInteractionId)
{
    public static LifeEventDto From(LifeEvent e) => new(e.Id, e.ContactId, e.Kind, e.OccurredOn, e.Note, e.Kind == LifeEventKind.Birthday, e.CongratulatedInInteractionId);
}

public sealed record DecisionDto(Guid Id, string Key, Guid ContactId, AgendaDecisionKind Kind, DateTimeOffset DecidedAt, DateOnly? Until, Guid? InteractionId)
{
    public static DecisionDto From(AgendaDecision d) => new(d.Id, d.ItemKey, d.ContactId, d.Kind, d.DecidedAt, d.Until, d.InteractionId);
}

public sealed record FeedDto(string Url);

public sealed record TieDto(int Strength, Circle Circle, bool Pinned, int? CadenceDays, bool CadenceOverridden, string Factors,
    DateTimeOffset? LastExchangeAt, int Exchanges, int TwoWay, double StabilityDays);

public sealed record DraftDto(DraftKind Kind, string Language, string Text, string ItemKey);

public sealed record AgendaDto(DateTimeOffset Now, DateOnly Today, int RitualLimit, int DoneThisPeriod, int Remaining, int Pending,
    IReadOnlyList<AgendaItemDto> Items, IReadOnlyList<DunbarWarningDto> Warnings)
{
    public static AgendaDto From(AgendaPlan plan, string lang) => new(plan.Now, plan.Today, plan.RitualLimit, plan.DoneThisPeriod, plan.Remaining, plan.Pending,
        [.. plan.Items.Select(i => AgendaItemDto.From(i, plan.Today, lang))],
        [.. plan.Warnings.Select(w => new DunbarWarningDto(w.Circle, w.InCircle, w.Cumulative, w.Capacity, w.Slipping.Count,
            [.. w.Slipping.Take(DunbarWarningDto.Shown).Select(s => new SlippingDto(s.ContactId, s.Name, s.Score))], TieWords.Warning(w, lang)))]);
}

public sealed record AgendaItemDto(string Key, Guid ContactId, string Name, AgendaReason Reason, Circle Circle, int Strength, string Factors,
    string Why, string Todo, DateOnly On, int? DaysOverdue, int? CadenceDays, IReadOnlyList<AgendaReason> Also, AgendaDraftsDto Draft)
{
    public static AgendaItemDto From(AgendaItem i, DateOnly today, string lang) => new(i.Key, i.Contact.Id, i.Contact.Name, i.Reason, i.Circle, i.Tie.Score,
        TieWords.Explain(i.Tie, lang), AgendaText.Why(i, today, lang), AgendaText.Todo(i, lang), i.On, i.DaysOverdue, i.CadenceDays, i.Also,
        new AgendaDraftsDto(Drafts.KindFor(i), Drafts.Write(i, today, "en"), Drafts.Write(i, today, "fr")));
}

public sealed record AgendaDraftsDto(DraftKind Kind, string En, string Fr);

/// <summary>A layer over capacity; the weakest <see cref="Shown"/> of the people slipping are listed, SlippingCount says how many in all.</summary>
public sealed record DunbarWarningDto(Circle Circle, int InCircle, int Cumulative, int Capacity, int SlippingCount, IReadOnlyList<SlippingDto> Slipping, string Text)
{
    public const int Shown = 20;
}

public sealed record SlippingDto(Guid ContactId, string Name, int Strength);
