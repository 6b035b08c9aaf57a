using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using static Allies.Core.Interactions.ExchangeDirection;
using static Allies.Core.Interactions.ExchangeOutcome;
using static Allies.Core.Tests.Reciprocity.Facts;

namespace Allies.Core.Tests.Reciprocity;

public sealed class LedgerTests
{
    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    static Promise Promise(PromisedBy by, PromiseStatus status) => new() { ContactId = Contact, PromisedBy = by, Status = status, What = "x" };

    [Fact]
    public void The_issue_s_sentence_in_English_and_French()
    {
        List<ExchangeFact> exchanges =
        [
            At(170, IGave, Done, ExchangeKind.Introduction), At(120, IGave, Done, ExchangeKind.Introduction), At(60, IGave, Done, ExchangeKind.Expertise),
            At(20, IGave, Pending, ExchangeKind.Resource), At(90, TheyAsked, Pending), At(30, TheyAsked, Declined),
            At(300, TheyGave, Done), // before the window: not counted
        ];

        var ledger = Ledgers.Build(Contact, exchanges, [], [], null, Now, ReciprocityRules.Default);

        Assert.Equal("You have given 4 times since June; they have asked twice and given nothing.", Ledgers.Sentence(ledger, "en", Paris, Now));
        Assert.Equal("Vous avez donné 4 fois depuis juin ; cette personne a demandé deux fois et n'a rien donné.", Ledgers.Sentence(ledger, "fr", Paris, Now));
        Assert.Equal(new Dictionary<ExchangeKind, int> { [ExchangeKind.Introduction] = 2, [ExchangeKind.Expertise] = 1, [ExchangeKind.Resource] = 1 }, ledger.GivenByKind);
        Assert.Empty(ledger.ReceivedByKind);
        Assert.Equal(new AskCounts(2, 1, 0, 1, 0, 0), ledger.TheirAsks);
        Assert.Equal(4, ledger.Balance);
        Assert.Equal(Now.AddDays(-20), ledger.LastGivenAt);
        Assert.False(ledger.NeverGiven);
    }

    [Fact]
    public void Balance_asks_promises_and_probes()
    {
        List<ExchangeFact> exchanges =
        [
            At(50, TheyGave, Done, ExchangeKind.Information), At(40, IAsked, Done), At(35, IAsked, Ignored), At(30, TheyAsked, Done),
            At(10, IGave, Amplified, probe: true), At(8, IAsked, Ignored, probe: true),
        ];
        Promise[] promises =
        [
            Promise(PromisedBy.Them, PromiseStatus.Kept), Promise(PromisedBy.Them, PromiseStatus.Kept), Promise(PromisedBy.Them, PromiseStatus.Broken),
            Promise(PromisedBy.Them, PromiseStatus.Open), Promise(PromisedBy.Me, PromiseStatus.Kept),
        ];

        var ledger = Ledgers.Build(Contact, exchanges, promises, [], null, Now, ReciprocityRules.Default);

        Assert.Equal((2, 2, 0), (ledger.TimesIGave, ledger.TimesTheyGave, ledger.Balance));
        Assert.Equal(new AskCounts(3, 0, 1, 0, 2, 0), ledger.MyAsks);
        Assert.Equal(0.67, ledger.TheirPromises.KeptRatio);
        Assert.Equal(1, ledger.TheirPromises.Open);
        Assert.Equal(1.0, ledger.MyPromises.KeptRatio);
        Assert.Equal(new ProbeCounts(2, 1, 0, 1, 0), ledger.Probes);
        Assert.Equal("You have given twice since June; they have asked once and given twice.", Ledgers.Sentence(ledger, "en", Paris, Now));
    }

    [Fact]
    public void Never_having_given_is_said_before_asking()
    {
        var ledger = Ledgers.Build(Contact, [At(10, IAsked, Pending)], [], [], null, Now, ReciprocityRules.Default);
        Assert.True(ledger.NeverGiven);
        Assert.Null(ledger.TheirPromises.KeptRatio);
        Assert.Equal("You have given nothing since June; they have asked nothing and given nothing.", Ledgers.Sentence(ledger, "en", Paris, Now));
        Assert.Equal("Vous avez rien donné depuis juin ; cette personne n'a rien demandé et n'a rien donné.", Ledgers.Sentence(ledger, "fr", Paris, Now));
    }
}
