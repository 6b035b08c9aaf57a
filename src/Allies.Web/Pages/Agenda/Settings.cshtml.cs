using Allies.Core;
using Allies.Core.Settings;
using Allies.Data.Agenda;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Allies.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Agenda;

/// <summary>The ritual, the cadence of each circle, and the secret calendar feed.</summary>
public sealed class SettingsModel(SettingsService settings, AgendaFeedService feeds) : PageModel
{
    [BindProperty]
    public RitualForm Ritual { get; set; } = new();

    public DateTimeOffset? FeedCreatedAt { get; private set; }
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync()
    {
        var s = await settings.GetAsync(User.OwnerId(), HttpContext.RequestAborted);
        Ritual = new RitualForm { PerWeek = s.RitualPerWeek, Mode = s.RitualMode, Close = s.CloseCadenceDays, Extended = s.ExtendedCadenceDays, Weak = s.WeakCadenceDays };
        FeedCreatedAt = await feeds.CreatedAtAsync(User.OwnerId(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRitualAsync()
    {
        try
        {
            await settings.SaveAsync(User.OwnerId(), s =>
            {
                s.RitualPerWeek = Ritual.PerWeek;
                s.RitualMode = Ritual.Mode;
                s.CloseCadenceDays = Ritual.Close;
                s.ExtendedCadenceDays = Ritual.Extended;
                s.WeakCadenceDays = Ritual.Weak;
            }, HttpContext.RequestAborted);
        }
        catch (InvalidInputException e)
        {
            var names = new Dictionary<string, string>
            {
                ["RitualPerWeek"] = "Ritual.PerWeek",
                ["CloseCadenceDays"] = "Ritual.Close",
                ["ExtendedCadenceDays"] = "Ritual.Extended",
                ["WeakCadenceDays"] = "Ritual.Weak",
            };
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError(names.GetValueOrDefault(error.Field, ""), error.Message);
            }

            FeedCreatedAt = await feeds.CreatedAtAsync(User.OwnerId(), HttpContext.RequestAborted);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateFeedAsync()
    {
        var secret = await feeds.CreateAsync(User.OwnerId(), HttpContext.RequestAborted);
        await OnGetAsync();
        NewFeedUrl = AgendaApi.FeedUrl(Request, secret);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync()
    {
        await feeds.RevokeAsync(User.OwnerId(), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public sealed class RitualForm
    {
        public int PerWeek { get; set; } = 3;
        public RitualMode Mode { get; set; }
        public int Close { get; set; } = 14;
        public int Extended { get; set; } = 42;
        public int Weak { get; set; } = 90;
    }
}
