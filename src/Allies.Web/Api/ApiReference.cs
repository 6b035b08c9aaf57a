using Scalar.AspNetCore;

namespace Allies.Web.Api;

/// <summary>The browsable API reference at /api/reference (Scalar), readable without signing in.</summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static void MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, o => o
                .WithTitle("Allies API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                // Scalar's script is embedded in the package and served from here; only its fonts come from a CDN by default.
                .DisableDefaultFonts()
                .AddPreferredSecuritySchemes(BearerSecurityScheme.Name))
            .AllowAnonymous();
}
