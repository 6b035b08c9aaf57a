using System.Text.Json;
using System.Text.Json.Serialization;
using Allies.Web.Api;

namespace Allies.Web;

/// <summary>The JSON API: /api/contacts, /api/interactions, the OpenAPI document and its reference page.</summary>
public static class ApiSetup
{
    public static void AddAlliesApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.ExplainStatus);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        // Unreadable requests become exceptions, so ApiExceptionHandler can answer with a problem naming the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<BearerSecurityScheme>();
            o.AddOperationTransformer<BearerSecurityScheme>();
        });
    }

    public static void MapAlliesApi(this WebApplication app)
    {
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages(); // an empty 404 or 405 on /api becomes a problem document too
        });
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReference();
        app.MapContactsApi();
        app.MapInteractionsApi();
        app.MapNetworkApi();
        app.MapImportsApi();
        app.MapAgendaApi();
        app.MapReciprocityApi();
    }

    /// <summary>camelCase names (the web default) and enums by name; a number where a name is expected is refused.</summary>
    public static void ConfigureJson(JsonSerializerOptions options) =>
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
}
