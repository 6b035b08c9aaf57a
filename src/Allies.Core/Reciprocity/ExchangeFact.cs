using Allies.Core.Interactions;

namespace Allies.Core.Reciprocity;

/// <summary>One exchange as the rules read it: what passed, which way, how it ended, and when (its interaction's time).</summary>
public sealed record ExchangeFact(
    Guid Id,
    Guid InteractionId,
    Guid ContactId,
    DateTimeOffset OccurredAt,
    ExchangeKind Kind,
    ExchangeDirection Direction,
    ExchangeOutcome Outcome,
    bool IsProbe = false,
    string? What = null);

/// <summary>Which side of the relationship an exchange serves.</summary>
public enum ExchangeSide
{
    /// <summary>Counts for nothing yet (an ask of mine still pending).</summary>
    None,

    /// <summary>About their needs: they asked, I gave, or they turned down or ignored what I asked.</summary>
    Theirs,

    /// <summary>About mine: they gave, or did what I asked, or passed on what I gave them.</summary>
    Mine,
}

/// <summary>The rules that place one exchange on a side, and which outcomes each direction can have.</summary>
public static class ExchangeSides
{
    public static ExchangeSide Of(ExchangeDirection direction, ExchangeOutcome outcome) => direction switch
    {
        ExchangeDirection.TheyAsked => ExchangeSide.Theirs,
        ExchangeDirection.TheyGave => ExchangeSide.Mine,
        // What I gave that they passed on (amplified) is given back; anything else I gave served them.
        ExchangeDirection.IGave => outcome == ExchangeOutcome.Amplified ? ExchangeSide.Mine : ExchangeSide.Theirs,
        // My ask: done or amplified, they gave; declined or ignored, they did not (it counts, seed 000); pending, nothing yet.
        ExchangeDirection.IAsked => outcome switch
        {
            ExchangeOutcome.Done or ExchangeOutcome.Amplified => ExchangeSide.Mine,
            ExchangeOutcome.Declined or ExchangeOutcome.Ignored => ExchangeSide.Theirs,
            _ => ExchangeSide.None,
        },
        _ => ExchangeSide.None,
    };

    /// <summary>
    /// The outcomes that mean something for each direction. What they gave me has no answer of theirs to wait for: it is
    /// pending (not used yet) or done. An ask of theirs I can do, decline or ignore, but not "amplify".
    /// </summary>
    public static IReadOnlyList<ExchangeOutcome> Allowed(ExchangeDirection direction) => direction switch
    {
        ExchangeDirection.TheyGave => [ExchangeOutcome.Pending, ExchangeOutcome.Done],
        ExchangeDirection.TheyAsked => [ExchangeOutcome.Pending, ExchangeOutcome.Done, ExchangeOutcome.Declined, ExchangeOutcome.Ignored],
        _ => Enum.GetValues<ExchangeOutcome>(),
    };

    public static bool IsAllowed(ExchangeDirection direction, ExchangeOutcome outcome) => Allowed(direction).Contains(outcome);

    public static FieldError NotAllowed(string field, ExchangeDirection direction, ExchangeOutcome outcome) =>
        new(field, "outcome_not_applicable",
            $"An exchange '{direction}' cannot end '{outcome}': allowed outcomes are {string.Join(", ", Allowed(direction))}.");

    /// <summary>A probe is a small share or ask I made to see what they do with it: only mine can be probes.</summary>
    public static bool CanBeProbe(ExchangeDirection direction) => direction is ExchangeDirection.IGave or ExchangeDirection.IAsked;
}
