namespace Allies.Core.Graph;

/// <summary>A walk through the network from its first node to its last, with its total cost.</summary>
public sealed record GraphPath<TId>(IReadOnlyList<TId> Nodes, double Cost) where TId : notnull
{
    /// <summary>Number of ties crossed.</summary>
    public int Hops => Nodes.Count - 1;
}

/// <summary>The tie on a path most likely to break: the lowest strength.</summary>
public sealed record WeakestLink<TId>(TId From, TId To, double Strength) where TId : notnull;
