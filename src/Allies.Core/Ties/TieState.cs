namespace Allies.Core.Ties;

/// <summary>
/// A contact's tie summary as stored: updated incrementally (only contacts whose interactions changed are refolded), so
/// the agenda reads one small row per contact instead of the whole history.
/// </summary>
public sealed class TieState : IOwned
{
    public Guid ContactId { get; set; }
    public Guid OwnerId { get; set; }
    public DateTimeOffset? FirstAt { get; set; }
    public DateTimeOffset? LastTouchAt { get; set; }
    public DateTimeOffset? LastExchangeAt { get; set; }
    public double Stability { get; set; }
    public double Weight { get; set; }
    public int Exchanges { get; set; }
    public int TwoWay { get; set; }
    public int Deep { get; set; }
    public int Given { get; set; }
    public int Reactions { get; set; }
    /// <summary>The last interaction's summary, for drafts ("last time we talked about…").</summary>
    public string? LastSummary { get; set; }
    /// <summary>Set when an interaction of this contact was changed or deleted: refold before use.</summary>
    public bool Stale { get; set; }

    public TieSummary ToSummary() => new()
    {
        FirstAt = FirstAt,
        LastTouchAt = LastTouchAt,
        LastExchangeAt = LastExchangeAt,
        Stability = Stability,
        Weight = Weight,
        Exchanges = Exchanges,
        TwoWay = TwoWay,
        Deep = Deep,
        Given = Given,
        Reactions = Reactions,
    };

    public void Set(TieSummary s, string? lastSummary)
    {
        FirstAt = s.FirstAt;
        LastTouchAt = s.LastTouchAt;
        LastExchangeAt = s.LastExchangeAt;
        Stability = s.Stability;
        Weight = s.Weight;
        Exchanges = s.Exchanges;
        TwoWay = s.TwoWay;
        Deep = s.Deep;
        Given = s.Given;
        Reactions = s.Reactions;
        LastSummary = lastSummary;
        Stale = false;
    }
}

/// <summary>Per owner: interactions created up to this instant are folded into the tie states.</summary>
public sealed class TieWatermark : IOwned
{
    public Guid OwnerId { get; set; }
    public DateTimeOffset Through { get; set; }
}
