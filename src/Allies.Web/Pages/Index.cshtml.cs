using Allies.Data.Accounts;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages;

/// <summary>This week: a few counts, the latest interactions, and the two things people do most.</summary>
public sealed class IndexModel(ContactService contacts, InteractionService interactions, AccountService accounts, TimeProvider clock) : PageModel
{
    public int ContactCount { get; private set; }
    public int RecentInteractionCount { get; private set; }
    public IReadOnlyList<InteractionView> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (User.TryOwnerId() is not { } owner)
        {
            return await accounts.AnyAsync(ct)
                ? RedirectToPage("/Account/Login")
                : RedirectToPage("/Account/Register");
        }

        ContactCount = (await contacts.ListAsync(owner, new ContactQuery { PageSize = 1 }, ct)).Total;
        RecentInteractionCount = (await interactions.ListAsync(owner, new InteractionQuery { From = clock.GetUtcNow().AddDays(-30), PageSize = 1 }, ct)).Total;
        Latest = (await interactions.ListAsync(owner, new InteractionQuery { PageSize = 10 }, ct)).Items;
        return Page();
    }
}
