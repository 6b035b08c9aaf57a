using Allies.Core.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>/network/people: everyone on the map as a table, with the map's filters (the map itself lists the first 50).</summary>
public sealed class PeopleModel(NetworkService network) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Circle? Circle { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    public MapView View { get; private set; } = null!;

    public async Task OnGetAsync() =>
        View = await MapView.LoadAsync(network, User.OwnerId(), Circle, Tag, Industry, HttpContext.RequestAborted);
}
