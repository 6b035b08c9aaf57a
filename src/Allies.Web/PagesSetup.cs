using System.Globalization;
using Allies.Core.Settings;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Allies.Web;

/// <summary>The server-rendered web app: Razor Pages in French and English.</summary>
public static class PagesSetup
{
    public static void AddAlliesPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<OwnerPreferences>();
        services.AddScoped<Display>();
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Account/Register");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/Logout");
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AddPageRoute("/Contacts/Edit", "contacts/new");
            })
            .AddViewLocalization();
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<Strings>>((o, text) =>
        {
            // Values the binder cannot read (letters in a number field) get a message in the reader's language.
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => text["error.value_invalid", value]);
            m.SetValueIsInvalidAccessor(value => text["error.value_invalid", value]);
            m.SetValueMustBeANumberAccessor(_ => text["error.number_invalid"]);
            m.SetValueMustNotBeNullAccessor(_ => text["error.required"]);
            m.SetMissingBindRequiredValueAccessor(_ => text["error.required"]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["error.value_invalid", value]);
            m.SetUnknownValueIsInvalidAccessor(_ => text["error.value_invalid", ""]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["error.value_invalid", ""]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => text["error.number_invalid"]);
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = OwnerSettings.SupportedLanguages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The switcher's cookie first, then the account's saved language, then the browser's.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new SavedLanguageCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    public static void UseAlliesPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.Use(OwnerPreferences.Middleware);
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.MapLanguageSwitch();
        app.MapRazorPages();
    }
}
