using Allies.Core.Settings;
using Allies.Data.Settings;
using Allies.Web.Accounts;

namespace Allies.Web.Localization;

/// <summary>The signed-in owner's settings, read once per request (language and time zone drive every page).</summary>
public sealed class OwnerPreferences
{
    public const string DefaultTimeZone = "Europe/Paris";

    public OwnerSettings? Settings { get; private set; }

    public TimeZoneInfo Zone { get; private set; } = SettingsService.FindZone(DefaultTimeZone) ?? TimeZoneInfo.Utc;

    public async Task LoadAsync(HttpContext context)
    {
        if (context.User.TryOwnerId() is not { } owner)
        {
            return;
        }

        Settings = await context.RequestServices.GetRequiredService<SettingsService>().GetAsync(owner, context.RequestAborted);
        Zone = SettingsService.FindZone(Settings.TimeZone) ?? Zone;
    }

    /// <summary>Loads the preferences of signed-in people before the culture is chosen; /api has its own conventions.</summary>
    public static Task Middleware(HttpContext context, RequestDelegate next) =>
        context.Request.Path.StartsWithSegments("/api") ? next(context) : LoadThenNext(context, next);

    static async Task LoadThenNext(HttpContext context, RequestDelegate next)
    {
        await context.RequestServices.GetRequiredService<OwnerPreferences>().LoadAsync(context);
        await next(context);
    }
}
