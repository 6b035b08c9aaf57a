using Allies.Core.Events;
using Allies.Core.Network;

namespace Allies.Data.Demo;

sealed partial class DemoGenerator
{
    /// <summary>What the owner is working towards: targets (people and profiles), introductions, and one upcoming event.</summary>
    public IEnumerable<object> Plans()
    {
        var prospects = Enumerable.Range(0, _people.Count).Where(i => _people[i].Tier == DemoTier.Prospect).ToList();
        var known = Enumerable.Range(0, _people.Count).Where(i => _people[i].Tier is DemoTier.Close or DemoTier.Extended or DemoTier.Weak).ToList();

        foreach (var i in prospects.Take(4))
        {
            var person = _people[i];
            var company = person.Company >= 0 ? _companies[person.Company].Name : null;
            yield return new Target
            {
                OwnerId = _owner,
                ContactId = person.Id,
                Company = company,
                Industry = DemoWords.Industries[person.Industry].Name,
                Function = person.Function,
                Why = Pick(TargetReasons),
                CreatedAt = At(DaysAgo(_random.Int(10, 120)), 10, 0),
            };
        }

        foreach (var (industry, function, seniority, why) in ProfileTargets)
        {
            yield return new Target
            {
                OwnerId = _owner,
                Industry = industry,
                Function = function,
                Seniority = seniority,
                Why = why,
                CreatedAt = At(DaysAgo(_random.Int(10, 200)), 10, 0),
                ReachedAt = industry == "Energy" ? At(DaysAgo(5), 16, 0) : null,
            };
        }

        foreach (var introduction in Introductions(known, prospects))
        {
            yield return introduction;
        }

        yield return UpcomingEvent(known, prospects);
    }

    static readonly string[] TargetReasons =
    [
        "Leads the team I want to join next year",
        "Could become the first big customer",
        "Knows the public buyers in my region",
        "Wrote the best book on the subject; I'd like her view on my project",
    ];

    static readonly (string Industry, string Function, string Seniority, string Why)[] ProfileTargets =
    [
        ("Health", "Product", "Head of", "A product leader in health tech, to understand how hospitals buy software"),
        ("Finance", "Finance", "Partner", "A seed investor who backs B2B founders"),
        ("Energy", "Strategy", "Director", "Someone who has run an energy-transition programme in a large group"),
    ];

    IEnumerable<Introduction> Introductions(List<int> known, List<int> prospects)
    {
        if (known.Count < 4)
        {
            yield break;
        }

        (IntroductionOutcome Outcome, int Age)[] plan = [(IntroductionOutcome.Open, 3), (IntroductionOutcome.Met, 40), (IntroductionOutcome.Fruitful, 120), (IntroductionOutcome.Fizzled, 200), (IntroductionOutcome.Declined, 60)];
        foreach (var (outcome, age) in plan)
        {
            var a = _people[Pick(known)];
            var b = _people[Pick(known)];
            if (a.Id == b.Id)
            {
                continue;
            }

            var proposed = At(DaysAgo(age), 11, 0);
            var accepted = outcome != IntroductionOutcome.Declined;
            yield return new Introduction
            {
                OwnerId = _owner,
                Kind = IntroductionKind.BetweenContacts,
                ContactAId = a.Id,
                ContactBId = b.Id,
                Reason = a.French ? $"{a.FirstName} cherche exactement ce que {b.FirstName} sait faire." : $"{a.FirstName} needs exactly what {b.FirstName} is good at.",
                ProposedAt = proposed,
                AAskedAt = proposed,
                AAcceptedAt = proposed.AddHours(5),
                BAskedAt = proposed.AddHours(6),
                BAcceptedAt = accepted && outcome != IntroductionOutcome.Open ? proposed.AddDays(1) : null,
                SentAt = accepted && outcome != IntroductionOutcome.Open ? proposed.AddDays(1).AddHours(2) : null,
                MetAt = outcome is IntroductionOutcome.Met or IntroductionOutcome.Fruitful or IntroductionOutcome.Fizzled ? proposed.AddDays(10) : null,
                Outcome = outcome,
                OutcomeNote = outcome == IntroductionOutcome.Fruitful ? "They now work together." : null,
            };
        }

        if (prospects.Count > 0)
        {
            var introducer = _people[Pick(known)];
            var target = _people[prospects[0]];
            yield return new Introduction
            {
                OwnerId = _owner,
                Kind = IntroductionKind.MeToTarget,
                ContactAId = introducer.Id,
                ContactBId = target.Id,
                Reason = $"{introducer.FirstName} knows {target.FirstName} well.",
                ProposedAt = At(DaysAgo(2), 9, 30),
                AAskedAt = At(DaysAgo(2), 9, 30),
            };
        }
    }

    NetworkingEvent UpcomingEvent(List<int> known, List<int> prospects)
    {
        var ev = new NetworkingEvent
        {
            OwnerId = _owner,
            Name = "Tech for Good breakfast — Station F",
            StartsAt = Local(_today.AddDays(9), 8, 30),
            Place = "Station F, 5 parvis Alan Turing, Paris",
            PreparationNotes = "Three people to meet; one question each; follow up within 48 hours.",
        };
        var guests = new List<int>();
        guests.AddRange(prospects.Take(2));
        var pool = known.Count > 0 ? known : Enumerable.Range(0, _people.Count).ToList();
        for (var attempt = 0; attempt < 40 && guests.Count < Math.Min(10, _people.Count); attempt++)
        {
            var i = Pick(pool);
            if (!guests.Contains(i))
            {
                guests.Add(i);
            }
        }

        // At most three targets: the two prospects invited and one known person to deepen the tie with.
        var targets = guests.Take(NetworkingEvent.MaxTargets).ToHashSet();
        foreach (var i in guests)
        {
            var person = _people[i];
            ev.Guests.Add(new EventGuest
            {
                EventId = ev.Id,
                ContactId = person.Id,
                OwnerId = _owner,
                IsTarget = targets.Contains(i),
                Preparation = targets.Contains(i) ? $"Ask {person.FirstName} about {Pick(DemoWords.Topics).En}." : null,
            });
        }

        return ev;
    }
}
