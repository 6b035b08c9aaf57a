using Allies.Core.Contacts;
using Allies.Data.Settings;
using Bogus;

namespace Allies.Data.Demo;

/// <summary>How often the owner sees someone: a few close people often, a long tail rarely.</summary>
enum DemoTier { Close, Extended, Weak, Tail, Prospect }

/// <summary>The reciprocity pattern a person shows in the exchanges (PRODUCT.md: giver, taker, matcher).</summary>
enum DemoArchetype { Balanced, Giver, Taker, Matcher }

/// <summary>What the generator keeps about each person once the contact row is written: small, so 100,000 fit in memory.</summary>
sealed class DemoPerson
{
    public required Guid Id { get; init; }
    public required string FirstName { get; init; }
    public required bool French { get; init; }
    public required int Company { get; init; }
    public required int Industry { get; init; }
    public required string Function { get; init; }
    public required string City { get; init; }
    public required DemoTier Tier { get; init; }
    public required DemoArchetype Archetype { get; init; }
    public required DateOnly MetOn { get; init; }
    public Guid? IntroducedBy { get; init; }
    public DateOnly? Birthday { get; init; }
}

sealed record DemoCompany(string Name, int Industry, DemoCity City, string Domain);

/// <summary>
/// The deterministic source of the demo network. One seeded Randomizer feeds both Bogus locales, and every date is
/// computed from the reference "now" given to it (Bogus's own date helpers read the system clock, so they are not used).
/// Rows are yielded one by one in a fixed order, so the same (contacts, seed, now) always gives the same network.
/// </summary>
sealed partial class DemoGenerator
{
    /// <summary>How far back the interaction history goes: 18 months.</summary>
    public const int HistoryDays = 548;

    readonly Randomizer _random;
    readonly Faker _fr;
    readonly Faker _en;
    readonly int _count;
    readonly int? _interactions;
    readonly Guid _owner;
    readonly DateTimeOffset _now;
    readonly DateOnly _today;
    readonly TimeZoneInfo _zone;
    readonly List<DemoCompany> _companies = [];
    readonly double[] _companyCumulative;
    readonly List<DemoPerson> _people;
    readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);

    public DemoGenerator(Guid owner, int contacts, int seed, DateTimeOffset now, int? interactions = null)
    {
        _random = new Randomizer(seed);
        _fr = new Faker("fr") { Random = _random };
        _en = new Faker("en") { Random = _random };
        _count = contacts;
        _interactions = interactions;
        _owner = owner;
        _now = now;
        _zone = SettingsService.FindZone("Europe/Paris") ?? TimeZoneInfo.Utc;
        _today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        _people = new List<DemoPerson>(contacts);
        MakeCompanies();
        // A few large employers and many small ones (Zipf-like), so colleagues form clusters of every size.
        _companyCumulative = new double[_companies.Count];
        var sum = 0.0;
        for (var i = 0; i < _companies.Count; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, 0.8);
            _companyCumulative[i] = sum;
        }
    }

    public IReadOnlyList<DemoPerson> People => _people;

    public DateOnly Today => _today;

    /// <summary>Index of the person whose rows are being generated, for progress reports.</summary>
    public int Position { get; private set; }

    /// <summary>A local time of day in Paris on that date, as a UTC instant never later than now.</summary>
    DateTimeOffset At(DateOnly day, int hour, int minute)
    {
        var instant = Local(day, hour, minute);
        return instant > _now ? instant.AddDays(-1) : instant;
    }

    /// <summary>A local time of day in Paris on that date, as a UTC instant.</summary>
    DateTimeOffset Local(DateOnly day, int hour, int minute)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    DateOnly DaysAgo(int days) => _today.AddDays(-days);

    bool Chance(double p) => _random.Double() < p;

    T Pick<T>(IReadOnlyList<T> items) => items[_random.Int(0, items.Count - 1)];

    /// <summary>Index drawn with the given relative weights.</summary>
    int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = _random.Double() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    int PickCompany()
    {
        var x = _random.Double() * _companyCumulative[^1];
        var i = Array.BinarySearch(_companyCumulative, x);
        return Math.Min(i < 0 ? ~i : i, _companyCumulative.Length - 1);
    }

    /// <summary>An exponential draw: most values small, a few large (the long tail).</summary>
    int Exponential(double mean) => (int)Math.Floor(-mean * Math.Log(1 - _random.Double()));

    static string Fill(string template, params object?[] values) =>
        Elide(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values));

    /// <summary>French contracts "de le" and "à le" (templates are filled with topics that carry their article).</summary>
    static string Elide(string text) => text
        .Replace(" de le ", " du ", StringComparison.Ordinal)
        .Replace(" de les ", " des ", StringComparison.Ordinal)
        .Replace(" à le ", " au ", StringComparison.Ordinal)
        .Replace(" à les ", " aux ", StringComparison.Ordinal);

    static string Slug(string text)
    {
        var folded = ContactNames.Fold(text);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    void MakeCompanies()
    {
        var count = Math.Clamp(_count / 12, 8, 20_000);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (_companies.Count < count)
        {
            var industry = _random.Int(0, DemoWords.Industries.Length - 1);
            var city = Pick(DemoWords.Cities);
            var faker = city.French ? _fr : _en;
            var pattern = Pick(DemoWords.Industries[industry].CompanyPatterns);
            var name = Fill(pattern, faker.Name.LastName(), faker.Name.LastName(), Pick(DemoWords.BrandWords), city.Name);
            if (!names.Add(name))
            {
                // Large networks run out of patterns: a second brand word keeps names distinct and plausible.
                name = $"{name} {Pick(DemoWords.BrandWords)}";
                if (!names.Add(name))
                {
                    name = $"{name} {names.Count}";
                    names.Add(name);
                }
            }

            _companies.Add(new DemoCompany(name, industry, city, Slug(name) + ".example"));
        }
    }
}
