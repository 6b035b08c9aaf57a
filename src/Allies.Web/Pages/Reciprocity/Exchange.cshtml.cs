using Allies.Core;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>One exchange: where it happened, with whom, and its outcome to change later ("they finally did it").</summary>
public sealed class ExchangeModel(ExchangeService exchanges, IStringLocalizer<Strings> text) : PageModel
{
    public ExchangeDetail Detail { get; private set; } = null!;

    [BindProperty]
    public ExchangeOutcome Outcome { get; set; }

    [BindProperty]
    public bool IsProbe { get; set; }

    public IReadOnlyList<ExchangeOutcome> Allowed => ExchangeSides.Allowed(Detail.Exchange.Direction);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await exchanges.FindAsync(User.OwnerId(), id, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Outcome = detail.Exchange.Outcome;
        IsProbe = detail.Exchange.IsProbe;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var owner = User.OwnerId();
        if (await exchanges.FindAsync(owner, id, HttpContext.RequestAborted) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        try
        {
            await exchanges.UpdateAsync(owner, id, Outcome, ExchangeSides.CanBeProbe(detail.Exchange.Direction) ? IsProbe : null, HttpContext.RequestAborted);
            return Redirect($"/contacts/{detail.Exchange.ContactId}#ledger");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, f => f);
            return Page();
        }
    }
}
