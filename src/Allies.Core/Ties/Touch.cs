using Allies.Core.Interactions;

namespace Allies.Core.Ties;

/// <summary>One interaction as tie strength sees it: when, what kind, how deep, whether both sides took part, whether something was given.</summary>
public readonly record struct Touch(DateTimeOffset At, InteractionKind Kind, Depth Depth, bool TwoWay, bool Given)
{
    /// <summary>A like or a comment keeps a tie warm, but it is not a real exchange.</summary>
    public bool IsRealExchange => Kind != InteractionKind.Reaction;

    /// <summary>How much this touch counts (Granovetter: time, intensity, intimacy, reciprocity).</summary>
    public double Weight
    {
        get
        {
            var w = Kind switch
            {
                InteractionKind.Reaction => 0.2,
                InteractionKind.Message or InteractionKind.Email => 0.5,
                InteractionKind.VoiceNote or InteractionKind.Event => 0.6,
                InteractionKind.Call => 0.8,
                _ => 1.0, // coffee, lunch, meeting: time spent together
            };
            w *= Depth switch { Depth.Personal => 2.0, Depth.Substantive => 1.5, _ => 1.0 };
            if (TwoWay)
            {
                w *= 1.5;
            }

            if (Given)
            {
                w += 0.5;
            }

            return w;
        }
    }

    /// <summary>Reads an interaction as a touch with one contact: live conversations, their initiative or something from them make it two-way.</summary>
    public static Touch From(DateTimeOffset at, InteractionKind kind, Initiator initiatedBy, Depth depth, IEnumerable<ExchangeDirection> directions)
    {
        var dirs = directions as IReadOnlyCollection<ExchangeDirection> ?? [.. directions];
        var live = kind is InteractionKind.Coffee or InteractionKind.Call or InteractionKind.Lunch or InteractionKind.Meeting or InteractionKind.Event;
        var fromThem = initiatedBy == Initiator.Them || dirs.Any(d => d is ExchangeDirection.TheyGave or ExchangeDirection.TheyAsked);
        var given = dirs.Any(d => d is ExchangeDirection.IGave or ExchangeDirection.TheyGave);
        return new Touch(at, kind, depth, live || fromThem, given);
    }
}
