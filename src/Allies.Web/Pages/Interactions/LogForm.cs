using Allies.Core.Interactions;

namespace Allies.Web.Pages.Interactions;

/// <summary>The "log an interaction" form as typed: people by name, kind, and optionally when, how deep, and one exchange.</summary>
public sealed class LogForm
{
    /// <summary>Contacts ticked on the form (the person whose page the owner came from).</summary>
    public List<Guid> ContactIds { get; set; } = [];

    /// <summary>Contacts offered as checkboxes, kept across a failed post even when unticked.</summary>
    public List<Guid> OfferedIds { get; set; } = [];

    /// <summary>Names (or emails) typed, separated by commas or new lines.</summary>
    public string? People { get; set; }

    public InteractionKind? Kind { get; set; }

    /// <summary>A datetime-local value in the owner's time zone; empty means now.</summary>
    public string? When { get; set; }

    public string? Summary { get; set; }
    public Depth Depth { get; set; } = Depth.SmallTalk;
    public Initiator InitiatedBy { get; set; } = Initiator.Unknown;

    /// <summary>One exchange in the older single-exchange shape (still accepted when posted).</summary>
    public ExchangeKind? ExchangeKind { get; set; }
    public ExchangeDirection ExchangeDirection { get; set; } = Core.Interactions.ExchangeDirection.IGave;
    public string? ExchangeWhat { get; set; }

    /// <summary>Exchanges picked with one-tap chips: a row counts once a kind is chosen.</summary>
    public List<ExchangeRow> Exchanges { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new ExchangeRow())];

    /// <summary>How many exchange rows the form offers.</summary>
    public const int Rows = 2;

    /// <summary>Everything given or asked on the form, in order.</summary>
    public IReadOnlyList<ExchangeInput> ExchangeInputs() =>
    [
        .. ExchangeKind is { } legacy ? [new ExchangeInput(legacy, ExchangeDirection, ExchangeWhat)] : Array.Empty<ExchangeInput>(),
        .. Exchanges.Where(r => r.Kind is not null).Select(r => new ExchangeInput(r.Kind!.Value, r.Direction, r.What, r.Outcome, IsProbe: r.IsProbe)),
    ];
}

/// <summary>One row of exchange chips: direction × kind, a short "what", the outcome, and whether it was a probe.</summary>
public sealed class ExchangeRow
{
    public ExchangeKind? Kind { get; set; }
    public ExchangeDirection Direction { get; set; } = Core.Interactions.ExchangeDirection.IGave;
    public string? What { get; set; }
    public ExchangeOutcome Outcome { get; set; } = ExchangeOutcome.Pending;
    public bool IsProbe { get; set; }
}
