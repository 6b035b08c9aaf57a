using System.Security.Claims;
using Allies.Data.Contacts;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>/api/contacts: the owner's contacts, through ContactService.</summary>
public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts").RequireAuthorization().WithTags("Contacts");
        group.MapGet("/", List).WithName("ListContacts").WithSummary("List contacts: search, filters, sort and paging.");
        group.MapGet("/{id:guid}", Get).WithName("GetContact").WithSummary("One contact with all its fields.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateContact").WithSummary("Create a contact.").ProducesValidationProblem();
        group.MapPut("/{id:guid}", Update).WithName("UpdateContact").WithSummary("Replace every editable field of a contact.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteContact").WithSummary("Delete a contact for good.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveContact").WithSummary("Hide a contact from lists without deleting it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/unarchive", Unarchive).WithName("UnarchiveContact").WithSummary("Bring an archived contact back.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    static async Task<Ok<PageDto<ContactListItem>>> List([AsParameters] ContactListQuery query, ClaimsPrincipal user, ContactService contacts, CancellationToken ct) =>
        TypedResults.Ok((await contacts.ListAsync(user.OwnerId(), query.ToQuery(), ct)).ToDto(s => s.ToDto()));

    static async Task<Results<Ok<ContactDto>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, ContactService contacts, CancellationToken ct) =>
        await contacts.FindAsync(user.OwnerId(), id, ct) is { } contact ? TypedResults.Ok(contact.ToDto()) : ApiProblems.NotFound("Contact");

    static async Task<Created<ContactDto>> Create(ContactRequest body, ClaimsPrincipal user, ContactService contacts, CancellationToken ct)
    {
        var contact = await contacts.CreateAsync(user.OwnerId(), body.ToInput(), ct);
        return TypedResults.Created($"/api/contacts/{contact.Id}", contact.ToDto());
    }

    static async Task<Ok<ContactDto>> Update(Guid id, ContactRequest body, ClaimsPrincipal user, ContactService contacts, CancellationToken ct) =>
        TypedResults.Ok((await contacts.UpdateAsync(user.OwnerId(), id, body.ToInput(), ct)).ToDto());

    static async Task<NoContent> Delete(Guid id, ClaimsPrincipal user, ContactService contacts, CancellationToken ct)
    {
        await contacts.DeleteAsync(user.OwnerId(), id, ct);
        return TypedResults.NoContent();
    }

    static Task<Ok<ContactDto>> Archive(Guid id, ClaimsPrincipal user, ContactService contacts, CancellationToken ct) =>
        SetArchived(id, true, user.OwnerId(), contacts, ct);

    static Task<Ok<ContactDto>> Unarchive(Guid id, ClaimsPrincipal user, ContactService contacts, CancellationToken ct) =>
        SetArchived(id, false, user.OwnerId(), contacts, ct);

    static async Task<Ok<ContactDto>> SetArchived(Guid id, bool archived, Guid owner, ContactService contacts, CancellationToken ct)
    {
        await contacts.ArchiveAsync(owner, id, archived, ct);
        return TypedResults.Ok((await contacts.GetAsync(owner, id, ct)).ToDto());
    }
}
