using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using static Allies.Core.Tests.Reciprocity.Facts;

namespace Allies.Core.Tests.Reciprocity;

/// <summary>Seed 001: "if you propose a coffee and they find a slot, it is real; if they ignore your messages, it was politeness".</summary>
public sealed class ResponsivenessTests
{
    static int _n;

    static InteractionFact I(double daysAgo, InteractionKind kind, Initiator by, ReplyStatus? reply = null, double? repliedDaysAgo = null) =>
        new(new Guid($"0193a5c0-0000-7000-9000-{Interlocked.Increment(ref _n):x12}"), Now.AddDays(-daysAgo), kind, by, reply, repliedDaysAgo is { } r ? Now.AddDays(-r) : null);

    [Fact]
    public void Answers_acceptances_silences_and_speed_are_derived_from_what_came_next()
    {
        List<InteractionFact> history =
        [
            I(100, InteractionKind.Message, Initiator.Me), I(99.75, InteractionKind.Message, Initiator.Them), // answered in 6 h
            I(60, InteractionKind.Email, Initiator.Me), I(57, InteractionKind.Coffee, Initiator.Unknown), // accepted: a coffee 3 days later
            I(40, InteractionKind.Message, Initiator.Me), I(39, InteractionKind.Message, Initiator.Me), // two of mine, nothing back: unanswered twice
            I(5, InteractionKind.Message, Initiator.Me), // too recent to judge: waiting
            I(30, InteractionKind.Coffee, Initiator.Me), // a coffee that happened is not a proposal waiting for an answer
        ];

        var summary = Responsiveness.Summarize(history, Now.AddMonths(-6), Now, ReciprocityRules.Default);

        Assert.Equal((5, 1, 1, 0, 2, 1), (summary.Started, summary.Answered, summary.Accepted, summary.Declined, summary.Unanswered, summary.Waiting));
        Assert.Equal(39.0, summary.MedianHours); // 6 h and 72 h
        Assert.Equal(0.5, summary.AnswerRate);
    }

    [Fact]
    public void A_recorded_answer_wins_over_the_derived_one()
    {
        List<InteractionFact> history =
        [
            I(20, InteractionKind.Message, Initiator.Me, ReplyStatus.Declined, 19), I(18, InteractionKind.Coffee, Initiator.Them),
        ];

        var summary = Responsiveness.Summarize(history, Now.AddMonths(-6), Now, ReciprocityRules.Default);

        var answer = Assert.Single(summary.Proposals);
        Assert.Equal((ReplyStatus.Declined, true, 24.0), (answer.Status, answer.Recorded, answer.Hours));
        Assert.Equal(1, summary.Declined);
    }
}
