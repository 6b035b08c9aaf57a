using Allies.Core.Interactions;

namespace Allies.Core.Reciprocity;

/// <summary>One interaction with a contact as the responsiveness rule reads it.</summary>
public sealed record InteractionFact(
    Guid Id,
    DateTimeOffset OccurredAt,
    InteractionKind Kind,
    Initiator InitiatedBy,
    ReplyStatus? Reply = null,
    DateTimeOffset? RepliedAt = null);

/// <summary>How one of my proposals was answered, and how that was known.</summary>
public sealed record ProposalAnswer(Guid InteractionId, DateTimeOffset SentAt, ReplyStatus? Status, DateTimeOffset? AnsweredAt, bool Recorded)
{
    /// <summary>Hours until the answer, when there was one at a known time.</summary>
    public double? Hours => AnsweredAt is { } at && Status is ReplyStatus.Answered or ReplyStatus.Accepted or ReplyStatus.Declined
        ? Math.Max(0, (at - SentAt).TotalHours)
        : null;
}

/// <summary>Did they answer what I started, how fast, did they accept (seed 001: how to tell real interest from politeness).</summary>
public sealed record ResponsivenessSummary(
    int Started,
    int Answered,
    int Accepted,
    int Declined,
    int Unanswered,
    int Waiting,
    double? MedianHours,
    IReadOnlyList<ProposalAnswer> Proposals)
{
    /// <summary>Answered (accepted and declined included) over those that had time to be answered; null when none had.</summary>
    public double? AnswerRate => Started - Waiting is var settled && settled > 0 ? Math.Round((double)(Answered + Accepted + Declined) / settled, 2) : null;
}

/// <summary>
/// A proposal is an interaction I started that asks for an answer: a message, an email or a voice note (any kind, when
/// an answer was recorded on it). Its answer is the one recorded on it; otherwise the next interaction with the person
/// that I did not start, within <see cref="ReciprocityRules.AnswerDays"/>: an answer, and an acceptance when that next
/// interaction is a meeting (coffee, lunch, call, meeting, event). Nothing after that many days: unanswered; before: waiting.
/// </summary>
public static class Responsiveness
{
    static readonly InteractionKind[] ProposalKinds = [InteractionKind.Message, InteractionKind.Email, InteractionKind.VoiceNote];
    static readonly InteractionKind[] MeetingKinds = [InteractionKind.Coffee, InteractionKind.Lunch, InteractionKind.Call, InteractionKind.Meeting, InteractionKind.Event];

    public static ResponsivenessSummary Summarize(IEnumerable<InteractionFact> interactions, DateTimeOffset from, DateTimeOffset now, ReciprocityRules rules)
    {
        var all = interactions.OrderBy(i => i.OccurredAt).ThenBy(i => i.Id).ToList();
        var wait = TimeSpan.FromDays(rules.AnswerDays);
        var answers = new List<ProposalAnswer>();
        for (var n = 0; n < all.Count; n++)
        {
            var mine = all[n];
            if (mine.InitiatedBy != Initiator.Me || mine.OccurredAt < from || mine.OccurredAt > now
                || (mine.Reply is null && !ProposalKinds.Contains(mine.Kind)))
            {
                continue;
            }

            if (mine.Reply is { } recorded)
            {
                answers.Add(new(mine.Id, mine.OccurredAt, recorded, mine.RepliedAt, true));
                continue;
            }

            var next = all.Skip(n + 1).FirstOrDefault(i => i.InitiatedBy != Initiator.Me && i.OccurredAt > mine.OccurredAt);
            if (next is not null && next.OccurredAt - mine.OccurredAt <= wait)
            {
                answers.Add(new(mine.Id, mine.OccurredAt, MeetingKinds.Contains(next.Kind) ? ReplyStatus.Accepted : ReplyStatus.Answered, next.OccurredAt, false));
            }
            else if (now - mine.OccurredAt > wait)
            {
                answers.Add(new(mine.Id, mine.OccurredAt, ReplyStatus.NoAnswer, null, false));
            }
            else
            {
                answers.Add(new(mine.Id, mine.OccurredAt, null, null, false));
            }
        }

        var hours = answers.Select(a => a.Hours).OfType<double>().Order().ToList();
        double? median = hours.Count == 0 ? null
            : Math.Round(hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2, 1);
        return new(
            answers.Count,
            answers.Count(a => a.Status == ReplyStatus.Answered),
            answers.Count(a => a.Status == ReplyStatus.Accepted),
            answers.Count(a => a.Status == ReplyStatus.Declined),
            answers.Count(a => a.Status == ReplyStatus.NoAnswer),
            answers.Count(a => a.Status is null),
            median,
            [.. answers.OrderByDescending(a => a.SentAt)]);
    }
}
