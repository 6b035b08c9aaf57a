using Microsoft.AspNetCore.Localization;

namespace Allies.Web.Localization;

/// <summary>The language saved in the signed-in owner's settings: used when no language cookie was set.</summary>
public sealed class SavedLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = httpContext.RequestServices.GetRequiredService<OwnerPreferences>().Settings?.Language;
        return Task.FromResult(language is { Length: > 0 } ? new ProviderCultureResult(language) : null);
    }
}
