using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;

namespace Allies.Data.Demo;

sealed partial class DemoGenerator
{
    static readonly InteractionKind[] Kinds = Enum.GetValues<InteractionKind>();

    // Coffee, Call, Message, Email, Lunch, Meeting, Event, Reaction, VoiceNote.
    static readonly double[] CloseKinds = [20, 15, 25, 5, 12, 8, 5, 5, 5];
    static readonly double[] RegularKinds = [15, 12, 18, 15, 8, 12, 8, 8, 4];
    static readonly double[] TailKinds = [10, 5, 20, 20, 3, 5, 15, 20, 2];

    static readonly ExchangeDirection[] Directions = [ExchangeDirection.IGave, ExchangeDirection.TheyGave, ExchangeDirection.IAsked, ExchangeDirection.TheyAsked];
    static readonly ExchangeKind[] ExchangeKinds = Enum.GetValues<ExchangeKind>();
    static readonly ExchangeOutcome[] Outcomes = [ExchangeOutcome.Pending, ExchangeOutcome.Done, ExchangeOutcome.Declined, ExchangeOutcome.Ignored, ExchangeOutcome.Amplified];
    static readonly double[] SettledOutcomes = [8, 62, 10, 12, 8];
    static readonly double[] RecentOutcomes = [60, 30, 4, 4, 2];

    static readonly LifeEventKind[] LifeKinds = [LifeEventKind.NewJob, LifeEventKind.Promotion, LifeEventKind.Publication, LifeEventKind.Birthday, LifeEventKind.Move, LifeEventKind.Wedding, LifeEventKind.Birth, LifeEventKind.Award];
    static readonly double[] LifeWeights = [25, 20, 12, 15, 10, 5, 6, 7];

    List<int>[]? _byCompany;
    List<int>[]? _byIndustry;

    /// <summary>Interactions with their participants and exchanges, promises made in them, and life events, person by person.</summary>
    public IEnumerable<object> History()
    {
        Cluster();
        var tailMean = TailMean();
        var scale = Scale(tailMean);
        for (var i = 0; i < _people.Count; i++)
        {
            Position = i;
            var person = _people[i];
            var count = person.Tier switch
            {
                DemoTier.Close => _random.Int(30, 60),
                DemoTier.Extended => _random.Int(8, 22),
                DemoTier.Weak => _random.Int(3, 12),
                DemoTier.Tail => Exponential(tailMean),
                _ => 0,
            };
            if (scale is { } factor)
            {
                // Scaled counts keep each tier's shape; the fraction is drawn so the total lands on the target.
                var exact = count * factor;
                count = (int)exact + (Chance(exact - Math.Floor(exact)) ? 1 : 0);
            }

            foreach (var row in PersonHistory(i, person, count))
            {
                yield return row;
            }
        }
    }

    /// <summary>The long tail's average, so the whole network averages about 6 interactions per contact (fewer when small).</summary>
    double TailMean()
    {
        var tail = _people.Count(p => p.Tier == DemoTier.Tail);
        if (tail == 0)
        {
            return 1;
        }

        var fixedPart = (CloseCount * 45) + (ExtendedCount * 15) + (WeakCount * 7.5);
        return Math.Clamp(((6.0 * _count) - fixedPart) / tail, 1.5, 5);
    }

    /// <summary>
    /// The factor that brings the expected number of interactions to the requested total (benches ask for a
    /// million on 10,000 contacts), or null for the natural network, whose random draws must not change.
    /// </summary>
    double? Scale(double tailMean)
    {
        if (_interactions is not { } wanted)
        {
            return null;
        }

        var expected = _people.Sum(p => p.Tier switch
        {
            DemoTier.Close => 45.0,
            DemoTier.Extended => 15.0,
            DemoTier.Weak => 7.5,
            DemoTier.Tail => tailMean,
            _ => 0,
        });
        return expected <= 0 ? null : wanted / expected;
    }

    void Cluster()
    {
        _byCompany = [.. _companies.Select(_ => new List<int>())];
        _byIndustry = [.. DemoWords.Industries.Select(_ => new List<int>())];
        for (var i = 0; i < _people.Count; i++)
        {
            if (_people[i].Company >= 0)
            {
                _byCompany[_people[i].Company].Add(i);
            }

            _byIndustry[_people[i].Industry].Add(i);
        }
    }

    IEnumerable<object> PersonHistory(int index, DemoPerson person, int count)
    {
        var start = person.MetOn > DaysAgo(HistoryDays) ? person.MetOn : DaysAgo(HistoryDays);
        var span = _today.DayNumber - start.DayNumber;
        var days = Enumerable.Range(0, count).Select(_ => start.AddDays(_random.Int(0, span))).Order().ToList();
        var interactions = new List<Interaction>(count);
        foreach (var day in days)
        {
            var interaction = NextInteraction(index, person, day);
            interactions.Add(interaction);
            yield return interaction;
            if (interaction.Depth != Depth.SmallTalk && Chance(0.12))
            {
                yield return NextPromise(person, interaction);
            }
        }

        foreach (var lifeEvent in LifeEventsOf(person, interactions))
        {
            yield return lifeEvent;
        }
    }

    Interaction NextInteraction(int index, DemoPerson person, DateOnly day)
    {
        var weights = person.Tier switch { DemoTier.Close => CloseKinds, DemoTier.Tail => TailKinds, _ => RegularKinds };
        var kind = Kinds[Weighted(weights)];
        var occurredAt = At(day, _random.Int(8, 20), _random.ArrayElement([0, 15, 30, 45]));
        var interaction = new Interaction
        {
            OwnerId = _owner,
            OccurredAt = occurredAt,
            CreatedAt = occurredAt,
            Kind = kind,
            Source = InteractionSource.Demo,
            InitiatedBy = Initiator(person),
            Depth = kind == InteractionKind.Reaction ? Depth.SmallTalk : DepthOf(person.Tier),
        };
        interaction.Participants.Add(new InteractionParticipant { InteractionId = interaction.Id, ContactId = person.Id, OwnerId = _owner });
        if (kind is InteractionKind.Meeting or InteractionKind.Lunch or InteractionKind.Event && Chance(0.4))
        {
            foreach (var other in CoParticipants(index, person))
            {
                interaction.Participants.Add(new InteractionParticipant { InteractionId = interaction.Id, ContactId = _people[other].Id, OwnerId = _owner });
            }
        }

        var french = Chance(0.9) ? person.French : !person.French;
        var topic = Pick(DemoWords.Topics).In(french);
        var company = person.Company >= 0 ? _companies[person.Company].Name : person.City;
        interaction.Summary = Chance(0.85) ? Fill(Pick(DemoWords.Summaries[kind]).In(french), person.FirstName, topic, company) : null;

        if (kind != InteractionKind.Reaction && Chance(person.Archetype == DemoArchetype.Balanced ? 0.3 : 0.55))
        {
            var exchanges = Chance(0.8) ? 1 : 2;
            for (var n = 0; n < exchanges; n++)
            {
                interaction.Exchanges.Add(NextExchange(person, interaction, day, french));
            }
        }

        return interaction;
    }

    /// <summary>Colleagues first, then people in the same industry: meetings bring together people who know each other.</summary>
    IEnumerable<int> CoParticipants(int index, DemoPerson person)
    {
        var pool = person.Company >= 0 && _byCompany![person.Company].Count > 1 ? _byCompany[person.Company] : _byIndustry![person.Industry];
        var wanted = _random.Int(1, 3);
        var chosen = new HashSet<int> { index };
        for (var attempt = 0; attempt < wanted * 3 && chosen.Count <= wanted; attempt++)
        {
            var other = Pick(pool);
            if (_people[other].Tier != DemoTier.Prospect)
            {
                chosen.Add(other);
            }
        }

        chosen.Remove(index);
        return chosen.Order();
    }

    Initiator Initiator(DemoPerson person) => person.Archetype switch
    {
        DemoArchetype.Taker => Chance(0.75) ? Core.Interactions.Initiator.Them : Core.Interactions.Initiator.Me,
        DemoArchetype.Giver => Chance(0.5) ? Core.Interactions.Initiator.Them : Core.Interactions.Initiator.Me,
        _ => Chance(0.1) ? Core.Interactions.Initiator.Unknown : Chance(0.55) ? Core.Interactions.Initiator.Me : Core.Interactions.Initiator.Them,
    };

    Depth DepthOf(DemoTier tier)
    {
        var x = _random.Double();
        var (personal, substantive) = tier switch { DemoTier.Close => (0.4, 0.85), DemoTier.Extended => (0.15, 0.7), _ => (0.05, 0.4) };
        return x < personal ? Depth.Personal : x < substantive ? Depth.Substantive : Depth.SmallTalk;
    }

    Exchange NextExchange(DemoPerson person, Interaction interaction, DateOnly day, bool french)
    {
        // Givers mostly give, takers mostly ask, matchers trade introductions both ways.
        double[] directionWeights = person.Archetype switch
        {
            DemoArchetype.Giver => [15, 60, 20, 5],
            DemoArchetype.Taker => [25, 5, 5, 65],
            DemoArchetype.Matcher => [25, 25, 25, 25],
            _ => [30, 25, 20, 25],
        };
        var direction = Directions[Weighted(directionWeights)];
        var kind = person.Archetype == DemoArchetype.Matcher && Chance(0.6) ? ExchangeKind.Introduction : Pick(ExchangeKinds);
        var other = _people[_random.Int(0, _people.Count - 1)];
        var otherCompany = other.Company >= 0 ? _companies[other.Company].Name : other.City;
        var recent = day > DaysAgo(21);
        return new Exchange
        {
            OwnerId = _owner,
            InteractionId = interaction.Id,
            OccurredAt = interaction.OccurredAt,
            ContactId = Pick(interaction.Participants).ContactId,
            Kind = kind,
            Direction = direction,
            What = Fill(Pick(DemoWords.ExchangeWhat[kind]).In(french), other.FirstName, otherCompany, person.Function),
            Outcome = Outcomes[Weighted(recent ? RecentOutcomes : SettledOutcomes)],
        };
    }

    Promise NextPromise(DemoPerson person, Interaction interaction)
    {
        var createdOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(interaction.OccurredAt, _zone).DateTime);
        var due = createdOn.AddDays(_random.Int(5, 30));
        var status = due >= _today
            ? PromiseStatus.Open
            : Outcome([(PromiseStatus.Kept, 60), (PromiseStatus.Broken, 18), (PromiseStatus.Open, 22)]);
        var resolvedOn = due.AddDays(-_random.Int(0, 4));
        return new Promise
        {
            OwnerId = _owner,
            ContactId = person.Id,
            InteractionId = interaction.Id,
            PromisedBy = Chance(person.Archetype == DemoArchetype.Giver ? 0.3 : 0.6) ? PromisedBy.Me : PromisedBy.Them,
            What = Fill(Pick(DemoWords.Promises).In(person.French), person.FirstName),
            DueOn = due,
            Status = status,
            CreatedAt = interaction.OccurredAt,
            ResolvedAt = status == PromiseStatus.Open ? null : At(resolvedOn < createdOn ? createdOn : resolvedOn, 18, 0),
        };
    }

    T Outcome<T>(IReadOnlyList<(T Value, double Weight)> choices) => choices[Weighted([.. choices.Select(c => c.Weight)])].Value;

    IEnumerable<LifeEvent> LifeEventsOf(DemoPerson person, List<Interaction> interactions)
    {
        var p = person.Tier switch { DemoTier.Close => 0.7, DemoTier.Extended => 0.45, DemoTier.Weak => 0.25, DemoTier.Tail => 0.08, _ => 0.02 };
        for (var n = 0; n < 2 && Chance(p); n++)
        {
            var kind = LifeKinds[Weighted(LifeWeights)];
            if (kind == LifeEventKind.Birthday && person.Birthday is null)
            {
                kind = LifeEventKind.NewJob;
            }

            // Most life events are recent, so the agenda has something to congratulate.
            var on = kind == LifeEventKind.Birthday ? LastBirthday(person.Birthday!.Value) : DaysAgo(Chance(0.6) ? _random.Int(0, 60) : _random.Int(61, HistoryDays));
            var company = _companies[PickCompany()].Name;
            var role = Pick(DemoWords.Roles[person.Function]);
            var note = Fill(Pick(DemoWords.LifeEvents[kind]).In(person.French), company, person.French ? role.FrMale : role.En, Pick(DemoWords.Topics).In(person.French), Pick(DemoWords.Cities).Name);
            var congratulated = interactions.FirstOrDefault(i => i.OccurredAt >= At(on, 8, 0) && i.OccurredAt <= At(on.AddDays(10), 20, 0));
            yield return new LifeEvent
            {
                OwnerId = _owner,
                ContactId = person.Id,
                Kind = kind,
                OccurredOn = on,
                Note = note,
                CongratulatedInInteractionId = congratulated is not null && Chance(0.7) ? congratulated.Id : null,
            };
        }
    }

    DateOnly LastBirthday(DateOnly birthday)
    {
        var thisYear = new DateOnly(_today.Year, birthday.Month, birthday.Day);
        return thisYear <= _today ? thisYear : thisYear.AddYears(-1);
    }
}
