using Allies.Interop.Calendar;
using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Calendar;

public sealed class CalendarCorpusTests
{
    static readonly CalendarWindow Window = new(new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), 50);

    public static TheoryData<string> Files => Corpus.Names("ical", ".ics");

    [Fact]
    public void The_corpus_holds_every_calendar_of_the_manifest()
    {
        Assert.Equal(55, Corpus.Files("ical", ".ics").Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_event_is_read_or_its_problem_reported(string name)
    {
        var path = Corpus.File("ical", name);
        var result = CalendarReader.ReadFile(path, Window).Collect();

        Assert.True(result.Records.Count + result.Problems.Count > 0, $"{name} gave neither meetings nor problems");
        var events = File.ReadLines(path).Count(l => l.Trim().Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase));
        var seen = result.Records.Select(r => (r.Uid, r.Line)).Distinct().Count() + result.Problems.Select(p => p.Line).Distinct().Count();
        Assert.True(seen >= Math.Min(events, 1), $"{name}: {events} events, nothing accounted for");
        Assert.All(result.Records, r => Assert.True(r.End is null || r.End >= r.Start));
    }

    [Fact]
    public void Attendees_keep_their_answer()
    {
        var meeting = Assert.Single(CalendarReader.ReadFile(Corpus.File("ical", "icalendar__property_params.ics"), Window).Collect().Records);

        Assert.Equal("Test meeting from BB", meeting.Summary);
        Assert.True(meeting.IsAllDay);
        Assert.Equal("rembrand@daxlab.com", meeting.Organizer?.Email);
        Assert.Equal(3, meeting.Attendees.Count);
        Assert.Equal(new MeetingAttendee("RembrandXS", "rembrand@xs4all.nl", "NEEDS-ACTION", null), meeting.Attendees[0]);
    }

    [Fact]
    public void A_fold_inside_a_parameter_costs_only_that_attendee()
    {
        var result = CalendarReader.ReadFile(Corpus.File("ical", "khal__event_dt_partstat.ics"), Window).Collect();

        var meeting = Assert.Single(result.Records);
        Assert.NotEmpty(meeting.Attendees);
        Assert.Contains(meeting.Attendees, a => a.ParticipationStatus == "ACCEPTED");
        Assert.All(result.Problems, p => Assert.Contains("could not be read and was skipped", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Recurrence_is_expanded_only_within_the_window_and_up_to_the_limit()
    {
        var narrow = new CalendarWindow(new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero), 500);
        var holidays = CalendarReader.ReadFile(Corpus.File("ical", "icalnet__USHolidays.ics"), narrow).Collect().Records;
        var limited = CalendarReader.ReadFile(Corpus.File("ical", "icalnet__USHolidays.ics"), narrow with { MaxOccurrencesPerEvent = 1 }).Collect().Records;

        Assert.All(holidays.Where(h => h.IsOccurrence), h => Assert.InRange(h.Start, narrow.From, narrow.To));
        Assert.True(holidays.Count(h => h.IsOccurrence) > limited.Count(h => h.IsOccurrence));
        Assert.All(limited.Where(h => h.IsOccurrence).GroupBy(h => h.Uid), g => Assert.Single(g));
    }

    [Fact]
    public void A_changed_occurrence_replaces_the_one_of_its_series()
    {
        var meetings = CalendarReader.ReadFile(Corpus.File("ical", "radicale__event_daily_rrule_overridden.ics"), Window).Collect().Records;

        Assert.Equal(meetings.Count, meetings.Select(m => m.StableId).Distinct().Count());
    }

    [Fact]
    public void An_unknown_time_zone_is_read_as_utc_and_reported()
    {
        var result = CalendarReader.ReadFile(Corpus.File("ical", "khal__event_dt_local_missing_tz.ics"), Window).Collect();

        var meeting = Assert.Single(result.Records);
        Assert.Equal(TimeSpan.Zero, meeting.Start.Offset);
        Assert.Contains("FOO", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_uid_gets_a_stable_id_from_its_line()
    {
        var first = Assert.Single(CalendarReader.ReadFile(Corpus.File("ical", "khal__without_uid.ics"), Window).Collect().Records);
        var second = Assert.Single(CalendarReader.ReadFile(Corpus.File("ical", "khal__without_uid.ics"), Window).Collect().Records);

        Assert.Null(first.Uid);
        Assert.Equal(first.StableId, second.StableId);
    }

    [Fact]
    public void Events_without_a_start_are_reported_at_their_line()
    {
        var result = CalendarReader.ReadFile(Corpus.File("ical", "icalendar__big_bad_calendar.ics"), Window).Collect();

        Assert.Empty(result.Records);
        Assert.Equal(20, result.Problems.Count);
        Assert.Equal(result.Problems.Count, result.Problems.Select(p => p.Line).Distinct().Count());
    }
}
