using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Pages.Network;

/// <summary>The "Knows" card on a contact's page: the strongest ties and a link to manage them.</summary>
public sealed class ContactLinksViewComponent(NetworkService network) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid contactId)
    {
        var owner = UserClaimsPrincipal.OwnerId();
        var links = await network.LinksOfAsync(owner, contactId, HttpContext.RequestAborted);
        return View((contactId, links));
    }
}
