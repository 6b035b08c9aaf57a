using Allies.Core.Interactions;
using Allies.Core.Reciprocity;

namespace Allies.Core.Tests.Reciprocity;

/// <summary>Builders for exchanges as the rules read them, all with one contact, relative to a pinned "now".</summary>
static class Facts
{
    /// <summary>Thursday 10 December 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid Contact = new("0193a5c0-0000-7000-8000-000000000001");

    static int _next;

    public static ExchangeFact At(int daysAgo, ExchangeDirection direction, ExchangeOutcome outcome = ExchangeOutcome.Pending,
        ExchangeKind kind = ExchangeKind.Information, bool probe = false, string? what = null)
    {
        var n = Interlocked.Increment(ref _next);
        return new ExchangeFact(Id(n), Id(n + 1_000_000), Contact, Now.AddDays(-daysAgo), kind, direction, outcome, probe, what);
    }

    static Guid Id(int n) => new($"0193a5c0-0000-7000-8000-{n:x12}");

    /// <summary>Decodes one generated number into an exchange in the last 13 months: direction, outcome, kind, day, probe.</summary>
    public static ExchangeFact Decode(uint code, int index)
    {
        var direction = (ExchangeDirection)(code % 4);
        var outcome = (ExchangeOutcome)(code / 4 % 5);
        var kind = (ExchangeKind)(code / 20 % 7);
        var daysAgo = (int)(code / 140 % 400);
        var probe = code / 56_000 % 5 == 0 && ExchangeSides.CanBeProbe(direction);
        return new ExchangeFact(Id(index + 1), Id(index + 500_000), Contact, Now.AddDays(-daysAgo).AddMinutes(-(index % 600)), kind, direction, outcome, probe);
    }

    public static ReciprocityRules Rules(uint code) => new()
    {
        SharePercent = 55 + (int)(code % 46),
        MinExchanges = 2 + (int)(code / 46 % 9),
        MinWeeks = 1 + (int)(code / 414 % 6),
        WindowMonths = 3 + (int)(code / 2484 % 10),
    };
}
