using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>Structural holes: industries and functions where I know nobody or hang on one fragile link.</summary>
public sealed class HolesModel(NetworkService network) : PageModel
{
    public NetworkHoles Holes { get; private set; } = new([], [], []);

    public async Task OnGetAsync() => Holes = await network.HolesAsync(User.OwnerId(), HttpContext.RequestAborted);
}
