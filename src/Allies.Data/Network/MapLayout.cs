using Allies.Core.Contacts;

namespace Allies.Data.Network;

public sealed record MapNode(Guid Id, string Name, double X, double Y, double Radius, int Community, bool Bridge, double? MeStrength,
    Circle Circle, string? Industry, IReadOnlyList<string> Tags, int Degree);

public sealed record MapEdge(Guid A, Guid B, double Strength);

/// <summary>The picture of the network: every contact placed, me at (0, 0), and the ties to draw.</summary>
public sealed record NetworkMap(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges, double Width, double Height, double MinX, double MinY, int Communities);

/// <summary>
/// A layout computed here, in linear time, so 2,000 contacts draw at once without running a force simulation in the
/// browser: each community is a disc (area proportional to its size), discs are packed along a spiral around me, largest
/// first; inside a disc, people sit on a sunflower (Vogel) spiral, my strongest ties at its centre. Contacts with no tie
/// to another contact share one last disc. Same network, same picture.
/// </summary>
public static class MapLayout
{
    const double Spacing = 14;  // distance between neighbours in a disc
    const double Gap = 18;       // between discs

    public static NetworkMap Compute(OwnerNetwork network, int bridges = 10)
    {
        var communities = network.Communities;
        var groups = communities.Groups.Where(g => g.Count >= 2).Select(g => g.ToList()).ToList();
        var alone = communities.Groups.Where(g => g.Count == 1).SelectMany(g => g).ToList();
        if (alone.Count > 0)
        {
            groups.Add(alone);
        }

        var top = network.MapBetweenness.Top(bridges).Where(b => b.Value > 0).Select(b => b.Id).ToHashSet();
        var placed = new List<(double X, double Y, double R)> { (0, 0, 30) };
        var nodes = new List<MapNode>(network.People.Count);
        var golden = Math.PI * (3 - Math.Sqrt(5));
        foreach (var group in groups)
        {
            var radius = (Spacing * Math.Sqrt(group.Count)) + Spacing;
            var (cx, cy) = Place(placed, radius);
            placed.Add((cx, cy, radius));
            var ordered = group.OrderByDescending(id => network.People[id].MeStrength ?? 0).ThenBy(id => id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var p = network.People[ordered[i]];
                var r = Spacing * Math.Sqrt(i + 0.5);
                var angle = i * golden;
                var community = ReferenceEquals(group, alone) ? -1 : communities.CommunityOf(p.Id);
                nodes.Add(new MapNode(p.Id, p.Name, cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle)), 3 + (6 * (p.MeStrength ?? 0)),
                    community, top.Contains(p.Id), p.MeStrength, p.Circle, p.Industry, p.Tags, network.Contacts.Degree(network.Contacts.IndexOf(p.Id))));
            }
        }

        var minX = placed.Min(d => d.X - d.R) - Gap;
        var maxX = placed.Max(d => d.X + d.R) + Gap;
        var minY = placed.Min(d => d.Y - d.R) - Gap;
        var maxY = placed.Max(d => d.Y + d.R) + Gap;
        var edges = network.Ties.Select(t => new MapEdge(t.A, t.B, t.Strength)).ToList();
        return new NetworkMap(nodes, edges, maxX - minX, maxY - minY, minX, minY, groups.Count - (alone.Count > 0 ? 1 : 0));
    }

    /// <summary>The first point along a spiral around me where a disc of this radius overlaps none placed so far.</summary>
    static (double X, double Y) Place(List<(double X, double Y, double R)> placed, double radius)
    {
        for (var step = 0; ; step++)
        {
            var angle = step * 0.35;
            var distance = 30 + radius + Gap + (step * 1.5);
            var x = distance * Math.Cos(angle);
            var y = distance * Math.Sin(angle);
            if (placed.All(d => Math.Pow(d.X - x, 2) + Math.Pow(d.Y - y, 2) >= Math.Pow(d.R + radius + Gap, 2)))
            {
                return (x, y);
            }
        }
    }
}
