using Allies.Core.Network;

namespace Allies.Data.Demo;

sealed partial class DemoGenerator
{
    /// <summary>
    /// Who knows whom: dense among colleagues, looser within an industry, and a few people who bridge industries, so
    /// the graph has communities and brokers. Each pair is written once, from the later contact to an earlier one.
    /// </summary>
    public IEnumerable<ContactLink> Links()
    {
        if (_byCompany is null)
        {
            Cluster();
        }

        var chosen = new HashSet<int>();
        for (var i = 1; i < _people.Count; i++)
        {
            Position = i;
            var person = _people[i];
            chosen.Clear();
            if (person.IntroducedBy is { } by)
            {
                var introducer = _people.FindIndex(0, Math.Min(i, CloseCount + ExtendedCount + WeakCount), p => p.Id == by);
                if (introducer >= 0 && chosen.Add(introducer))
                {
                    yield return Link(person, _people[introducer], LinkKind.Introduced, 0.6);
                }
            }

            if (person.Company >= 0)
            {
                foreach (var j in Earlier(_byCompany![person.Company], i, _random.Int(1, 3), chosen))
                {
                    yield return Link(person, _people[j], LinkKind.Colleague, 0.5 + (_random.Double() * 0.4));
                }
            }

            foreach (var j in Earlier(_byIndustry![person.Industry], i, _random.Int(0, 2), chosen))
            {
                yield return Link(person, _people[j], Chance(0.2) ? LinkKind.Friend : LinkKind.Knows, 0.2 + (_random.Double() * 0.4));
            }

            if (Chance(0.03))
            {
                var j = _random.Int(0, i - 1);
                if (_people[j].Industry != person.Industry && chosen.Add(j))
                {
                    yield return Link(person, _people[j], Chance(0.5) ? LinkKind.Friend : LinkKind.Knows, 0.3 + (_random.Double() * 0.5));
                }
            }
        }
    }

    /// <summary>Up to <paramref name="wanted"/> members of a cluster added before person <paramref name="index"/>.</summary>
    IEnumerable<int> Earlier(List<int> members, int index, int wanted, HashSet<int> chosen)
    {
        var position = members.BinarySearch(index);
        var before = position < 0 ? ~position : position;
        if (before == 0)
        {
            yield break;
        }

        for (var attempt = 0; attempt < wanted * 2 && wanted > 0; attempt++)
        {
            var j = members[_random.Int(Math.Max(0, before - 200), before - 1)];
            if (chosen.Add(j))
            {
                wanted--;
                yield return j;
            }
        }
    }

    ContactLink Link(DemoPerson from, DemoPerson to, LinkKind kind, double strength) => new()
    {
        OwnerId = _owner,
        FromContactId = from.Id,
        ToContactId = to.Id,
        Kind = kind,
        Strength = Math.Round(strength, 2),
        Source = LinkSource.Demo,
        Evidence = _random.Int(1, 5),
    };
}
