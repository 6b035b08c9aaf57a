using Allies.Core.Contacts;
using Allies.Core.Network;
using Allies.Core.Reciprocity;
using Allies.Core.Settings;
using Allies.Core.Ties;

namespace Allies.Core.Agenda;

/// <summary>
/// Who to contact now and why, ranked: J+1 follow-ups, promises due, life events, introduction steps, ties overdue by
/// cadence (closest circles and strongest ties first), then one dormant tie worth reviving. A pure function of its
/// input: the same data and the same "now" give the same agenda. Rules and thresholds: docs/keep-in-touch.md.
/// </summary>
public static class AgendaPlanner
{
    public const int FollowUpDays = 2;
    public const int LifeEventDaysBefore = 7;
    public const int LifeEventDaysAfter = 14;
    public const int BirthdayDaysAfter = 2;
    public const int PromiseDaysAhead = 3;
    public const int IntroNudgeDays = 7;
    public const int IntroCheckInDays = 14;
    public const int DormantAfterDays = 180;
    /// <summary>The ritual shows at most this many dormant ties to revive at once: reviving is a gift, not a campaign.</summary>
    public const int RevivePerRitual = 1;

    public static AgendaPlan Plan(AgendaInput input)
    {
        var today = input.Today;
        var now = input.Now;
        var contacts = input.Contacts.ToDictionary(c => c.Id);
        // Scored and placed in a circle once per contact: every later step looks them up.
        var scores = new Dictionary<Guid, TieScore>(input.Contacts.Count);
        var circles = new Dictionary<Guid, Circle>(input.Contacts.Count);
        foreach (var c in input.Contacts)
        {
            var s = TieStrength.Score(c.Tie, now);
            scores[c.Id] = s;
            circles[c.Id] = c.PinnedCircle ?? Circles.FromScore(s.Score);
        }

        Circle CircleOf(AgendaContact c) => circles[c.Id];

        var hidden = input.Decisions.Where(d => d.Until is null || d.Until > today).Select(d => d.ItemKey).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<AgendaItem>();
        AgendaItem Item(AgendaContact c, string key, AgendaReason reason, DateOnly on, int group, double within) => new()
        {
            Key = key,
            Contact = c,
            Reason = reason,
            Tie = scores[c.Id],
            Circle = CircleOf(c),
            On = on,
            Order = (group, within, c.Id.ToString("N")),
        };

        foreach (var c in input.Contacts)
        {
            // J+1: met in the last 48 hours, nothing logged after the day of meeting.
            if (c.MetOn is { } met && met <= today && today.DayNumber - met.DayNumber <= FollowUpDays)
            {
                var endOfMeetingDay = Local(met.AddDays(1), input.Zone);
                if (c.Tie.LastTouchAt is not { } last || last < endOfMeetingDay)
                {
                    candidates.Add(Item(c, $"followup:{c.Id:N}", AgendaReason.FollowUp, met, 0, met.DayNumber));
                }
            }

            if (c.Birthday is { } birthday && NextAnniversary(birthday, today) is { } day)
            {
                var fact = new LifeEventFact(c.Id, c.Id, LifeEventKind.Birthday, day, null, false);
                candidates.Add(Item(c, $"birthday:{c.Id:N}:{day.Year}", AgendaReason.LifeEvent, day, 2, Math.Abs(day.DayNumber - today.DayNumber)) with { LifeEvent = fact });
            }

            var score = scores[c.Id];
            var circle = CircleOf(c);
            if (c.Tie.Anchor is { } anchor)
            {
                // A tie that lapses keeps the cadence of the circle it had when last in touch: overdue, not silently demoted.
                var usual = c.PinnedCircle ?? Circles.FromScore(TieStrength.ScoreWhenLastInTouch(c.Tie));
                var cadence = c.CadenceDays ?? input.Rules.CadenceOf(usual);
                var anchorDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, input.Zone).DateTime);
                var silent = today.DayNumber - anchorDay.DayNumber;
                if (cadence is { } days && silent > days && (circle != Circle.Dormant || c.PinnedCircle is not null || c.CadenceDays is not null))
                {
                    var overdue = silent - days;
                    // Closest circles first, then the strongest ties (the ones most worth keeping), then the most overdue.
                    var within = (int)usual * 1000.0 - score.Score - Math.Min(overdue, 999) / 1000.0;
                    candidates.Add(Item(c, $"overdue:{c.Id:N}", AgendaReason.Overdue, anchorDay.AddDays(days), 4, within) with { CadenceDays = days, DaysOverdue = overdue, Circle = usual });
                }
                else if (circle == Circle.Dormant && c.PinnedCircle is null && c.Tie.Exchanges >= 2 && silent > DormantAfterDays && HasReasonToWrite(c))
                {
                    candidates.Add(Item(c, $"revive:{c.Id:N}", AgendaReason.Reconnect, today, 5, -c.Tie.Weight));
                }
            }
        }

        foreach (var e in input.LifeEvents)
        {
            if (!contacts.TryGetValue(e.ContactId, out var c) || e.Congratulated && e.Kind != LifeEventKind.Birthday)
            {
                continue;
            }

            if (e.Kind == LifeEventKind.Birthday)
            {
                if (NextAnniversary(e.OccurredOn, today) is { } day)
                {
                    candidates.Add(Item(c, $"life:{e.Id:N}:{day.Year}", AgendaReason.LifeEvent, day, 2, Math.Abs(day.DayNumber - today.DayNumber)) with { LifeEvent = e with { OccurredOn = day } });
                }
            }
            else if (e.OccurredOn >= today.AddDays(-LifeEventDaysAfter) && e.OccurredOn <= today.AddDays(LifeEventDaysBefore))
            {
                candidates.Add(Item(c, $"life:{e.Id:N}", AgendaReason.LifeEvent, e.OccurredOn, 2, Math.Abs(e.OccurredOn.DayNumber - today.DayNumber)) with { LifeEvent = e });
            }
        }

        foreach (var p in input.Promises)
        {
            if (p.Status != PromiseStatus.Open || p.PromisedBy != PromisedBy.Me || !contacts.TryGetValue(p.ContactId, out var c))
            {
                continue;
            }

            var due = p.DueOn ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.CreatedAt, input.Zone).DateTime).AddDays(7);
            if (due <= today.AddDays(PromiseDaysAhead))
            {
                candidates.Add(Item(c, $"promise:{p.Id:N}", AgendaReason.Promise, due, 1, due.DayNumber) with { Promise = p });
            }
        }

        foreach (var i in input.Introductions)
        {
            if (i.Outcome != IntroductionOutcome.Open || Waiting(i, now) is not { } step)
            {
                continue;
            }

            var (whoId, otherId) = step == IntroductionStep.AskB ? (i.ContactBId, i.ContactAId) : (i.ContactAId, i.ContactBId);
            if (!contacts.TryGetValue(whoId, out var who))
            {
                continue;
            }

            contacts.TryGetValue(otherId, out var other);
            var since = (step switch
            {
                IntroductionStep.AskA => i.ProposedAt,
                IntroductionStep.NudgeA => i.AAskedAt ?? i.ProposedAt,
                IntroductionStep.AskB => i.AAcceptedAt ?? i.ProposedAt,
                IntroductionStep.Send => i.BAcceptedAt ?? i.ProposedAt,
                _ => i.SentAt ?? i.ProposedAt,
            });
            var on = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(since, input.Zone).DateTime);
            candidates.Add(Item(who, $"intro:{i.Id:N}:{step}", AgendaReason.Introduction, on, 3, on.DayNumber) with { Introduction = i, Step = step, Other = other });
        }

        var ranked = candidates
            .Where(c => !hidden.Contains(c.Key))
            .OrderBy(c => c.Order.Group).ThenBy(c => c.Order.Within).ThenBy(c => c.Order.Tie, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

        // One item per person: their most pressing reason, the others noted.
        var perPerson = new List<AgendaItem>();
        foreach (var group in ranked.GroupBy(c => c.Contact.Id))
        {
            var first = group.First();
            perPerson.Add(first with { Also = [.. group.Skip(1).Select(g => g.Reason).Distinct().Where(r => r != first.Reason)] });
        }

        perPerson = [.. perPerson.OrderBy(c => c.Order.Group).ThenBy(c => c.Order.Within).ThenBy(c => c.Order.Tie, StringComparer.Ordinal)];

        var (limit, done) = Ritual(input, today);
        var remaining = Math.Max(0, limit - done);
        IReadOnlyList<AgendaItem> shown;
        if (input.All)
        {
            shown = perPerson;
        }
        else
        {
            var revive = 0;
            shown = [.. perPerson.Where(i => i.Reason != AgendaReason.Reconnect || revive++ < RevivePerRitual).Take(remaining)];
        }

        var members = input.Contacts.Select(c => new CircleMember(c.Id, c.Name, CircleOf(c), scores[c.Id].Score));
        return new AgendaPlan(now, today, limit, done, remaining, shown, perPerson.Count, Circles.Warnings(members));
    }

    /// <summary>The ritual: people per week (weeks start on Monday), or three a day in the 15-minutes-a-day mode; done items count.</summary>
    static (int Limit, int Done) Ritual(AgendaInput input, DateOnly today)
    {
        DateOnly start;
        int limit;
        if (input.Rules.Mode == RitualMode.DailyFifteenMinutes)
        {
            start = today;
            limit = AgendaRules.DailyPeople;
        }
        else
        {
            start = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            limit = input.Rules.RitualPerWeek;
        }

        var from = Local(start, input.Zone);
        var done = input.Decisions.Where(d => d.Kind == AgendaDecisionKind.Done && d.DecidedAt >= from && d.DecidedAt <= input.Now)
            .Select(d => d.ContactId).Distinct().Count();
        return (limit, done);
    }

    /// <summary>The birthday's date this year or next, when it falls within a week ahead or two days past.</summary>
    public static DateOnly? NextAnniversary(DateOnly date, DateOnly today)
    {
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            var day = date.Month == 2 && date.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, date.Month, date.Day);
            if (day >= today.AddDays(-BirthdayDaysAfter) && day <= today.AddDays(LifeEventDaysBefore))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The step of a double opt-in introduction that waits for the owner, if any.</summary>
    public static IntroductionStep? Waiting(IntroductionFact i, DateTimeOffset now)
    {
        if (i.MetAt is not null)
        {
            return null;
        }

        if (i.SentAt is { } sent)
        {
            return now - sent > TimeSpan.FromDays(IntroCheckInDays) ? IntroductionStep.CheckIn : null;
        }

        if (i.AAcceptedAt is null)
        {
            return i.AAskedAt is null ? IntroductionStep.AskA
                : now - i.AAskedAt.Value > TimeSpan.FromDays(IntroNudgeDays) ? IntroductionStep.NudgeA : null;
        }

        if (i.BAskedAt is null)
        {
            return IntroductionStep.AskB;
        }

        return i.BAcceptedAt is null ? null : IntroductionStep.Send;
    }

    /// <summary>A dormant tie is worth reviving only with something to say that is not an ask.</summary>
    public static bool HasReasonToWrite(AgendaContact c) =>
        !string.IsNullOrWhiteSpace(c.Needs) || !string.IsNullOrWhiteSpace(c.Interests) || !string.IsNullOrWhiteSpace(c.PersonalDetail) || !string.IsNullOrWhiteSpace(c.LastSummary);

    static DateTimeOffset Local(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
