using Allies.Core;
using Allies.Data.Settings;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>The reciprocity window and the archetype thresholds (docs/reciprocity.md).</summary>
public sealed class SettingsModel(SettingsService settings, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public RulesForm Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        var s = await settings.GetAsync(User.OwnerId(), HttpContext.RequestAborted);
        Input = new RulesForm { WindowMonths = s.ReciprocityWindowMonths, SharePercent = s.ArchetypeSharePercent, MinExchanges = s.ArchetypeMinExchanges, MinWeeks = s.ArchetypeMinWeeks };
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await settings.SaveAsync(User.OwnerId(), s =>
            {
                s.ReciprocityWindowMonths = Input.WindowMonths;
                s.ArchetypeSharePercent = Input.SharePercent;
                s.ArchetypeMinExchanges = Input.MinExchanges;
                s.ArchetypeMinWeeks = Input.MinWeeks;
            }, HttpContext.RequestAborted);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, f => f switch
            {
                "ReciprocityWindowMonths" => "Input.WindowMonths",
                "ArchetypeSharePercent" => "Input.SharePercent",
                "ArchetypeMinExchanges" => "Input.MinExchanges",
                "ArchetypeMinWeeks" => "Input.MinWeeks",
                _ => "",
            });
            return Page();
        }

        return RedirectToPage("/Reciprocity/Settings", new { saved = true });
    }

    public sealed class RulesForm
    {
        public int WindowMonths { get; set; } = 6;
        public int SharePercent { get; set; } = 80;
        public int MinExchanges { get; set; } = 4;
        public int MinWeeks { get; set; } = 3;
    }
}
