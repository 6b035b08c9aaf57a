using System.Text.Json;
using Allies.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allies.Web.Api;

/// <summary>The RFC 7807 answers of the API, so a 404 or a 400 reads the same whichever route gives it.</summary>
public static class ApiProblems
{
    /// <summary>Unknown id and another account's id give the same answer, so existence does not leak.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.",
            detail: $"No {what.ToLowerInvariant()} with this id among yours.");

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => FieldName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: string.Join(" ", errors.Select(e => e.Message).Distinct()),
            title: "The request has invalid fields.");

    public static ProblemHttpResult BadRequest(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(statusCode: status, title: "The request could not be read.", detail: detail);

    /// <summary>Deliberately says nothing about the cause: details stay in the server log.</summary>
    public static ProblemHttpResult Unexpected() =>
        TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong on the server.");

    /// <summary>Gives a sentence to the bare status codes the framework answers by itself on /api (no route, wrong method, not JSON, no token).</summary>
    public static void ExplainStatus(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Detail is not null || !context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => "Send a valid personal API token in the header Authorization: Bearer allies_….",
            StatusCodes.Status404NotFound => "No API route matches this path; the routes are listed at /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"This route does not accept {context.HttpContext.Request.Method}.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with the header Content-Type: application/json.",
            _ => null,
        };
    }

    /// <summary>"Exchanges[0].ContactId" (a Core field path) as the JSON client wrote it: "exchanges[0].contactId".</summary>
    public static string FieldName(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
