using Allies.Core.Contacts;
using Allies.Data.Network;
using Allies.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Allies.Web.Pages.Network;

/// <summary>What the map page and its table page show: the owner's network laid out, filtered by circle, tag and industry.</summary>
public sealed record MapView(NetworkMap Map, NetworkStats Stats, IReadOnlyList<MapNode> Shown, IReadOnlyList<string> Tags, IReadOnlyList<string> Industries)
{
    /// <summary>Rows of the table under the map; the whole list is one link away (/network/people), so 2,000 people stay one fast page.</summary>
    public const int TableRows = 50;

    public static async Task<MapView> LoadAsync(NetworkService network, Guid ownerId, Circle? circle, string? tag, string? industry, CancellationToken ct)
    {
        var loaded = await network.LoadAsync(ownerId, ct);
        var map = MapLayout.Compute(loaded);
        var shown = map.Nodes.Where(n =>
            (circle is null || n.Circle == circle)
            && (string.IsNullOrWhiteSpace(tag) || n.Tags.Contains(tag.Trim(), StringComparer.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(industry) || string.Equals(n.Industry, industry.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
        return new MapView(
            map,
            NetworkService.Stats(loaded),
            shown,
            [.. loaded.People.Values.SelectMany(p => p.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase)],
            [.. loaded.People.Values.Select(p => p.Industry).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase)]);
    }

    /// <summary>The table's order: bridges first, then my closest ties, then by name.</summary>
    public IEnumerable<MapNode> Ranked() =>
        Shown.OrderByDescending(n => n.Bridge).ThenByDescending(n => n.MeStrength ?? 0).ThenBy(n => n.Name, StringComparer.CurrentCultureIgnoreCase);
}

/// <summary>The filter form of the map and of its table page.</summary>
public sealed record MapFilters(string Action, Circle? Circle, string? Tag, string? Industry, MapView View);

/// <summary>People of the map as table rows.</summary>
public sealed record MapTable(string Id, IEnumerable<MapNode> Rows);

/// <summary>A page of the map (the picture, or everyone as a table): the filters from the query string and what they show.</summary>
public abstract class MapPageModel(NetworkService network) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Circle? Circle { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    public MapView View { get; private set; } = null!;

    protected NetworkService Network => network;

    public async Task OnGetAsync() =>
        View = await MapView.LoadAsync(network, User.OwnerId(), Circle, Tag, Industry, HttpContext.RequestAborted);
}
