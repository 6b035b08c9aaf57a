using Allies.Core.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Allies.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>The network map: a picture (SVG laid out on the server), filters, a summary and the people who matter most as a table.</summary>
public sealed class IndexModel(NetworkService network) : PageModel
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

    /// <summary>?handler=Export&amp;format=graphml|gexf: the owner's network as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (!NetworkApi.TryFormat(format, out var f))
        {
            return BadRequest();
        }

        using var buffer = new MemoryStream();
        await network.ExportAsync(User.OwnerId(), f, buffer, HttpContext.RequestAborted);
        return File(buffer.ToArray(), GraphExport.ContentType(f), $"allies-network.{GraphExport.Extension(f)}");
    }
}
