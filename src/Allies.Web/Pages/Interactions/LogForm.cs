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

    public ExchangeKind? ExchangeKind { get; set; }
    public ExchangeDirection ExchangeDirection { get; set; } = Core.Interactions.ExchangeDirection.IGave;
    public string? ExchangeWhat { get; set; }
}
