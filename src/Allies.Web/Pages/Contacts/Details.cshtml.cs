using Allies.Core;
using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Contacts;

/// <summary>One person: every field, and the timeline of what happened between you.</summary>
public sealed class DetailsModel(ContactService contacts, InteractionService interactions) : PageModel
{
    public const int TimelinePageSize = 50;

    public Contact Contact { get; private set; } = new();

    public Contact? IntroducedBy { get; private set; }

    public Paged<InteractionView> Timeline { get; private set; } = new([], 0, 1, TimelinePageSize);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var owner = User.OwnerId();
        var ct = HttpContext.RequestAborted;
        // Another account's contact and an unknown id look the same: 404, so existence does not leak.
        if (await contacts.FindAsync(owner, id, ct) is not { } contact)
        {
            return NotFound();
        }

        Contact = contact;
        if (contact.IntroducedById is { } by)
        {
            IntroducedBy = await contacts.FindAsync(owner, by, ct);
        }

        ModelState.Clear();
        Timeline = await interactions.ListAsync(owner, new InteractionQuery { ContactId = id, Page = IndexModel.QueryPage(Request.Query), PageSize = TimelinePageSize }, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, bool archived = true)
    {
        try
        {
            await contacts.ArchiveAsync(User.OwnerId(), id, archived, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage("/Contacts/Details", new { id });
    }
}
