using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>Who links my circles (betweenness), my weak ties into other circles, and whom part of my network depends on.</summary>
public sealed class BridgesModel(NetworkService network) : PageModel
{
    public NetworkBridges Bridges { get; private set; } = new([], [], []);

    public async Task OnGetAsync() => Bridges = await network.BridgesAsync(User.OwnerId(), 15, HttpContext.RequestAborted);
}
