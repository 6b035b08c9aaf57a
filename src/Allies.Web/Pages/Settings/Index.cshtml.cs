using Allies.Core;
using Allies.Core.Settings;
using Allies.Data.Accounts;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Settings;

/// <summary>Language, time zone and personal API tokens.</summary>
public sealed class IndexModel(SettingsService settings, ApiTokenService tokens, TimeProvider clock, IStringLocalizer<Strings> text) : PageModel
{
    /// <summary>Offered in the time zone list; any other IANA zone can be typed.</summary>
    public static readonly string[] CommonZones =
    [
        "Europe/Paris", "Europe/London", "Europe/Brussels", "Europe/Zurich", "Europe/Berlin", "Europe/Madrid", "Europe/Lisbon",
        "Europe/Rome", "Europe/Amsterdam", "Africa/Casablanca", "Africa/Dakar", "Africa/Abidjan", "America/Montreal", "America/Toronto",
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Dubai", "Asia/Kolkata",
        "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "Indian/Reunion", "America/Martinique", "UTC",
    ];

    [BindProperty]
    public PreferencesForm Preferences { get; set; } = new();

    [BindProperty]
    public string? TokenName { get; set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token's secret, shown once right after it is created.</summary>
    public string? NewSecret { get; private set; }

    public string? Saved { get; private set; }

    /// <summary>The owner's own addresses (set on the import page): they give imported mail and meetings their direction.</summary>
    public IReadOnlyList<string> OwnEmails { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var current = await settings.GetAsync(User.OwnerId(), HttpContext.RequestAborted);
        Preferences = new PreferencesForm { Language = current.Language, TimeZone = current.TimeZone };
        OwnEmails = current.OwnEmails;
        await LoadTokensAsync();
    }

    public async Task<IActionResult> OnPostPreferencesAsync()
    {
        var owner = User.OwnerId();
        try
        {
            await settings.SaveAsync(owner, s =>
            {
                s.Language = Preferences.Language?.Trim() ?? "";
                s.TimeZone = Preferences.TimeZone?.Trim() ?? "";
            }, HttpContext.RequestAborted);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, field => $"Preferences.{field}");
            await LoadTokensAsync();
            return Page();
        }

        // The switcher's cookie would otherwise win over the language just saved.
        LanguageSwitch.Remember(Response, Preferences.Language!.Trim(), clock.GetUtcNow());
        return RedirectToPage("/Settings/Index", null, null, "preferences");
    }

    public async Task<IActionResult> OnPostCreateTokenAsync()
    {
        var owner = User.OwnerId();
        var current = await settings.GetAsync(owner, HttpContext.RequestAborted);
        Preferences = new PreferencesForm { Language = current.Language, TimeZone = current.TimeZone };
        try
        {
            (_, NewSecret) = await tokens.CreateAsync(owner, TokenName ?? "", HttpContext.RequestAborted);
            TokenName = null;
            ModelState.Remove(nameof(TokenName));
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, _ => nameof(TokenName));
        }

        await LoadTokensAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid id)
    {
        try
        {
            await tokens.RevokeAsync(User.OwnerId(), id, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage("/Settings/Index", null, null, "tokens");
    }

    async Task LoadTokensAsync() => Tokens = await tokens.ListAsync(User.OwnerId(), HttpContext.RequestAborted);

    public sealed class PreferencesForm
    {
        public string? Language { get; set; } = "en";
        public string? TimeZone { get; set; } = OwnerPreferences.DefaultTimeZone;
    }

    public static IEnumerable<string> Languages => OwnerSettings.SupportedLanguages;
}
