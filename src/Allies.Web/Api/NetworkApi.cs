using System.Security.Claims;
using Allies.Core;
using Allies.Core.Network;
using Allies.Data.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>/api/network (stats, bridges, holes, paths, map, export) and /api/contacts/{id}/links, through NetworkService.</summary>
public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/network").RequireAuthorization().WithTags("Network");
        group.MapGet("/stats", Stats).WithName("NetworkStats").WithSummary("Size of the network, its circles (Louvain, with modularity), my constraint and effective size.");
        group.MapGet("/bridges", Bridges).WithName("NetworkBridges").WithSummary("Contacts with the highest betweenness, my weak ties into other circles, and my dependence on single bridges.");
        group.MapGet("/holes", Holes).WithName("NetworkHoles").WithSummary("Structural holes by industry and by function: areas with nobody, or one fragile link.");
        group.MapGet("/paths", Paths).WithName("NetworkPaths")
            .WithSummary("Warm intro paths to a contact (to = id, name or email) or to a profile (company, industry, function): the best k, each with its weakest link and whom to ask first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/map", Map).WithName("NetworkMap").WithSummary("The map: every contact placed (x, y), coloured by community, and the ties between them.");
        group.MapGet("/export", Export).WithName("NetworkExport").WithSummary("The network as GraphML (format=graphml, default) or GEXF (format=gexf), for Gephi or networkx.")
            .ProducesValidationProblem();

        var links = app.MapGroup("/api/contacts/{id:guid}/links").RequireAuthorization().WithTags("Network");
        links.MapGet("/", LinksOf).WithName("ListLinks").WithSummary("Everyone this contact is tied to on the map, with the strength and sources of each tie.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        links.MapPost("/", Link).WithName("AddLink").WithSummary("Say this contact knows another (otherContactId), with a kind and an optional strength (0–1].")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        links.MapDelete("/{otherId:guid}", Unlink).WithName("RemoveLink").WithSummary("Say this contact does not know the other: the tie leaves the map.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    static async Task<Ok<NetworkStats>> Stats(ClaimsPrincipal user, NetworkService network, CancellationToken ct) =>
        TypedResults.Ok(await network.StatsAsync(user.OwnerId(), ct));

    static async Task<Ok<NetworkBridges>> Bridges(ClaimsPrincipal user, NetworkService network, CancellationToken ct, int count = 10) =>
        TypedResults.Ok(await network.BridgesAsync(user.OwnerId(), Math.Clamp(count, 1, 100), ct));

    static async Task<Ok<NetworkHoles>> Holes(ClaimsPrincipal user, NetworkService network, CancellationToken ct) =>
        TypedResults.Ok(await network.HolesAsync(user.OwnerId(), ct));

    static async Task<Results<Ok<PathsResult>, ProblemHttpResult, ValidationProblem>> Paths(
        ClaimsPrincipal user, NetworkService network, ContactService contacts, CancellationToken ct,
        string? to = null, string? company = null, string? industry = null, string? function = null, int k = 3)
    {
        var owner = user.OwnerId();
        Guid? contactId = null;
        if (!string.IsNullOrWhiteSpace(to))
        {
            var matches = await contacts.ResolveAsync(owner, to, ct);
            switch (matches.Count)
            {
                case 0:
                    return ApiProblems.NotFound("Contact");
                case > 1:
                    return ApiProblems.Invalid([new FieldError("To", "contact_ambiguous",
                        $"'{to}' matches {matches.Count} contacts: {string.Join(", ", matches.Take(5).Select(m => m.DisplayName))}; give an id or an email.")]);
                default:
                    contactId = matches[0].Id;
                    break;
            }
        }

        return TypedResults.Ok(await network.PathsAsync(owner, new PathQuery { ContactId = contactId, Company = company, Industry = industry, Function = function }, k, ct));
    }

    static async Task<Ok<NetworkMap>> Map(ClaimsPrincipal user, NetworkService network, CancellationToken ct) =>
        TypedResults.Ok(MapLayout.Compute(await network.LoadAsync(user.OwnerId(), ct)));

    static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(ClaimsPrincipal user, NetworkService network, CancellationToken ct, string? format = null)
    {
        if (!TryFormat(format, out var f))
        {
            return ApiProblems.Invalid([new FieldError("Format", "format_unknown", "The format is graphml or gexf.")]);
        }

        using var buffer = new MemoryStream();
        await network.ExportAsync(user.OwnerId(), f, buffer, ct);
        return TypedResults.File(buffer.ToArray(), GraphExport.ContentType(f), $"allies-network.{GraphExport.Extension(f)}");
    }

    public static bool TryFormat(string? text, out ExportFormat format)
    {
        format = ExportFormat.GraphMl;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "graphml":
                return true;
            case "gexf":
                format = ExportFormat.Gexf;
                return true;
            default:
                return false;
        }
    }

    static async Task<Ok<IReadOnlyList<LinkView>>> LinksOf(Guid id, ClaimsPrincipal user, NetworkService network, CancellationToken ct) =>
        TypedResults.Ok(await network.LinksOfAsync(user.OwnerId(), id, ct));

    static async Task<Results<Created<LinkView>, ValidationProblem>> Link(Guid id, LinkRequest? body, ClaimsPrincipal user, NetworkService network, CancellationToken ct)
    {
        // The contact in the path is checked first, so another account's id answers 404 whatever the body.
        await network.LinksOfAsync(user.OwnerId(), id, ct);
        if (body?.OtherContactId is not { } other)
        {
            return ApiProblems.Invalid([new FieldError("OtherContactId", "required", "Give otherContactId: the contact this one knows.")]);
        }

        var view = await network.LinkAsync(user.OwnerId(), id, other, body.Kind ?? LinkKind.Knows, body.Strength, ct);
        return TypedResults.Created($"/api/contacts/{id}/links", view);
    }

    static async Task<NoContent> Unlink(Guid id, Guid otherId, ClaimsPrincipal user, NetworkService network, CancellationToken ct)
    {
        await network.UnlinkAsync(user.OwnerId(), id, otherId, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>A link set by hand: the other contact, what kind of tie, and how strong (0–1], default by kind).</summary>
public sealed record LinkRequest(Guid? OtherContactId, LinkKind? Kind, double? Strength);
