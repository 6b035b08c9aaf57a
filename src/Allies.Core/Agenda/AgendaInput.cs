using Allies.Core.Contacts;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Core.Ties;

namespace Allies.Core.Agenda;

/// <summary>Everything the agenda is a function of, "now" included. No clock, no database.</summary>
public sealed record AgendaInput
{
    public required DateTimeOffset Now { get; init; }
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;
    public AgendaRules Rules { get; init; } = new();
    public IReadOnlyList<AgendaContact> Contacts { get; init; } = [];
    public IReadOnlyList<LifeEventFact> LifeEvents { get; init; } = [];
    public IReadOnlyList<PromiseFact> Promises { get; init; } = [];
    public IReadOnlyList<IntroductionFact> Introductions { get; init; } = [];
    public IReadOnlyList<DecisionFact> Decisions { get; init; } = [];
    /// <summary>List every item instead of the ritual's share.</summary>
    public bool All { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);
}

/// <summary>The owner's ritual and cadences (from OwnerSettings).</summary>
public sealed record AgendaRules(int RitualPerWeek = 3, RitualMode Mode = RitualMode.Weekly, int CloseCadenceDays = 14, int ExtendedCadenceDays = 42, int WeakCadenceDays = 90)
{
    /// <summary>Fifteen minutes a day is about three short, personal messages.</summary>
    public const int DailyPeople = 3;

    public static AgendaRules From(OwnerSettings s) => new(s.RitualPerWeek, s.RitualMode, s.CloseCadenceDays, s.ExtendedCadenceDays, s.WeakCadenceDays);

    public int? CadenceOf(Circle circle) => circle switch
    {
        Circle.Close => CloseCadenceDays,
        Circle.Extended => ExtendedCadenceDays,
        Circle.Weak => WeakCadenceDays,
        _ => null,
    };
}

/// <summary>A contact with what the agenda and drafts use.</summary>
public sealed record AgendaContact
{
    public required Guid Id { get; init; }
    public required string FirstName { get; init; }
    public string LastName { get; init; } = "";
    public string? Company { get; init; }
    public Circle? PinnedCircle { get; init; }
    public int? CadenceDays { get; init; }
    public DateOnly? MetOn { get; init; }
    public string? HowMet { get; init; }
    public string? WhereMet { get; init; }
    public string? PersonalDetail { get; init; }
    public string? Needs { get; init; }
    public string? Interests { get; init; }
    public DateOnly? Birthday { get; init; }
    public TieSummary Tie { get; init; } = TieSummary.Empty;
    public string? LastSummary { get; init; }

    public string Name => ContactNames.Display(FirstName, LastName);
}

public sealed record LifeEventFact(Guid Id, Guid ContactId, LifeEventKind Kind, DateOnly OccurredOn, string? Note, bool Congratulated);

public sealed record PromiseFact(Guid Id, Guid ContactId, PromisedBy PromisedBy, string What, DateOnly? DueOn, PromiseStatus Status, DateTimeOffset CreatedAt);

public sealed record IntroductionFact(Guid Id, Guid ContactAId, Guid ContactBId, string? Reason, DateTimeOffset ProposedAt,
    DateTimeOffset? AAskedAt, DateTimeOffset? AAcceptedAt, DateTimeOffset? BAskedAt, DateTimeOffset? BAcceptedAt,
    DateTimeOffset? SentAt, DateTimeOffset? MetAt, IntroductionOutcome Outcome);

public sealed record DecisionFact(string ItemKey, Guid ContactId, AgendaDecisionKind Kind, DateTimeOffset DecidedAt, DateOnly? Until);
