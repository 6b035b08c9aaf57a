using System.Globalization;
using Allies.Core;
using Allies.Data.Agenda;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Agenda;

/// <summary>A personal draft for one contact, in French and English, with copy buttons.</summary>
public sealed class DraftModel(AgendaService agenda) : PageModel
{
    public AgendaDraft English { get; private set; } = null!;
    public AgendaDraft French { get; private set; } = null!;
    public string First => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        try
        {
            English = await agenda.DraftAsync(User.OwnerId(), id, "en", HttpContext.RequestAborted);
            French = await agenda.DraftAsync(User.OwnerId(), id, "fr", HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
