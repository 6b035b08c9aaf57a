using Allies.Core;
using Microsoft.AspNetCore.Diagnostics;

namespace Allies.Web.Api;

/// <summary>Turns what a service or the request reader throws on /api into problem details; other paths are left to the pages' handler.</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api") || httpContext.Response.HasStarted)
        {
            return false;
        }

        IResult result = exception switch
        {
            InvalidInputException invalid => ApiProblems.Invalid(invalid.Errors),
            // NotFoundException carries its subject only in its message: "Contact not found".
            NotFoundException notFound => ApiProblems.NotFound(notFound.Message.Replace(" not found", "", StringComparison.Ordinal)),
            BadHttpRequestException bad => ApiProblems.BadRequest(RequestProblems.Describe(bad, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint), bad.StatusCode),
            _ => Unexpected(exception),
        };
        await result.ExecuteAsync(httpContext);
        return true;
    }

    IResult Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unexpected error on an API request.");
        return ApiProblems.Unexpected();
    }
}
