using System.Globalization;
using Allies.Core;
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
                o.Conventions.AllowAnonymousToFolder("/Errors");
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

    /// <summary>
    /// Outside /api (which answers with problem documents), an empty error status or an exception shows a page in the
    /// reader's language; a NotFoundException thrown by a service is a 404 like any other missing page. It comes first,
    /// before routing, so the re-executed request is routed again to the error page.
    /// </summary>
    public static void UseAlliesErrorPages(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), web =>
        {
            web.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = exception => exception is NotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError,
            });
            web.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseRouting();
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
