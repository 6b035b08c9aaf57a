namespace Allies.Core.Interactions;

/// <summary>What a person logs: only who and what kind are required; "now" is the default time.</summary>
public sealed record InteractionInput
{
    public IReadOnlyList<Guid> ParticipantIds { get; init; } = [];
    public InteractionKind Kind { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }
    public Initiator InitiatedBy { get; init; } = Initiator.Unknown;
    public string? Summary { get; init; }
    public Depth Depth { get; init; } = Depth.SmallTalk;
    public IReadOnlyList<ExchangeInput> Exchanges { get; init; } = [];

    /// <summary>A small allowance for clocks that disagree: "now" on a phone may be a minute ahead of the server.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public IReadOnlyList<FieldError> Validate(DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (ParticipantIds.Count == 0)
        {
            errors.Add(new("ParticipantIds", "participant_required", "Choose at least one person you met."));
        }

        if (OccurredAt is { } at && at > now + FutureTolerance)
        {
            errors.Add(new("OccurredAt", "date_in_future", "An interaction you log has already happened: its date cannot be in the future."));
        }

        if (Summary is { Length: > 4000 })
        {
            errors.Add(new("Summary", "too_long", "The summary is longer than 4000 characters."));
        }

        foreach (var (exchange, i) in Exchanges.Select((e, i) => (e, i)))
        {
            if (exchange.What is { Length: > 1000 })
            {
                errors.Add(new($"Exchanges[{i}].What", "too_long", "What was exchanged is longer than 1000 characters."));
            }

            if (!Reciprocity.ExchangeSides.IsAllowed(exchange.Direction, exchange.Outcome))
            {
                errors.Add(Reciprocity.ExchangeSides.NotAllowed($"Exchanges[{i}].Outcome", exchange.Direction, exchange.Outcome));
            }

            if (exchange.IsProbe && !Reciprocity.ExchangeSides.CanBeProbe(exchange.Direction))
            {
                errors.Add(new($"Exchanges[{i}].IsProbe", "probe_not_mine", "Only something you gave or asked can be a probe."));
            }

            if (exchange.ContactId is { } c && !ParticipantIds.Contains(c))
            {
                errors.Add(new($"Exchanges[{i}].ContactId", "not_a_participant", "An exchange must be with one of the participants."));
            }
        }

        return errors;
    }
}

public sealed record ExchangeInput(ExchangeKind Kind, ExchangeDirection Direction, string? What = null, ExchangeOutcome Outcome = ExchangeOutcome.Pending, Guid? ContactId = null, bool IsProbe = false);
