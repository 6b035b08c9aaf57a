using Allies.Core.Settings;
using Microsoft.AspNetCore.Localization;

namespace Allies.Web.Localization;

public static class LanguageSwitch
{
    /// <summary>GET /culture/{language}?returnUrl=…: remembers the choice in a cookie, which wins over the saved setting.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{language}", (string language, string? returnUrl, HttpContext context, TimeProvider clock) =>
        {
            if (OwnerSettings.SupportedLanguages.Contains(language))
            {
                Remember(context.Response, language, clock.GetUtcNow());
            }

            var back = returnUrl is { Length: > 0 } && IsLocal(returnUrl) ? returnUrl : "/";
            return Results.LocalRedirect(back);
        }).AllowAnonymous().ExcludeFromDescription();

    public static void Remember(HttpResponse response, string language, DateTimeOffset now) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = now.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    /// <summary>Only paths on this site ("/x", not "//evil" or "/\evil"), so the switch cannot be used to redirect elsewhere.</summary>
    public static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
