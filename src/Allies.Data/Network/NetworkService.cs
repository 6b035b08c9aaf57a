using System.Globalization;
using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Graph;
using Allies.Core.Network;
using Allies.Core.Ties;
using Allies.Data.Agenda;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Network;

/// <summary>
/// The network map of one owner: links set by hand, ties inferred from "introduced by" and from being together in
/// interactions and events, "me" with my tie strength to each contact; and the questions asked of it (circles, bridges,
/// holes, warm intro paths) through Allies.Core.Graph. Archived contacts are left out of the graph altogether, so no
/// path ever goes through one. Every query is filtered on the owner.
/// </summary>
public sealed class NetworkService(AlliesDb db, TieStates tieStates, TimeProvider clock)
{
    /// <summary>An interaction or event with more people than this is a crowd, not evidence that they all know each other.</summary>
    public const int MaxCoAppearanceGroup = 25;

    /// <summary>Strength given to "introduced by" when no link says otherwise.</summary>
    public const double IntroducedByStrength = 0.6;

    /// <summary>My ties at or above this strength are strong (close and extended circles); below it, weak (Granovetter).</summary>
    public const double StrongTie = MeTie.Strong;

    /// <summary>Strength of a tie seen only through co-appearances: 1 − 0.7^count (once 0.30, twice 0.51, five times 0.83).</summary>
    public static double CoAppearanceStrength(int count) => 1 - Math.Pow(0.7, count);

    /// <summary>Default strength of a link set by hand, by kind.</summary>
    public static double DefaultStrength(LinkKind kind) => kind switch
    {
        LinkKind.Family => 0.8,
        LinkKind.Friend => 0.7,
        LinkKind.Colleague => 0.6,
        _ => 0.5,
    };

    public async Task<OwnerNetwork> LoadAsync(Guid ownerId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Company, c.Industry, c.Function, c.PinnedCircle, c.Phase, c.IntroducedById })
            .ToListAsync(ct);
        var active = contacts.Select(c => c.Id).ToHashSet();
        var tags = (await db.ContactTags.AsNoTracking().Where(t => t.OwnerId == ownerId).Select(t => new { t.ContactId, t.Name }).ToListAsync(ct))
            .ToLookup(t => t.ContactId, t => t.Name);
        // My tie to each contact is the keep-in-touch tie strength, read from the per-contact tie states (brought up to
        // date first) rather than from the whole interaction history.
        await tieStates.RefreshAsync(ownerId, ct);
        var states = await db.TieStates.AsNoTracking().Where(t => t.OwnerId == ownerId).ToDictionaryAsync(t => t.ContactId, ct);

        var people = new Dictionary<Guid, NetworkPerson>(contacts.Count);
        foreach (var c in contacts)
        {
            var summary = states.TryGetValue(c.Id, out var state) ? state.ToSummary() : TieSummary.Empty;
            var touches = summary.Exchanges + summary.Reactions;
            var score = TieStrength.Score(summary, now).Score;
            double? me = MeTie.Exists(c.Phase, touches, c.PinnedCircle) ? MeTie.Strength(score, c.PinnedCircle) : null;
            people.Add(c.Id, new NetworkPerson(c.Id, ContactNames.Display(c.FirstName, c.LastName), c.Company, c.Industry, c.Function,
                c.PinnedCircle ?? Circles.FromScore(score), [.. tags[c.Id].Order(StringComparer.OrdinalIgnoreCase)], me, touches));
        }

        var evidence = new Dictionary<(Guid, Guid), Evidence>();
        Evidence At(Guid a, Guid b)
        {
            var key = a.CompareTo(b) < 0 ? (a, b) : (b, a);
            if (!evidence.TryGetValue(key, out var e))
            {
                e = new Evidence();
                evidence.Add(key, e);
            }

            return e;
        }

        var links = await db.ContactLinks.AsNoTracking().Where(l => l.OwnerId == ownerId)
            .Select(l => new { l.FromContactId, l.ToContactId, l.Kind, l.Strength, l.Source, l.Evidence }).ToListAsync(ct);
        foreach (var l in links.Where(l => l.FromContactId != l.ToContactId && active.Contains(l.FromContactId) && active.Contains(l.ToContactId)))
        {
            var e = At(l.FromContactId, l.ToContactId);
            if (l.Source == LinkSource.Manual)
            {
                e.Manual = l.Strength;
            }
            else
            {
                e.Strengths.Add(Math.Clamp(l.Strength, 0, 1));
            }

            e.Kind ??= l.Kind;
            e.Sources.Add(Enum.Parse<TieSource>(l.Source.ToString()));
            e.Count += Math.Max(1, l.Evidence);
        }

        foreach (var c in contacts.Where(c => c.IntroducedById is { } by && by != c.Id && active.Contains(by)))
        {
            var e = At(c.Id, c.IntroducedById!.Value);
            if (!e.Sources.Contains(TieSource.IntroducedBy))
            {
                e.Strengths.Add(IntroducedByStrength);
                e.Sources.Add(TieSource.IntroducedBy);
                e.Kind ??= LinkKind.Introduced;
                e.Count++;
            }
        }

        var together = new Dictionary<(Guid, Guid), (int Interactions, int Events)>();
        var groups = db.InteractionParticipants.Where(p => p.OwnerId == ownerId).GroupBy(p => p.InteractionId)
            .Where(g => g.Count() >= 2 && g.Count() <= MaxCoAppearanceGroup).Select(g => g.Key);
        var shared = await db.InteractionParticipants.AsNoTracking().Where(p => p.OwnerId == ownerId && groups.Contains(p.InteractionId))
            .Select(p => new { Group = p.InteractionId, p.ContactId }).ToListAsync(ct);
        CountPairs(shared.Select(s => (s.Group, s.ContactId)), (a, b) =>
        {
            var key = a.CompareTo(b) < 0 ? (a, b) : (b, a);
            together[key] = together.TryGetValue(key, out var t) ? (t.Interactions + 1, t.Events) : (1, 0);
        });
        var events = db.EventGuests.Where(g => g.OwnerId == ownerId).GroupBy(g => g.EventId)
            .Where(g => g.Count() >= 2 && g.Count() <= MaxCoAppearanceGroup).Select(g => g.Key);
        var guests = await db.EventGuests.AsNoTracking().Where(g => g.OwnerId == ownerId && events.Contains(g.EventId))
            .Select(g => new { Group = g.EventId, g.ContactId }).ToListAsync(ct);
        CountPairs(guests.Select(s => (s.Group, s.ContactId)), (a, b) =>
        {
            var key = a.CompareTo(b) < 0 ? (a, b) : (b, a);
            together[key] = together.TryGetValue(key, out var t) ? (t.Interactions, t.Events + 1) : (0, 1);
        });
        foreach (var ((a, b), (inInteractions, inEvents)) in together)
        {
            if (!active.Contains(a) || !active.Contains(b))
            {
                continue;
            }

            var e = At(a, b);
            e.Strengths.Add(CoAppearanceStrength(inInteractions + inEvents));
            if (inInteractions > 0)
            {
                e.Sources.Add(TieSource.Interactions);
            }

            if (inEvents > 0)
            {
                e.Sources.Add(TieSource.Event);
            }

            e.Count += inInteractions + inEvents;
        }

        var ties = new List<NetworkTie>(evidence.Count);
        foreach (var ((a, b), e) in evidence.OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2))
        {
            // A link set by hand is the owner's word: it replaces the inferred strength (0 = "they do not know each other").
            var strength = e.Manual ?? 1 - e.Strengths.Aggregate(1.0, (miss, s) => miss * (1 - s));
            if (strength > 0)
            {
                ties.Add(new NetworkTie(a, b, Math.Min(1, strength), e.Kind ?? LinkKind.Knows, [.. e.Sources.Distinct().Order()], e.Count));
            }
        }

        return new OwnerNetwork(ownerId, people, ties);
    }

    static void CountPairs(IEnumerable<(Guid Group, Guid Contact)> rows, Action<Guid, Guid> pair)
    {
        foreach (var group in rows.GroupBy(r => r.Group))
        {
            var members = group.Select(r => r.Contact).Distinct().ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    pair(members[i], members[j]);
                }
            }
        }
    }

    sealed class Evidence
    {
        public double? Manual;
        public readonly List<double> Strengths = [];
        public readonly List<TieSource> Sources = [];
        public LinkKind? Kind;
        public int Count;
    }

    // ---------------------------------------------------------------- links set by hand

    /// <summary>"A knows B", set by hand: creates or replaces the stored link between them (either direction).</summary>
    public async Task<LinkView> LinkAsync(Guid ownerId, Guid a, Guid b, LinkKind kind = LinkKind.Knows, double? strength = null, CancellationToken ct = default)
    {
        await CheckPairAsync(ownerId, a, b, ct);
        var s = strength ?? DefaultStrength(kind);
        if (!double.IsFinite(s) || s <= 0 || s > 1)
        {
            throw InvalidInputException.For("Strength", "strength_range", "The strength of a link is a number above 0 and at most 1.");
        }

        var stored = await db.ContactLinks.Where(l => l.OwnerId == ownerId
                && ((l.FromContactId == a && l.ToContactId == b) || (l.FromContactId == b && l.ToContactId == a)))
            .ToListAsync(ct);
        var link = stored.FirstOrDefault();
        if (link is null)
        {
            link = new ContactLink { OwnerId = ownerId, FromContactId = a, ToContactId = b, Evidence = 1 };
            db.ContactLinks.Add(link);
        }

        db.ContactLinks.RemoveRange(stored.Skip(1));
        link.Kind = kind;
        link.Strength = s;
        link.Source = LinkSource.Manual;
        await db.SaveChangesAsync(ct);
        var other = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Id == b).Select(c => new { c.FirstName, c.LastName }).FirstAsync(ct);
        return new LinkView(new PersonRef(b, ContactNames.Display(other.FirstName, other.LastName)), s, kind, [TieSource.Manual], link.Evidence);
    }

    /// <summary>
    /// "A does not know B": removes the stored links between them; when other evidence (introduced by, shared interactions
    /// or events) would still tie them, keeps a link of strength 0 set by hand, which the map reads as "not linked".
    /// Returns whether a tie existed.
    /// </summary>
    public async Task<bool> UnlinkAsync(Guid ownerId, Guid a, Guid b, CancellationToken ct = default)
    {
        await CheckPairAsync(ownerId, a, b, ct);
        var before = await LoadAsync(ownerId, ct);
        var existed = before.Full.Contains(a) && before.Full.Contains(b) && before.Full.WeightBetween(a, b) > 0;
        await db.ContactLinks.Where(l => l.OwnerId == ownerId
                && ((l.FromContactId == a && l.ToContactId == b) || (l.FromContactId == b && l.ToContactId == a)))
            .ExecuteDeleteAsync(ct);
        await OwnerStamps.BumpAsync(db, ownerId, ct);
        var after = await LoadAsync(ownerId, ct);
        if (after.Full.Contains(a) && after.Full.Contains(b) && after.Full.WeightBetween(a, b) > 0)
        {
            db.ContactLinks.Add(new ContactLink { OwnerId = ownerId, FromContactId = a, ToContactId = b, Strength = 0, Source = LinkSource.Manual, Evidence = 1 });
            await db.SaveChangesAsync(ct);
        }

        return existed;
    }

    /// <summary>Everyone a contact is tied to on the map, strongest first.</summary>
    public async Task<IReadOnlyList<LinkView>> LinksOfAsync(Guid ownerId, Guid contactId, CancellationToken ct = default)
    {
        if (!await db.Contacts.AnyAsync(c => c.OwnerId == ownerId && c.Id == contactId, ct))
        {
            throw new NotFoundException("Contact");
        }

        var network = await LoadAsync(ownerId, ct);
        return [.. network.Ties.Where(t => t.A == contactId || t.B == contactId)
            .Select(t => (t, other: t.A == contactId ? t.B : t.A))
            .Select(x => new LinkView(new PersonRef(x.other, network.NameOf(x.other)), x.t.Strength, x.t.Kind, x.t.Sources, x.t.Evidence))
            .OrderByDescending(l => l.Strength).ThenBy(l => l.Other.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    async Task CheckPairAsync(Guid ownerId, Guid a, Guid b, CancellationToken ct)
    {
        if (a == b)
        {
            throw InvalidInputException.For("OtherContactId", "same_contact", "A link needs two different contacts.");
        }

        var found = await db.Contacts.CountAsync(c => c.OwnerId == ownerId && (c.Id == a || c.Id == b), ct);
        if (found != 2)
        {
            throw new NotFoundException("Contact");
        }
    }

    // ---------------------------------------------------------------- questions

    public async Task<NetworkStats> StatsAsync(Guid ownerId, CancellationToken ct = default) => Stats(await LoadAsync(ownerId, ct));

    public static NetworkStats Stats(OwnerNetwork network)
    {
        var communities = network.Communities;
        var groups = communities.Groups;
        var circles = groups.Select((g, i) => (g, i)).Where(x => x.g.Count >= 2)
            .Select(x => new CommunityView(x.i, x.g.Count,
                [.. x.g.Select(id => network.People[id].Industry).Where(s => !string.IsNullOrWhiteSpace(s)).GroupBy(s => s!.Trim(), StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Take(3).Select(s => s.Key)],
                [.. x.g.OrderByDescending(id => network.People[id].MeStrength ?? 0).ThenBy(id => id).Take(3).Select(id => new PersonRef(id, network.NameOf(id)))]))
            .ToList();
        double? Defined(double v) => double.IsFinite(v) ? v : null;
        var full = network.Full;
        double? constraint = null, effective = null;
        if (full.Degree(full.IndexOf(network.Me)) > 0)
        {
            constraint = Defined(StructuralHoles.Constraint(full, weighted: true)[network.Me]);
            effective = Defined(StructuralHoles.EffectiveSize(full, weighted: true)[network.Me]);
        }

        return new NetworkStats(network.People.Count, network.Ties.Count, network.People.Values.Count(p => p.MeStrength is not null),
            circles.Count, groups.Count(g => g.Count == 1), network.Ties.Count == 0 ? null : Defined(communities.Modularity), constraint, effective, circles);
    }

    public async Task<NetworkBridges> BridgesAsync(Guid ownerId, int count = 10, CancellationToken ct = default) => Bridges(await LoadAsync(ownerId, ct), count);

    public static NetworkBridges Bridges(OwnerNetwork network, int count = 10)
    {
        var communities = network.Communities;
        var bridges = network.Betweenness.Top(count).Where(b => b.Value > 0)
            .Select(b => new BridgeView(b.Id, network.NameOf(b.Id), b.Value, communities.CommunityOf(b.Id),
                [$"{network.NameOf(b.Id)} lies on {b.Value.ToString("0.#%", CultureInfo.InvariantCulture)} of the shortest paths between your other contacts."]))
            .ToList();

        // Weak ties (Granovetter): my weak ties into circles where I have no strong tie.
        var mine = network.People.Values.Where(p => p.MeStrength is not null).ToList();
        var strongCircles = mine.Where(p => p.MeStrength >= StrongTie).Select(p => communities.CommunityOf(p.Id)).ToHashSet();
        var sizes = communities.Groups.Select(g => g.Count).ToArray();
        var weak = mine.Where(p => p.MeStrength < StrongTie && !strongCircles.Contains(communities.CommunityOf(p.Id)) && sizes[communities.CommunityOf(p.Id)] >= 2)
            .OrderByDescending(p => sizes[communities.CommunityOf(p.Id)]).ThenByDescending(p => p.MeStrength).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(p => new WeakTieView(p.Id, p.Name, p.MeStrength!.Value, communities.CommunityOf(p.Id),
                [$"A weak tie (strength {p.MeStrength!.Value.ToString("0.00", CultureInfo.InvariantCulture)}) into a circle of {sizes[communities.CommunityOf(p.Id)]} where you have no close contact."]))
            .ToList();
        return new NetworkBridges(bridges, weak, Dependencies(network));
    }

    static IReadOnlyList<DependenceView> Dependencies(OwnerNetwork network) =>
        [.. SingleBridges.Find(network.Full, network.Me, network.NameOf, id => id == network.Me ? null : network.People[id].Industry)
            .Select(d => new DependenceView(d.Bridge, network.NameOf(d.Bridge), d.OnlyThrough.Count,
                [.. d.OnlyThrough.Take(20).Select(id => new PersonRef(id, network.NameOf(id)))],
                [.. d.OnlyThrough.Select(id => network.People[id].Industry?.Trim()).OfType<string>().Where(i => i.Length > 0)
                    .GroupBy(i => i, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new AreaCount(g.Key, g.Count()))],
                d.Reasons))];

    public async Task<NetworkHoles> HolesAsync(Guid ownerId, CancellationToken ct = default)
    {
        var network = await LoadAsync(ownerId, ct);
        var wanted = await db.Targets.AsNoTracking().Where(t => t.OwnerId == ownerId && t.ReachedAt == null)
            .Select(t => new { t.Industry, t.Function }).ToListAsync(ct);
        return Holes(network, wanted.Select(w => w.Industry).OfType<string>(), wanted.Select(w => w.Function).OfType<string>());
    }

    public static NetworkHoles Holes(OwnerNetwork network, IEnumerable<string> wantedIndustries, IEnumerable<string> wantedFunctions)
    {
        IReadOnlyList<AreaView> By(Func<NetworkPerson, string?> area, IEnumerable<string> wanted) =>
            [.. AreaHoles.Find(network.Full, network.Me, id => id == network.Me ? null : area(network.People[id]), network.NameOf, wanted, StrongTie)
                .Select(a => new AreaView(a.Area, a.Reach, [.. a.Gateways.Select(g => new PersonRef(g, network.NameOf(g)))],
                    a.Gateways.Count(g => network.Full.WeightBetween(network.Me, g) >= StrongTie), a.PeopleReached, a.Reasons))];
        return new NetworkHoles(By(p => p.Industry, wantedIndustries), By(p => p.Function, wantedFunctions), Dependencies(network));
    }

    /// <summary>The best <paramref name="k"/> warm paths from me to a contact or to anyone matching a profile.</summary>
    /// <exception cref="NotFoundException">The contact is unknown, another owner's, or archived.</exception>
    public async Task<PathsResult> PathsAsync(Guid ownerId, PathQuery query, int k = 3, CancellationToken ct = default) =>
        Paths(await LoadAsync(ownerId, ct), query, k);

    public static PathsResult Paths(OwnerNetwork network, PathQuery query, int k = 3)
    {
        if (query.IsEmpty)
        {
            throw InvalidInputException.For("To", "target_missing", "Say whom to reach: a contact, or a company, an industry or a function.");
        }

        if (k is < 1 or > 20)
        {
            throw InvalidInputException.For("K", "k_range", "The number of paths is between 1 and 20.");
        }

        List<Guid> targets;
        if (query.ContactId is { } id)
        {
            targets = network.People.ContainsKey(id) ? [id] : throw new NotFoundException("Contact");
        }
        else
        {
            static bool Same(string? value, string? wanted) =>
                string.IsNullOrWhiteSpace(wanted) || string.Equals(value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase);
            targets = [.. network.People.Values
                .Where(p => Same(p.Company, query.Company) && Same(p.Industry, query.Industry) && Same(p.Function, query.Function))
                .Select(p => p.Id).Order()];
        }

        var paths = IntroPaths.ToAnyOf(network.Full, network.Me, targets, k, network.NameOf);
        return new PathsResult(targets.Count, [.. paths.Select(p => new PathView(
            [.. p.Path.Nodes.Select(n => new PersonRef(n, network.NameOf(n)))],
            [.. p.Path.Nodes.Zip(p.Path.Nodes.Skip(1), network.Full.WeightBetween)], p.Path.Cost, p.Path.Hops,
            new WeakestLinkView(new PersonRef(p.WeakestLink.From, network.NameOf(p.WeakestLink.From)), new PersonRef(p.WeakestLink.To, network.NameOf(p.WeakestLink.To)), p.WeakestLink.Strength),
            p.AskFirst is { } ask && ask != Guid.Empty ? new PersonRef(ask, network.NameOf(ask)) : null, p.Reasons))]);
    }

    public async Task ExportAsync(Guid ownerId, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        var network = await LoadAsync(ownerId, ct);
        await GraphExport.WriteAsync(network, format, output, ct);
    }
}
