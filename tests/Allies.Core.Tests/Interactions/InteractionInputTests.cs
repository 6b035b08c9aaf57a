using Allies.Core.Interactions;

namespace Allies.Core.Tests.Interactions;

public sealed class InteractionInputTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);
    static readonly Guid Helene = Guid.CreateVersion7();
    static readonly Guid Marc = Guid.CreateVersion7();

    static InteractionInput Coffee => new() { ParticipantIds = [Helene], Kind = InteractionKind.Coffee };

    static IEnumerable<(string Field, string Code)> Broken(InteractionInput input) =>
        input.Validate(Now).Select(e => (e.Field, e.Code));

    [Fact]
    public void Who_and_what_kind_are_enough() => Assert.Empty(Coffee.Validate(Now));

    [Fact]
    public void Someone_must_have_been_met() =>
        Assert.Equal([("ParticipantIds", "participant_required")], Broken(Coffee with { ParticipantIds = [] }));

    [Theory]
    [InlineData(-60 * 24 * 365, true)]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(60, false)]
    public void The_time_may_be_past_or_a_few_minutes_ahead_but_not_later(int minutesFromNow, bool valid) =>
        Assert.Equal(valid, !Broken(Coffee with { OccurredAt = Now.AddMinutes(minutesFromNow) }).Contains(("OccurredAt", "date_in_future")));

    [Fact]
    public void The_future_is_judged_as_an_instant_whatever_the_offset()
    {
        // 14:00 in Tokyo is 05:00 UTC: five hours ago, not four hours ahead.
        var tokyo = new DateTimeOffset(2026, 3, 14, 14, 0, 0, TimeSpan.FromHours(9));
        Assert.Empty(Broken(Coffee with { OccurredAt = tokyo }));
        var newYork = new DateTimeOffset(2026, 3, 14, 7, 0, 0, TimeSpan.FromHours(-4)); // 11:00 UTC
        Assert.Equal([("OccurredAt", "date_in_future")], Broken(Coffee with { OccurredAt = newYork }));
    }

    [Fact]
    public void Summaries_and_exchanges_have_length_limits()
    {
        Assert.Empty(Broken(Coffee with { Summary = new string('s', 4000) }));
        Assert.Equal([("Summary", "too_long")], Broken(Coffee with { Summary = new string('s', 4001) }));
        Assert.Equal(
            [("Exchanges[1].What", "too_long")],
            Broken(Coffee with
            {
                Exchanges = [new(ExchangeKind.Information, ExchangeDirection.IGave, new string('w', 1000)), new(ExchangeKind.Favour, ExchangeDirection.TheyAsked, new string('w', 1001))],
            }));
    }

    [Fact]
    public void An_exchange_is_with_one_of_the_participants()
    {
        var withBoth = Coffee with { ParticipantIds = [Helene, Marc] };
        Assert.Empty(Broken(withBoth with { Exchanges = [new(ExchangeKind.Introduction, ExchangeDirection.IGave, ContactId: Marc)] }));
        Assert.Empty(Broken(withBoth with { Exchanges = [new(ExchangeKind.Introduction, ExchangeDirection.IGave)] }));
        Assert.Equal(
            [("Exchanges[0].ContactId", "not_a_participant")],
            Broken(Coffee with { Exchanges = [new(ExchangeKind.Introduction, ExchangeDirection.IGave, ContactId: Marc)] }));
    }
}
