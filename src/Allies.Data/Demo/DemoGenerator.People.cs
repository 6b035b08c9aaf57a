using Allies.Core.Contacts;

namespace Allies.Data.Demo;

sealed partial class DemoGenerator
{
    static readonly string[] Schools = ["ESSEC", "HEC", "Sciences Po", "Polytechnique", "LSE", "McGill"];
    static readonly string[] MailDomains = ["example.com", "example.org", "example.net"];
    static readonly Channel[] Channels = [Channel.Event, Channel.LinkedIn, Channel.Association, Channel.Alumni, Channel.Work, Channel.Friends, Channel.Other];
    static readonly double[] ChannelWeights = [20, 20, 8, 12, 25, 8, 7];

    int CloseCount => Math.Clamp(_count * 3 / 100, 1, 15);
    int ExtendedCount => Math.Clamp(_count / 10, 0, 35);
    int WeakCount => Math.Clamp(_count * 3 / 10, 0, 100);
    int ProspectCount => Math.Clamp(_count / 50, Math.Min(3, _count / 5), 40);

    DemoTier TierOf(int index)
    {
        if (index < CloseCount)
        {
            return DemoTier.Close;
        }

        if (index < CloseCount + ExtendedCount)
        {
            return DemoTier.Extended;
        }

        if (index < CloseCount + ExtendedCount + WeakCount)
        {
            return DemoTier.Weak;
        }

        return index >= _count - ProspectCount ? DemoTier.Prospect : DemoTier.Tail;
    }

    DemoArchetype ArchetypeOf(int index, DemoTier tier)
    {
        // A few people the owner sees regularly show each pattern clearly; the rest show them now and then.
        if (tier == DemoTier.Close && index == 1)
        {
            return DemoArchetype.Giver;
        }

        if (tier == DemoTier.Extended)
        {
            var rank = index - CloseCount;
            return rank switch
            {
                < 3 => DemoArchetype.Giver,
                < 6 => DemoArchetype.Taker,
                < 8 => DemoArchetype.Matcher,
                _ => DemoArchetype.Balanced,
            };
        }

        var x = _random.Double();
        return x < 0.06 ? DemoArchetype.Giver : x < 0.14 ? DemoArchetype.Taker : x < 0.18 ? DemoArchetype.Matcher : DemoArchetype.Balanced;
    }

    /// <summary>Every contact, in a fixed order; each one is remembered (small) for the interactions and links that follow.</summary>
    public IEnumerable<Contact> Contacts()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return NextContact(i);
        }
    }

    Contact NextContact(int index)
    {
        var tier = TierOf(index);
        var archetype = ArchetypeOf(index, tier);
        var independent = Chance(0.06);
        var companyIndex = independent ? -1 : PickCompany();
        var company = independent ? null : _companies[companyIndex];
        var city = company is not null && Chance(0.8) ? company.City : Pick(DemoWords.Cities);
        var french = city.French ? Chance(0.85) : Chance(0.1);
        var faker = french ? _fr : _en;
        var female = Chance(0.5);
        var first = faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
        var last = faker.Name.LastName();
        var industryIndex = company?.Industry ?? _random.Int(0, DemoWords.Industries.Length - 1);
        var industry = DemoWords.Industries[industryIndex];
        var function = Chance(0.6) ? Pick(industry.Functions) : Pick(DemoWords.Functions);
        var title = Pick(DemoWords.Roles[function]);
        var role = independent
            ? (french ? (female ? "Consultante indépendante" : "Consultant indépendant") : "Independent consultant")
            : french ? (female ? title.FrFemale : title.FrMale) : title.En;

        var introducedBy = tier is DemoTier.Weak or DemoTier.Tail or DemoTier.Prospect && index > CloseCount && Chance(0.12)
            ? _people[_random.Int(0, Math.Min(index, CloseCount + ExtendedCount + WeakCount) - 1)]
            : null;
        var channel = introducedBy is not null ? Channel.Introduction : Channels[Weighted(ChannelWeights)];
        var metOn = tier switch
        {
            DemoTier.Close or DemoTier.Extended => DaysAgo(_random.Int(2 * 365, 12 * 365)),
            DemoTier.Weak => DaysAgo(_random.Int(HistoryDays, 6 * 365)),
            DemoTier.Tail when Chance(0.6) => DaysAgo(_random.Int(1, HistoryDays)),
            DemoTier.Tail => DaysAgo(_random.Int(HistoryDays, 8 * 365)),
            _ => _today,
        };
        var birthday = Chance(tier == DemoTier.Close ? 0.95 : 0.5)
            ? new DateOnly(_random.Int(1958, 2001), _random.Int(1, 12), _random.Int(1, 28))
            : (DateOnly?)null;

        var contact = new Contact
        {
            OwnerId = _owner,
            FirstName = first,
            LastName = last,
            Company = company?.Name,
            Role = role,
            Industry = industry.Name,
            Function = function,
            Location = city.Name,
            Channel = tier == DemoTier.Prospect ? null : channel,
            IntroducedById = introducedBy?.Id,
            Birthday = birthday,
            Phase = PhaseOf(tier),
        };
        if (tier != DemoTier.Prospect)
        {
            contact.MetOn = metOn;
            (contact.HowMet, contact.WhereMet) = HowMet(channel, french, city, introducedBy);
        }

        contact.Interests = [.. Enumerable.Range(0, _random.Int(0, 4)).Select(_ => Pick(DemoWords.Interests).In(french)).Distinct()];
        contact.Needs = Chance(0.5) ? Fill(Pick(DemoWords.Needs).In(french), industry.Name, function) : null;
        contact.Offers = Chance(0.5) ? Fill(Pick(DemoWords.Offers).In(french), industry.Name, function) : null;
        contact.PersonalDetail = Chance(tier switch { DemoTier.Close => 1, DemoTier.Extended => 0.8, _ => 0.35 }) ? Pick(DemoWords.PersonalDetails).In(french) : null;
        contact.Notes = Chance(0.12) ? Pick(DemoWords.ContactNotes).In(french) : null;
        contact.LinkedInUrl = Chance(0.75) ? $"https://www.linkedin.com/in/{Slug(first)}-{Slug(last)}-{_random.Hexadecimal(6, "")}" : null;
        contact.Website = company is not null && function == "General management" && Chance(0.5) ? $"https://www.{company.Domain}" : null;
        AddEmails(contact, company);
        AddPhones(contact, city, tier);
        AddTags(contact, tier, channel, industry.Name, function);
        (contact.PinnedCircle, contact.CadenceDays) = Overrides(index, tier);
        contact.CreatedAt = At(metOn < DaysAgo(HistoryDays + 60) ? DaysAgo(HistoryDays + 60) : metOn, 9, 0);
        contact.UpdatedAt = contact.CreatedAt;
        contact.Reindex();

        _people.Add(new DemoPerson
        {
            Id = contact.Id,
            FirstName = first,
            French = french,
            Company = companyIndex,
            Industry = industryIndex,
            Function = function,
            City = city.Name,
            Tier = tier,
            Archetype = archetype,
            MetOn = metOn,
            IntroducedBy = introducedBy?.Id,
            Birthday = birthday,
        });
        return contact;
    }

    Phase PhaseOf(DemoTier tier) => tier switch
    {
        DemoTier.Close => Phase.Ally,
        DemoTier.Extended => Chance(0.5) ? Phase.Ally : Phase.Developing,
        DemoTier.Weak => Chance(0.5) ? Phase.Developing : Phase.Met,
        DemoTier.Tail => Phase.Met,
        _ => Pick([Phase.Target, Phase.Identified, Phase.Prepared]),
    };

    (string HowMet, string WhereMet) HowMet(Channel channel, bool french, DemoCity city, DemoPerson? introducer)
    {
        switch (channel)
        {
            case Channel.Event:
                var ev = Pick(DemoWords.Events);
                return (french ? $"Rencontré à {ev}" : $"Met at {ev}", ev);
            case Channel.LinkedIn:
                return (french ? "Contact LinkedIn après un de ses posts" : "Reached out on LinkedIn after a post", "LinkedIn");
            case Channel.Association:
                var association = $"Association {Pick(DemoWords.BrandWords)}";
                return (french ? "Bénévoles dans la même association" : "Volunteering at the same association", association);
            case Channel.Alumni:
                var school = Pick(Schools);
                return (french ? $"Réseau des anciens de {school}" : $"{school} alumni network", school);
            case Channel.Introduction:
                return (french ? $"Présenté par {introducer!.FirstName}" : $"Introduced by {introducer!.FirstName}", city.Name);
            case Channel.Work:
                var where = _companies[PickCompany()].Name;
                return (french ? $"Anciens collègues chez {where}" : $"Worked together at {where}", where);
            case Channel.Friends:
                return (french ? "Ami d'amis, dîner chez des amis" : "Friend of friends, met at a dinner", city.Name);
            default:
                return (french ? "Voisins dans le TGV" : "Sat next to each other on a train", french ? "TGV Paris–Lyon" : "Eurostar");
        }
    }

    void AddEmails(Contact contact, DemoCompany? company)
    {
        var local = $"{Slug(contact.FirstName)}.{Slug(contact.LastName)}".Replace("-", "", StringComparison.Ordinal);
        if (company is not null && Chance(0.85))
        {
            contact.Emails.Add(new ContactEmail { ContactId = contact.Id, Address = UniqueEmail(local, company.Domain), Label = "work", Position = 0 });
        }

        if (contact.Emails.Count == 0 || Chance(0.25))
        {
            var address = UniqueEmail(local, Pick(MailDomains));
            contact.Emails.Add(new ContactEmail { ContactId = contact.Id, Address = address, Label = "personal", Position = contact.Emails.Count });
        }
    }

    string UniqueEmail(string local, string domain)
    {
        var address = $"{local}@{domain}";
        for (var n = 2; !_emails.Add(address); n++)
        {
            address = $"{local}{n}@{domain}";
        }

        return address;
    }

    void AddPhones(Contact contact, DemoCity city, DemoTier tier)
    {
        if (Chance(tier switch { DemoTier.Close => 1, DemoTier.Extended => 0.7, _ => 0.35 }))
        {
            contact.Phones.Add(new ContactPhone { ContactId = contact.Id, Number = _random.Replace(city.PhonePattern), Label = "mobile", Position = 0 });
        }
    }

    void AddTags(Contact contact, DemoTier tier, Channel channel, string industry, string function)
    {
        var tags = new List<string>();
        if (tier == DemoTier.Close)
        {
            tags.Add(Chance(0.5) ? "friend" : "mentor");
        }

        if (channel == Channel.Alumni && contact.WhereMet is { } school)
        {
            tags.Add($"alumni {school}");
        }

        if (channel == Channel.Work)
        {
            tags.Add("former colleague");
        }

        if (industry == "Finance" && function is "Finance" or "Strategy" && Chance(0.4))
        {
            tags.Add("investor");
        }

        for (var n = _random.Int(0, 2); n > 0; n--)
        {
            tags.Add(Pick(DemoWords.Tags));
        }

        foreach (var tag in tags.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            contact.Tags.Add(new ContactTag { ContactId = contact.Id, OwnerId = _owner, Name = tag });
        }
    }

    (Circle?, int?) Overrides(int index, DemoTier tier) => (tier, index - CloseCount - ExtendedCount) switch
    {
        (DemoTier.Close, _) when index == 0 => (Circle.Close, 7),
        (DemoTier.Close, _) when index == 2 => (Circle.Close, null),
        (DemoTier.Extended, _) when index == CloseCount + 3 => (Circle.Close, 21),
        (DemoTier.Weak, 0) => (null, 60),
        (DemoTier.Weak, 1) => (Circle.Extended, null),
        (DemoTier.Tail, _) when index % 97 == 5 => (Circle.Dormant, null),
        (DemoTier.Tail, _) when index % 89 == 7 => (null, 180),
        _ => (null, null),
    };
}
