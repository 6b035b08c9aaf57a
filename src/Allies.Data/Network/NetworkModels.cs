using Allies.Core.Contacts;
using Allies.Core.Graph;
using Allies.Core.Network;

namespace Allies.Data.Network;

/// <summary>Where the evidence for a tie comes from.</summary>
public enum TieSource { Manual, Mail, Calendar, Event, IntroducedBy, Interactions, Demo, Me }

/// <summary>One person on the map: a contact (not archived), with what the map colours and filters by.</summary>
public sealed record NetworkPerson(
    Guid Id, string Name, string? Company, string? Industry, string? Function, Circle Circle, IReadOnlyList<string> Tags,
    double? MeStrength, int Interactions);

/// <summary>A tie between two contacts, all its evidence merged.</summary>
public sealed record NetworkTie(Guid A, Guid B, double Strength, LinkKind Kind, IReadOnlyList<TieSource> Sources, int Evidence);

/// <summary>One owner's network, loaded once: the people, the ties between them, and the graphs the analytics run on.</summary>
public sealed class OwnerNetwork
{
    internal OwnerNetwork(Guid me, IReadOnlyDictionary<Guid, NetworkPerson> people, IReadOnlyList<NetworkTie> ties)
    {
        Me = me;
        People = people;
        Ties = ties;
        var nodes = people.Keys.OrderBy(k => k).ToList();
        Contacts = NetworkGraph<Guid>.FromEdges(ties.Select(t => (t.A, t.B, t.Strength)), nodes);
        Full = NetworkGraph<Guid>.FromEdges(
            ties.Select(t => (t.A, t.B, t.Strength))
                .Concat(people.Values.Where(p => p.MeStrength is not null).Select(p => (me, p.Id, p.MeStrength!.Value))),
            [me, .. nodes]);
    }

    /// <summary>The owner's id, used as the id of the "me" node.</summary>
    public Guid Me { get; }

    public IReadOnlyDictionary<Guid, NetworkPerson> People { get; }

    public IReadOnlyList<NetworkTie> Ties { get; }

    /// <summary>Contacts and their ties to each other, without me: where circles and bridges are looked for.</summary>
    public NetworkGraph<Guid> Contacts { get; }

    /// <summary>Contacts and me: what paths, holes and my constraint are measured on.</summary>
    public NetworkGraph<Guid> Full { get; }

    public string NameOf(Guid id) => id == Me ? "You" : People.TryGetValue(id, out var p) ? p.Name : id.ToString();

    Communities<Guid>? communities;
    NodeValues<Guid>? betweenness;

    /// <summary>Louvain communities of the contacts graph (seed 42, weighted by strength).</summary>
    public Communities<Guid> Communities => communities ??= Louvain.Detect(Contacts, seed: 42);

    /// <summary>Betweenness of each contact among the others (hops, normalised), exact.</summary>
    public NodeValues<Guid> Betweenness => betweenness ??= Core.Graph.Betweenness.Compute(Contacts);

    /// <summary>Sources sampled for the map's bridge highlighting above this many contacts (exact below).</summary>
    public const int MapPivots = 256;

    /// <summary>Betweenness for the map: exact up to <see cref="MapPivots"/> contacts, estimated from that many sources above.</summary>
    public NodeValues<Guid> MapBetweenness => betweenness ?? (estimated ??= Core.Graph.Betweenness.Estimate(Contacts, MapPivots));

    NodeValues<Guid>? estimated;
}

public sealed record PersonRef(Guid Id, string Name);

public sealed record CommunityView(int Index, int Size, IReadOnlyList<string> TopIndustries, IReadOnlyList<PersonRef> Closest);

public sealed record NetworkStats(
    int Contacts, int Ties, int MyTies, int Communities, int Alone, double? Modularity, double? MyConstraint, double? MyEffectiveSize,
    IReadOnlyList<CommunityView> Circles);

public sealed record BridgeView(Guid Id, string Name, double Betweenness, int Community, IReadOnlyList<string> Reasons);

public sealed record WeakTieView(Guid Id, string Name, double Strength, int Community, IReadOnlyList<string> Reasons);

public sealed record AreaCount(string Area, int Count);

public sealed record DependenceView(
    Guid BridgeId, string BridgeName, int Count, IReadOnlyList<PersonRef> OnlyThrough, IReadOnlyList<AreaCount> ByIndustry, IReadOnlyList<string> Reasons);

public sealed record NetworkBridges(IReadOnlyList<BridgeView> Bridges, IReadOnlyList<WeakTieView> WeakTies, IReadOnlyList<DependenceView> Dependencies);

public sealed record AreaView(string Area, AreaReach Reach, IReadOnlyList<PersonRef> Gateways, int CloseGateways, int PeopleReached, IReadOnlyList<string> Reasons);

public sealed record NetworkHoles(IReadOnlyList<AreaView> ByIndustry, IReadOnlyList<AreaView> ByFunction, IReadOnlyList<DependenceView> Dependencies);

/// <summary>Whom to reach: one contact, or anyone matching a profile (every field given must match).</summary>
public sealed record PathQuery
{
    public Guid? ContactId { get; init; }
    public string? Company { get; init; }
    public string? Industry { get; init; }
    public string? Function { get; init; }

    public bool IsEmpty => ContactId is null && string.IsNullOrWhiteSpace(Company) && string.IsNullOrWhiteSpace(Industry) && string.IsNullOrWhiteSpace(Function);
}

public sealed record WeakestLinkView(PersonRef From, PersonRef To, double Strength);

/// <summary>A path from me; <paramref name="Strengths"/>[i] is the tie between step i and step i + 1.</summary>
public sealed record PathView(IReadOnlyList<PersonRef> Steps, IReadOnlyList<double> Strengths, double Cost, int Hops, WeakestLinkView WeakestLink, PersonRef? AskFirst, IReadOnlyList<string> Reasons);

public sealed record PathsResult(int TargetsMatched, IReadOnlyList<PathView> Paths);

/// <summary>A tie as shown on a contact's page.</summary>
public sealed record LinkView(PersonRef Other, double Strength, LinkKind Kind, IReadOnlyList<TieSource> Sources, int Evidence);

public enum ExportFormat { GraphMl, Gexf }
