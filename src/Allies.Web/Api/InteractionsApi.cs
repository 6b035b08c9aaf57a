using System.Security.Claims;
using Allies.Data.Interactions;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>/api/interactions: what happened with whom, through InteractionService.</summary>
public static class InteractionsApi
{
    public static RouteGroupBuilder MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interactions").RequireAuthorization().WithTags("Interactions");
        group.MapGet("/", List).WithName("ListInteractions").WithSummary("List interactions, newest first: by contact, kind, text and dates.");
        group.MapGet("/{id:guid}", Get).WithName("GetInteraction").WithSummary("One interaction with its participants and exchanges.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Log).WithName("LogInteraction").WithSummary("Log an interaction: only participantIds and kind are required.")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", Update).WithName("UpdateInteraction").WithSummary("Replace an interaction's participants, fields and exchanges.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteInteraction").WithSummary("Delete an interaction and its exchanges.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    static async Task<Ok<PageDto<InteractionDto>>> List([AsParameters] InteractionListQuery query, ClaimsPrincipal user, InteractionService interactions, CancellationToken ct) =>
        TypedResults.Ok((await interactions.ListAsync(user.OwnerId(), query.ToQuery(), ct)).ToDto(v => v.ToDto()));

    static async Task<Results<Ok<InteractionDto>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, InteractionService interactions, CancellationToken ct) =>
        await interactions.FindAsync(user.OwnerId(), id, ct) is { } view ? TypedResults.Ok(view.ToDto()) : ApiProblems.NotFound("Interaction");

    static async Task<Created<InteractionDto>> Log(InteractionRequest body, ClaimsPrincipal user, InteractionService interactions, CancellationToken ct)
    {
        var view = await interactions.LogAsync(user.OwnerId(), body.ToInput(), ct);
        return TypedResults.Created($"/api/interactions/{view.Id}", view.ToDto());
    }

    static async Task<Ok<InteractionDto>> Update(Guid id, InteractionRequest body, ClaimsPrincipal user, InteractionService interactions, CancellationToken ct) =>
        TypedResults.Ok((await interactions.UpdateAsync(user.OwnerId(), id, body.ToInput(), ct)).ToDto());

    static async Task<NoContent> Delete(Guid id, ClaimsPrincipal user, InteractionService interactions, CancellationToken ct)
    {
        await interactions.DeleteAsync(user.OwnerId(), id, ct);
        return TypedResults.NoContent();
    }
}
