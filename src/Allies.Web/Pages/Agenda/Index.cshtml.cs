using System.Globalization;
using Allies.Core;
using Allies.Core.Agenda;
using Allies.Core.Interactions;
using Allies.Data.Agenda;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Agenda;

/// <summary>This week: the people to contact now, why, what to do, a draft to copy; done, snooze, skip.</summary>
public sealed class IndexModel(AgendaService agenda) : PageModel
{
    public AgendaPlan Plan { get; private set; } = null!;
    public bool All { get; private set; }
    public string? Message { get; private set; }
    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(bool all = false)
    {
        All = all;
        Plan = await agenda.GetAsync(User.OwnerId(), all, HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostDoneAsync(string key, InteractionKind? kind, string? note, bool all = false) =>
        ActAsync(all, () => agenda.DoneAsync(User.OwnerId(), key, new AgendaDone(kind ?? InteractionKind.Message, Note: note), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostSnoozeAsync(string key, DateOnly? until, bool all = false) =>
        ActAsync(all, () => agenda.SnoozeAsync(User.OwnerId(), key, until, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostSkipAsync(string key, bool all = false) =>
        ActAsync(all, () => agenda.SkipAsync(User.OwnerId(), key, HttpContext.RequestAborted));

    async Task<IActionResult> ActAsync(bool all, Func<Task<AgendaDecision>> act)
    {
        try
        {
            await act();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidInputException e)
        {
            Message = string.Join(" ", e.Errors.Select(x => x.Message));
            await OnGetAsync(all);
            return Page();
        }

        return RedirectToPage("/Agenda/Index", all ? new { all = true } : null);
    }
}
