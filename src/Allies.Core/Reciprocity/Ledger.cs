using System.Globalization;
using Allies.Core.Interactions;

namespace Allies.Core.Reciprocity;

/// <summary>Kept, broken and open promises of one side.</summary>
public sealed record PromiseCounts(int Kept, int Broken, int Open)
{
    /// <summary>Kept over settled (kept + broken); null when none is settled yet.</summary>
    public double? KeptRatio => Kept + Broken == 0 ? null : Math.Round((double)Kept / (Kept + Broken), 2);

    public static PromiseCounts Of(IEnumerable<Promise> promises)
    {
        var list = promises.ToList();
        return new(list.Count(p => p.Status == PromiseStatus.Kept), list.Count(p => p.Status == PromiseStatus.Broken), list.Count(p => p.Status == PromiseStatus.Open));
    }
}

/// <summary>Asks of one side, by how they ended.</summary>
public sealed record AskCounts(int Total, int Pending, int Done, int Declined, int Ignored, int Amplified);

/// <summary>Small shares or asks made as probes, and what they did with them (seed 000: givers amplify, takers take).</summary>
public sealed record ProbeCounts(int Total, int Amplified, int Taken, int Ignored, int Pending);

/// <summary>The reciprocity ledger of one contact over the window.</summary>
public sealed record Ledger
{
    public required Guid ContactId { get; init; }
    public required DateTimeOffset Since { get; init; }
    public required int WindowMonths { get; init; }
    public required IReadOnlyDictionary<ExchangeKind, int> GivenByKind { get; init; }
    public required IReadOnlyDictionary<ExchangeKind, int> ReceivedByKind { get; init; }
    public required AskCounts MyAsks { get; init; }
    public required AskCounts TheirAsks { get; init; }

    /// <summary>Times I gave: what I gave, and their asks I did.</summary>
    public required int TimesIGave { get; init; }

    /// <summary>Times they gave: what they gave, and my asks they did.</summary>
    public required int TimesTheyGave { get; init; }

    /// <summary>Times I gave minus times they gave: above zero, I have given more.</summary>
    public int Balance => TimesIGave - TimesTheyGave;

    /// <summary>The last time I gave them anything, whenever it was (null: never).</summary>
    public required DateTimeOffset? LastGivenAt { get; init; }

    public required PromiseCounts MyPromises { get; init; }
    public required PromiseCounts TheirPromises { get; init; }
    public required ProbeCounts Probes { get; init; }
    public required ArchetypeJudgement Archetype { get; init; }
    public required ResponsivenessSummary Responsiveness { get; init; }

    /// <summary>Seed 001: ask only after having invested. True when I have never given them anything.</summary>
    public bool NeverGiven => LastGivenAt is null;
}

/// <summary>Builds a contact's ledger from their exchanges, promises and interactions, pure.</summary>
public static class Ledgers
{
    public static Ledger Build(
        Guid contactId,
        IReadOnlyCollection<ExchangeFact> exchanges,
        IReadOnlyCollection<Promise> promises,
        IReadOnlyCollection<InteractionFact> interactions,
        DateTimeOffset? lastGivenEver,
        DateTimeOffset now,
        ReciprocityRules rules)
    {
        var since = rules.WindowStart(now);
        var window = exchanges.Where(e => e.ContactId == contactId && e.OccurredAt >= since && e.OccurredAt <= now).ToList();
        var gave = window.Where(e => e.Direction == ExchangeDirection.IGave).ToList();
        var received = window.Where(e => e.Direction == ExchangeDirection.TheyGave).ToList();
        var myAsks = window.Where(e => e.Direction == ExchangeDirection.IAsked).ToList();
        var theirAsks = window.Where(e => e.Direction == ExchangeDirection.TheyAsked).ToList();
        var lastGivenInData = exchanges
            .Where(e => e.ContactId == contactId && e.OccurredAt <= now && (e.Direction == ExchangeDirection.IGave || (e.Direction == ExchangeDirection.TheyAsked && e.Outcome == ExchangeOutcome.Done)))
            .Select(e => (DateTimeOffset?)e.OccurredAt).Max();
        var probes = window.Where(e => e.IsProbe).ToList();
        return new Ledger
        {
            ContactId = contactId,
            Since = since,
            WindowMonths = rules.WindowMonths,
            GivenByKind = ByKind(gave),
            ReceivedByKind = ByKind(received),
            MyAsks = Asks(myAsks),
            TheirAsks = Asks(theirAsks),
            TimesIGave = gave.Count + theirAsks.Count(a => a.Outcome == ExchangeOutcome.Done),
            TimesTheyGave = received.Count + myAsks.Count(a => a.Outcome is ExchangeOutcome.Done or ExchangeOutcome.Amplified),
            LastGivenAt = Max(lastGivenEver, lastGivenInData),
            MyPromises = PromiseCounts.Of(promises.Where(p => p.ContactId == contactId && p.PromisedBy == PromisedBy.Me)),
            TheirPromises = PromiseCounts.Of(promises.Where(p => p.ContactId == contactId && p.PromisedBy == PromisedBy.Them)),
            Probes = new(probes.Count, probes.Count(p => p.Outcome == ExchangeOutcome.Amplified), probes.Count(p => p.Outcome == ExchangeOutcome.Done),
                probes.Count(p => p.Outcome is ExchangeOutcome.Ignored or ExchangeOutcome.Declined), probes.Count(p => p.Outcome == ExchangeOutcome.Pending)),
            Archetype = Archetypes.Judge(exchanges.Where(e => e.ContactId == contactId), now, rules),
            Responsiveness = Reciprocity.Responsiveness.Summarize(interactions, since, now, rules),
        };
    }

    static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    static Dictionary<ExchangeKind, int> ByKind(IEnumerable<ExchangeFact> list) =>
        list.GroupBy(e => e.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    static AskCounts Asks(IReadOnlyCollection<ExchangeFact> asks) => new(
        asks.Count,
        asks.Count(a => a.Outcome == ExchangeOutcome.Pending),
        asks.Count(a => a.Outcome == ExchangeOutcome.Done),
        asks.Count(a => a.Outcome == ExchangeOutcome.Declined),
        asks.Count(a => a.Outcome == ExchangeOutcome.Ignored),
        asks.Count(a => a.Outcome == ExchangeOutcome.Amplified));

    /// <summary>
    /// The ledger in one plain sentence, in English or French: "You have given 4 times since June; they have asked twice
    /// and given nothing."
    /// </summary>
    public static string Sentence(Ledger l, string language, TimeZoneInfo zone, DateTimeOffset now)
    {
        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");
        var since = TimeZoneInfo.ConvertTime(l.Since, zone);
        var month = culture.DateTimeFormat.GetMonthName(since.Month);
        month = french ? month : culture.TextInfo.ToTitleCase(month);
        var when = since.Year == TimeZoneInfo.ConvertTime(now, zone).Year ? month : $"{month} {since.Year.ToString(CultureInfo.InvariantCulture)}";
        var asked = l.TheirAsks.Total;
        var gave = l.TimesTheyGave;
        return french
            ? $"Vous avez {(l.TimesIGave == 0 ? "rien donné" : "donné " + Times(l.TimesIGave, true))} depuis {when} ; " +
              $"cette personne {(asked == 0 ? "n'a rien demandé" : "a demandé " + Times(asked, true))} et {(gave == 0 ? "n'a rien donné" : "a donné " + Times(gave, true))}."
            : $"You have {(l.TimesIGave == 0 ? "given nothing" : "given " + Times(l.TimesIGave, false))} since {when}; " +
              $"they have {(asked == 0 ? "asked nothing" : "asked " + Times(asked, false))} and {(gave == 0 ? "given nothing" : "given " + Times(gave, false))}.";
    }

    static string Times(int n, bool french) => (n, french) switch
    {
        (1, false) => "once",
        (2, false) => "twice",
        (_, false) => $"{n.ToString(CultureInfo.InvariantCulture)} times",
        (1, true) => "une fois",
        (2, true) => "deux fois",
        _ => $"{n.ToString(CultureInfo.InvariantCulture)} fois",
    };
}
