namespace Allies.Core.Ties;

/// <summary>
/// Everything tie strength needs from a history, folded touch by touch in time order: what a per-contact row stores so
/// the agenda never rereads a million interactions.
/// </summary>
public sealed record TieSummary
{
    public static readonly TieSummary Empty = new();

    public DateTimeOffset? FirstAt { get; init; }
    public DateTimeOffset? LastTouchAt { get; init; }
    public DateTimeOffset? LastExchangeAt { get; init; }
    /// <summary>Days for the memory of the tie to fall to 1/e without a new exchange (the forgetting curve's stability).</summary>
    public double Stability { get; init; }
    /// <summary>Sum of the touches' weights (intensity over the whole history).</summary>
    public double Weight { get; init; }
    /// <summary>Real exchanges (reactions excluded).</summary>
    public int Exchanges { get; init; }
    public int TwoWay { get; init; }
    /// <summary>Substantive or personal exchanges.</summary>
    public int Deep { get; init; }
    public int Given { get; init; }
    public int Reactions { get; init; }

    public bool IsEmpty => LastTouchAt is null;

    /// <summary>Where the forgetting curve starts: the last real exchange, or the last touch when there was none.</summary>
    public DateTimeOffset? Anchor => LastExchangeAt ?? LastTouchAt;
}
