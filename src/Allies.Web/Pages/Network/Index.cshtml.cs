using Allies.Core.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Allies.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>The network map: a picture (SVG laid out on the server), filters, a summary and the same data as a table.</summary>
public sealed class IndexModel(NetworkService network) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Circle? Circle { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    public NetworkMap Map { get; private set; } = new([], [], 1, 1, 0, 0, 0);

    public NetworkStats Stats { get; private set; } = null!;

    public IReadOnlyList<MapNode> Shown { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public IReadOnlyList<string> Industries { get; private set; } = [];

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var loaded = await network.LoadAsync(User.OwnerId(), HttpContext.RequestAborted);
        Stats = NetworkService.Stats(loaded);
        Map = MapLayout.Compute(loaded);
        Tags = [.. loaded.People.Values.SelectMany(p => p.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase)];
        Industries = [.. loaded.People.Values.Select(p => p.Industry).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase)];
        Shown = [.. Map.Nodes.Where(n =>
            (Circle is null || n.Circle == Circle)
            && (string.IsNullOrWhiteSpace(Tag) || n.Tags.Contains(Tag.Trim(), StringComparer.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Industry) || string.Equals(n.Industry, Industry.Trim(), StringComparison.OrdinalIgnoreCase)))];
    }

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
