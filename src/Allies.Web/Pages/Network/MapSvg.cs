using System.Globalization;
using System.Net;
using System.Text;
using Allies.Data.Network;

namespace Allies.Web.Pages.Network;

/// <summary>
/// Draws the map computed by <see cref="MapLayout"/> as one SVG: ties as thin lines (darker when stronger), people as
/// links to their page (colour = community, size = my tie strength, a thick ring = bridge), names only for bridges and my
/// closest ties so 2,000 people stay readable; ties are a few paths, one per band of strength (each path's data-ties
/// says how many it draws). Built with a StringBuilder: Razor loops over 2,000 nodes would be slower.
/// </summary>
public static class MapSvg
{
    /// <summary>Okabe–Ito and Tableau colours, distinct for colour-blind readers first; people outside any circle are grey.</summary>
    public static readonly string[] Palette =
        ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#4e79a7", "#b07aa1", "#59a14f", "#9c755f", "#edc948"];

    public const string Alone = "#9aa3ad";

    /// <summary>Ties are drawn in this many shades, weakest to strongest.</summary>
    public const int TieBands = 5;

    public static string ColourOf(int community) => community < 0 ? Alone : Palette[community % Palette.Length];

    public static string Render(NetworkMap map, IReadOnlySet<Guid> shown, string meLabel, string title, int labels = 40)
    {
        var s = new StringBuilder(200 + (map.Nodes.Count * 220) + (map.Edges.Count * 30));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        s.Append("<svg id=\"map\" class=\"map\" role=\"img\" aria-labelledby=\"map-title\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
            .Append(F(map.MinX)).Append(' ').Append(F(map.MinY)).Append(' ').Append(F(map.Width)).Append(' ').Append(F(map.Height))
            .Append("\" data-nodes=\"").Append(shown.Count.ToString(CultureInfo.InvariantCulture)).Append("\"><title id=\"map-title\">")
            .Append(WebUtility.HtmlEncode(title)).Append("</title><g class=\"ties\">");
        // Ties drawn as one path per band of strength: 7,000 <line> elements made the page heavy to send and to lay out.
        var at = map.Nodes.ToDictionary(n => n.Id);
        var bands = new StringBuilder[TieBands];
        var counts = new int[TieBands];
        foreach (var e in map.Edges)
        {
            if (!shown.Contains(e.A) || !shown.Contains(e.B))
            {
                continue;
            }

            var band = Math.Clamp((int)(e.Strength * TieBands), 0, TieBands - 1);
            var a = at[e.A];
            var b = at[e.B];
            (bands[band] ??= new StringBuilder()).Append('M').Append(F(a.X)).Append(' ').Append(F(a.Y)).Append('L').Append(F(b.X)).Append(' ').Append(F(b.Y));
            counts[band]++;
        }

        for (var band = 0; band < TieBands; band++)
        {
            if (bands[band] is { } d)
            {
                s.Append("<path data-ties=\"").Append(counts[band].ToString(CultureInfo.InvariantCulture))
                    .Append("\" stroke-opacity=\"").Append((0.15 + (0.5 * (band + 0.5) / TieBands)).ToString("0.##", CultureInfo.InvariantCulture))
                    .Append("\" d=\"").Append(d).Append("\"/>");
            }
        }

        s.Append("</g><g class=\"me\"><circle cx=\"0\" cy=\"0\" r=\"12\"/><text x=\"0\" y=\"4\" text-anchor=\"middle\">")
            .Append(WebUtility.HtmlEncode(meLabel)).Append("</text></g><g class=\"people\">");
        var named = map.Nodes.Where(n => shown.Contains(n.Id))
            .OrderByDescending(n => n.Bridge).ThenByDescending(n => n.MeStrength ?? 0).Take(labels).Select(n => n.Id).ToHashSet();
        foreach (var n in map.Nodes)
        {
            if (!shown.Contains(n.Id))
            {
                continue;
            }

            var name = WebUtility.HtmlEncode(n.Name);
            s.Append("<a href=\"/contacts/").Append(n.Id).Append("\" id=\"node-").Append(n.Id).Append("\" data-community=\"")
                .Append(n.Community.ToString(CultureInfo.InvariantCulture)).Append('"').Append(n.Bridge ? " class=\"bridge\"" : "")
                .Append("><circle cx=\"").Append(F(n.X)).Append("\" cy=\"").Append(F(n.Y)).Append("\" r=\"").Append(F(n.Radius))
                .Append("\" fill=\"").Append(ColourOf(n.Community)).Append("\"><title>").Append(name).Append("</title></circle>");
            if (named.Contains(n.Id))
            {
                s.Append("<text x=\"").Append(F(n.X + n.Radius + 2)).Append("\" y=\"").Append(F(n.Y + 3)).Append("\">").Append(name).Append("</text>");
            }

            s.Append("</a>");
        }

        s.Append("</g></svg>");
        return s.ToString();
    }
}
