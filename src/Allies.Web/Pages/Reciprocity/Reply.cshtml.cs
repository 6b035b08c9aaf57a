using System.Globalization;
using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Interactions;
using Allies.Data.Reciprocity;
using Allies.Web.Accounts;
using Allies.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Pages.Reciprocity;

/// <summary>Records how they answered something I started (seed 001: the answer tells real interest from politeness).</summary>
public sealed class ReplyModel(InteractionService interactions, ExchangeService exchanges, OwnerPreferences preferences, IStringLocalizer<Strings> text) : PageModel
{
    public InteractionView Interaction { get; private set; } = null!;

    /// <summary>Empty: clear the recorded answer and derive it again.</summary>
    [BindProperty]
    public ReplyStatus? Reply { get; set; }

    [BindProperty]
    public string? When { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await interactions.FindAsync(User.OwnerId(), id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        Interaction = found;
        Reply = found.Reply;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var owner = User.OwnerId();
        if (await interactions.FindAsync(owner, id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        Interaction = found;
        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(When))
        {
            if (DateTime.TryParse(When, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
                at = new DateTimeOffset(unspecified, preferences.Zone.GetUtcOffset(unspecified));
            }
            else
            {
                ModelState.AddModelError(nameof(When), text["error.date_invalid"]);
                return Page();
            }
        }

        try
        {
            await exchanges.SetReplyAsync(owner, id, Reply, at, HttpContext.RequestAborted);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddErrors(text, e, f => f == "RepliedAt" ? nameof(When) : nameof(Reply));
            return Page();
        }

        return Redirect($"/contacts/{found.Participants[0].ContactId}#ledger");
    }
}
