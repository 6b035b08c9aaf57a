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
                // Scalar's script (scalar.js) is embedded in the package and served from here. What would still reach scalar.com is
                // switched off: its web fonts (a CDN), telemetry, the AI agent and the MCP button. This is a private address book.
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(BearerSecurityScheme.Name))
            .AllowAnonymous();
}
