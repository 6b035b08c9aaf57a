using System.Security.Claims;
using System.Text.Json;
using Allies.Core;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>
/// Reciprocity: exchanges under /api/interactions/{id}/exchanges, the answer to something I started, the ledger of a
/// contact, the network-wide archetype table and promises. Rows are looked up (404 for another account's id) before a
/// body is read, so another account's id never learns more than "not found".
/// </summary>
public static class ReciprocityApi
{
    public static void MapReciprocityApi(this IEndpointRouteBuilder app)
    {
        var interactions = app.MapGroup("/api/interactions").RequireAuthorization().WithTags("Reciprocity");
        interactions.MapGet("/{id:guid}/exchanges", ListExchanges).WithName("ListExchanges").WithSummary("The exchanges of one interaction.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        interactions.MapPost("/{id:guid}/exchanges", AddExchange).WithName("AddExchange").WithSummary("Add what was given or asked to an interaction.")
            .Accepts<ExchangeRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        interactions.MapPatch("/{id:guid}/exchanges/{exchangeId:guid}", PatchExchange).WithName("UpdateExchangeOutcome")
            .WithSummary("Change how an exchange ended (outcome) or whether it was a probe.")
            .Accepts<ExchangePatch>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        interactions.MapPut("/{id:guid}/reply", SetReply).WithName("SetInteractionReply")
            .WithSummary("Record how they answered something you started (reply null: derive it again from what came next).")
            .Accepts<ReplyRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/contacts/{id:guid}/ledger", Ledger).RequireAuthorization().WithTags("Reciprocity").WithName("GetLedger")
            .WithSummary("What was given and asked each way over the reciprocity window, the archetype with its evidence, promises and responsiveness.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/archetypes", Overview).RequireAuthorization().WithTags("Reciprocity").WithName("GetArchetypes")
            .WithSummary("Contacts by archetype, where you keep giving with nothing back, givers not thanked lately, asks before giving.");

        var promises = app.MapGroup("/api/promises").RequireAuthorization().WithTags("Promises");
        promises.MapGet("/", ListPromises).WithName("ListPromises").WithSummary("Promises: by contact, status and due date.");
        promises.MapPost("/", AddPromise).WithName("AddPromise").WithSummary("Record a promise, yours or theirs, on its own or from an interaction.")
            .ProducesValidationProblem();
        promises.MapPatch("/{id:guid}", PatchPromise).WithName("UpdatePromiseStatus").WithSummary("Mark a promise kept, broken or open again.")
            .Accepts<PromisePatch>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        promises.MapDelete("/{id:guid}", DeletePromise).WithName("DeletePromise").WithSummary("Delete a promise.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<Ok<IReadOnlyList<ExchangeDto>>> ListExchanges(Guid id, ClaimsPrincipal user, ExchangeService exchanges, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ExchangeDto>>([.. (await exchanges.ListAsync(user.OwnerId(), id, ct)).Select(e => e.ToDto())]);

    static async Task<Created<ExchangeDto>> AddExchange(Guid id, HttpRequest request, ClaimsPrincipal user, ExchangeService exchanges, CancellationToken ct)
    {
        var owner = user.OwnerId();
        await exchanges.ListAsync(owner, id, ct); // 404 before reading the body
        var body = await BodyAsync<ExchangeRequest>(request, ct);
        var input = new InteractionRequest { Kind = InteractionKind.Coffee, Exchanges = [body] }.ToInput().Exchanges[0];
        var added = await exchanges.AddAsync(owner, id, input, ct);
        return TypedResults.Created($"/api/interactions/{id}/exchanges/{added.Id}", added.ToDto());
    }

    static async Task<Ok<ExchangeDto>> PatchExchange(Guid id, Guid exchangeId, HttpRequest request, ClaimsPrincipal user, ExchangeService exchanges, CancellationToken ct)
    {
        var owner = user.OwnerId();
        if (!(await exchanges.ListAsync(owner, id, ct)).Any(e => e.Id == exchangeId))
        {
            throw new NotFoundException("Exchange");
        }

        var body = await BodyAsync<ExchangePatch>(request, ct);
        return TypedResults.Ok((await exchanges.UpdateAsync(owner, id, exchangeId, body.Outcome, body.IsProbe, ct)).ToDto());
    }

    static async Task<Ok<InteractionReply>> SetReply(Guid id, HttpRequest request, ClaimsPrincipal user, ExchangeService exchanges, CancellationToken ct)
    {
        var owner = user.OwnerId();
        await exchanges.ListAsync(owner, id, ct);
        var body = await BodyAsync<ReplyRequest>(request, ct);
        return TypedResults.Ok(await exchanges.SetReplyAsync(owner, id, body.Reply, body.RepliedAt, ct));
    }

    static async Task<Ok<LedgerDto>> Ledger(Guid id, ClaimsPrincipal user, ReciprocityService reciprocity, CancellationToken ct) =>
        TypedResults.Ok(LedgerDto.From(await reciprocity.LedgerAsync(user.OwnerId(), id, ct)));

    static async Task<Ok<ArchetypeOverview>> Overview(ClaimsPrincipal user, ReciprocityService reciprocity, int? limit, CancellationToken ct)
    {
        if (limit is < 1 or > 1000)
        {
            throw InvalidInputException.For("limit", "out_of_range", "limit must be between 1 and 1000.");
        }

        return TypedResults.Ok(await reciprocity.OverviewAsync(user.OwnerId(), limit ?? 50, ct));
    }

    static async Task<Ok<IReadOnlyList<PromiseView>>> ListPromises(ClaimsPrincipal user, PromiseService promises, Guid? contactId, PromiseStatus? status, DateOnly? dueBy, CancellationToken ct) =>
        TypedResults.Ok(await promises.ListAsync(user.OwnerId(), new PromiseQuery { ContactId = contactId, Status = status, DueBy = dueBy }, ct));

    static async Task<Created<PromiseView>> AddPromise(PromiseRequest body, ClaimsPrincipal user, PromiseService promises, CancellationToken ct)
    {
        var missing = new List<FieldError>();
        if (body.ContactId is null)
        {
            missing.Add(new("ContactId", "contact_required", "Say whose promise it is, or to whom (contactId)."));
        }

        if (body.PromisedBy is null)
        {
            missing.Add(new("PromisedBy", "promised_by_required", "Say who promised: Me or Them."));
        }

        if (missing.Count > 0)
        {
            throw new InvalidInputException(missing);
        }

        var added = await promises.AddAsync(user.OwnerId(), new PromiseInput
        {
            ContactId = body.ContactId!.Value,
            PromisedBy = body.PromisedBy!.Value,
            What = body.What,
            DueOn = body.DueOn,
            InteractionId = body.InteractionId,
        }, ct);
        return TypedResults.Created($"/api/promises/{added.Id}", added);
    }

    static async Task<Ok<PromiseView>> PatchPromise(Guid id, HttpRequest request, ClaimsPrincipal user, PromiseService promises, CancellationToken ct)
    {
        var owner = user.OwnerId();
        _ = await promises.FindAsync(owner, id, ct) ?? throw new NotFoundException("Promise");
        var body = await BodyAsync<PromisePatch>(request, ct);
        if (body.Status is not { } status)
        {
            throw InvalidInputException.For("Status", "status_required", "Give the new status: Open, Kept or Broken.");
        }

        return TypedResults.Ok(await promises.SetStatusAsync(owner, id, status, ct));
    }

    static async Task<NoContent> DeletePromise(Guid id, ClaimsPrincipal user, PromiseService promises, CancellationToken ct)
    {
        await promises.DeleteAsync(user.OwnerId(), id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Reads a JSON body after the row was found; unreadable JSON answers like any other route's (400 naming the field).</summary>
    static async Task<T> BodyAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Not JSON.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(ct) ?? throw new BadHttpRequestException("but no body was provided", StatusCodes.Status400BadRequest);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("Bad JSON.", StatusCodes.Status400BadRequest, e);
        }
    }
}

/// <summary>PATCH of an exchange: the new outcome, and/or whether it was a probe.</summary>
public sealed record ExchangePatch(ExchangeOutcome? Outcome, bool? IsProbe);

/// <summary>How they answered something you started: NoAnswer, Answered, Accepted, Declined (null: derive it again), and when.</summary>
public sealed record ReplyRequest(ReplyStatus? Reply, DateTimeOffset? RepliedAt);

/// <summary>A promise: contactId and promisedBy (Me or Them) and what are required; dueOn cannot be before the day it was made.</summary>
public sealed record PromiseRequest(Guid? ContactId, PromisedBy? PromisedBy, string? What, DateOnly? DueOn, Guid? InteractionId);

public sealed record PromisePatch(PromiseStatus? Status);

/// <summary>The ledger as the API returns it: counts, sentence in both languages, archetype with evidence and trend.</summary>
public sealed record LedgerDto(
    Guid ContactId,
    string Name,
    DateTimeOffset Since,
    int WindowMonths,
    IReadOnlyDictionary<ExchangeKind, int> GivenByKind,
    IReadOnlyDictionary<ExchangeKind, int> ReceivedByKind,
    AskCounts MyAsks,
    AskCounts TheirAsks,
    int TimesIGave,
    int TimesTheyGave,
    int Balance,
    DateTimeOffset? LastGivenAt,
    bool NeverGiven,
    PromiseCounts MyPromises,
    PromiseCounts TheirPromises,
    double? TheirKeptRatio,
    ProbeCounts Probes,
    Archetype Archetype,
    double Confidence,
    Archetype PreviousQuarter,
    IReadOnlyList<ExchangeFact> Evidence,
    ResponsivenessSummary Responsiveness,
    string SentenceEn,
    string SentenceFr)
{
    public static LedgerDto From(LedgerView v)
    {
        var l = v.Ledger;
        return new(v.ContactId, v.Name, l.Since, l.WindowMonths, l.GivenByKind, l.ReceivedByKind, l.MyAsks, l.TheirAsks, l.TimesIGave, l.TimesTheyGave,
            l.Balance, l.LastGivenAt, l.NeverGiven, l.MyPromises, l.TheirPromises, l.TheirPromises.KeptRatio, l.Probes, l.Archetype.Verdict.Archetype,
            l.Archetype.Verdict.Confidence, l.Archetype.Trend.Previous.Archetype, l.Archetype.Evidence, l.Responsiveness, v.SentenceEn, v.SentenceFr);
    }
}
