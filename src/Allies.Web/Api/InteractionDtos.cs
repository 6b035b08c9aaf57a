using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Interactions;
using Microsoft.AspNetCore.Mvc;

namespace Allies.Web.Api;

/// <summary>An interaction as the API returns it, with its participants and exchanges.</summary>
public sealed record InteractionDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    InteractionKind Kind,
    Initiator InitiatedBy,
    string? Summary,
    Depth Depth,
    InteractionSource Source,
    IReadOnlyList<ParticipantDto> Participants,
    IReadOnlyList<ExchangeDto> Exchanges);

public sealed record ParticipantDto(Guid ContactId, string Name);

public sealed record ExchangeDto(Guid Id, Guid ContactId, ExchangeKind Kind, ExchangeDirection Direction, string? What, ExchangeOutcome Outcome, bool IsProbe = false);

/// <summary>What you log, for POST and PUT: only who (participantIds) and what kind are required.</summary>
public sealed record InteractionRequest
{
    /// <summary>One or more of your contacts.</summary>
    public IReadOnlyList<Guid>? ParticipantIds { get; init; }
    /// <summary>Required.</summary>
    public InteractionKind? Kind { get; init; }
    /// <summary>When it happened (default: now on create, unchanged on update); not in the future.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
    /// <summary>Who started it (default Unknown).</summary>
    public Initiator? InitiatedBy { get; init; }
    public string? Summary { get; init; }
    /// <summary>How deep the conversation went (default SmallTalk).</summary>
    public Depth? Depth { get; init; }
    /// <summary>What was given or asked during it.</summary>
    public IReadOnlyList<ExchangeRequest>? Exchanges { get; init; }

    /// <summary>The service's input; a missing required enum becomes a field error, since Core cannot represent "no kind".</summary>
    public InteractionInput ToInput()
    {
        var missing = new List<FieldError>();
        if (Kind is null)
        {
            missing.Add(new("Kind", "kind_required", "Choose what kind of interaction it was (Coffee, Call, Message...)."));
        }

        foreach (var (exchange, i) in (Exchanges ?? []).Select((e, i) => (e, i)))
        {
            if (exchange is null)
            {
                missing.Add(new($"Exchanges[{i}]", "exchange_required", "An exchange cannot be null."));
                continue;
            }

            if (exchange.Kind is null)
            {
                missing.Add(new($"Exchanges[{i}].Kind", "kind_required", "Choose what kind of exchange it was (Introduction, Information...)."));
            }

            if (exchange.Direction is null)
            {
                missing.Add(new($"Exchanges[{i}].Direction", "direction_required", "Choose the direction (IGave, TheyGave, IAsked, TheyAsked)."));
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidInputException(missing);
        }

        return new()
        {
            ParticipantIds = ParticipantIds ?? [],
            Kind = Kind!.Value,
            OccurredAt = OccurredAt,
            InitiatedBy = InitiatedBy ?? Initiator.Unknown,
            Summary = Summary,
            Depth = Depth ?? Core.Interactions.Depth.SmallTalk,
            Exchanges = [.. (Exchanges ?? []).Select(e => new ExchangeInput(e.Kind!.Value, e.Direction!.Value, e.What, e.Outcome ?? ExchangeOutcome.Pending, e.ContactId, e.IsProbe ?? false))],
        };
    }
}

/// <summary>One thing given or asked: kind and direction are required.</summary>
public sealed record ExchangeRequest
{
    public ExchangeKind? Kind { get; init; }
    public ExchangeDirection? Direction { get; init; }
    public string? What { get; init; }
    /// <summary>Default Pending.</summary>
    public ExchangeOutcome? Outcome { get; init; }
    /// <summary>The participant it was with (default: the first participant).</summary>
    public Guid? ContactId { get; init; }
    /// <summary>A small share or ask (IGave or IAsked) made to see what they do with it (default false).</summary>
    public bool? IsProbe { get; init; }
}

/// <summary>Filters and page of GET /api/interactions, newest first.</summary>
public sealed record InteractionListQuery
{
    /// <summary>Only interactions this contact took part in.</summary>
    [FromQuery(Name = "contactId")]
    public Guid? ContactId { get; init; }
    [FromQuery(Name = "kind")]
    public InteractionKind? Kind { get; init; }
    /// <summary>Text that must appear in the summary.</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }
    /// <summary>Occurred at or after this instant.</summary>
    [FromQuery(Name = "from")]
    public DateTimeOffset? From { get; init; }
    /// <summary>Occurred before this instant.</summary>
    [FromQuery(Name = "to")]
    public DateTimeOffset? To { get; init; }
    /// <summary>1-based page number (default 1).</summary>
    [FromQuery(Name = "page")]
    public int? Page { get; init; }
    /// <summary>Rows per page, 1 to 200 (default 25).</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    public InteractionQuery ToQuery() => new()
    {
        ContactId = ContactId,
        Kind = Kind,
        Search = Search,
        From = From,
        To = To,
        Page = Page ?? 1,
        PageSize = PageSize ?? 25,
    };
}

public static class InteractionDtoMapping
{
    public static InteractionDto ToDto(this InteractionView v) => new(
        v.Id, v.OccurredAt, v.Kind, v.InitiatedBy, v.Summary, v.Depth, v.Source,
        [.. v.Participants.Select(p => new ParticipantDto(p.ContactId, p.Name))],
        [.. v.Exchanges.Select(e => e.ToDto())]);

    public static ExchangeDto ToDto(this ExchangeView e) => new(e.Id, e.ContactId, e.Kind, e.Direction, e.What, e.Outcome, e.IsProbe);
}
