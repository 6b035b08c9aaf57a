using Allies.Core.Contacts;
using Allies.Core.Ties;

namespace Allies.Core.Agenda;

/// <summary>Why someone is on the agenda, in the order they come first.</summary>
public enum AgendaReason { FollowUp, Promise, LifeEvent, Introduction, Overdue, Reconnect }

/// <summary>Which step of a double opt-in introduction waits for the owner.</summary>
public enum IntroductionStep { AskA, NudgeA, AskB, Send, CheckIn }

/// <summary>One person to contact now: who, why now (the facts), what to do; Rank orders the list (lower first).</summary>
public sealed record AgendaItem
{
    public required string Key { get; init; }
    public required AgendaContact Contact { get; init; }
    public required AgendaReason Reason { get; init; }
    public required TieScore Tie { get; init; }
    public required Circle Circle { get; init; }
    /// <summary>The day the item is about (meeting, event, promise due, day the cadence ran out).</summary>
    public required DateOnly On { get; init; }
    public int? CadenceDays { get; init; }
    public int? DaysOverdue { get; init; }
    public LifeEventFact? LifeEvent { get; init; }
    public PromiseFact? Promise { get; init; }
    public IntroductionFact? Introduction { get; init; }
    public IntroductionStep? Step { get; init; }
    public AgendaContact? Other { get; init; }
    /// <summary>Other reasons to write to the same person (one item per person).</summary>
    public IReadOnlyList<AgendaReason> Also { get; init; } = [];
    internal (int Group, double Within, string Tie) Order { get; init; }
}

/// <summary>The agenda: the items to do now (the ritual's share, or all), those done in this ritual period, and capacity warnings.</summary>
public sealed record AgendaPlan(
    DateTimeOffset Now, DateOnly Today, int RitualLimit, int DoneThisPeriod, int Remaining,
    IReadOnlyList<AgendaItem> Items, int Pending, IReadOnlyList<DunbarWarning> Warnings);
