using System.Text;
using System.Text.RegularExpressions;
using Allies.Interop.Reading;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using IcalCalendar = Ical.Net.Calendar;

namespace Allies.Interop.Calendar;

/// <summary>
/// Reads .ics files with Ical.Net as meetings and problems. When the calendar as a whole cannot be loaded, each
/// series (events sharing a UID) is loaded on its own with the file's time zones, so one broken VEVENT costs only
/// itself; an unreadable property is dropped from its event, and an unknown time zone is read as UTC, each with a
/// problem saying so.
/// </summary>
public static partial class CalendarReader
{
    const int MaxRepairs = 5;

    public static IEnumerable<Parsed<MeetingRecord>> ReadFile(string path, CalendarWindow window)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path), window))
        {
            yield return item;
        }
    }

    public static IEnumerable<Parsed<MeetingRecord>> Read(Stream stream, string file, CalendarWindow window)
    {
        string text;
        using (var decoded = TextDecoding.Open(stream))
        {
            if (decoded.NotText is { } notText)
            {
                return [Parsed<MeetingRecord>.Fail(ImportProblem.InFile(file, notText))];
            }

            text = decoded.Reader.ReadToEnd();
        }

        var blocks = IcsBlocks.Split(text);
        if (blocks.Events.Count == 0)
        {
            return [Parsed<MeetingRecord>.Fail(ImportProblem.InFile(file,
                blocks.HasCalendar ? Reasons.CalendarNoEvents : string.IsNullOrWhiteSpace(text) ? Reasons.FileEmpty : Reasons.NotICalendar))];
        }

        return ReadBlocks(text, blocks, file, window);
    }

    static IEnumerable<Parsed<MeetingRecord>> ReadBlocks(string text, IcsBlocks blocks, string file, CalendarWindow window)
    {
        if (blocks.HasCalendar && TryLoad(text, out var whole, out _) && whole.Events.Count == blocks.Events.Count)
        {
            var problems = new List<ImportProblem>();
            var records = Meetings(whole, blocks.Events, file, window, problems, out var failed);
            if (failed.Count == 0)
            {
                return [.. problems.Select(Parsed<MeetingRecord>.Fail), .. records.Select(Parsed<MeetingRecord>.Of)];
            }

            // keep what was read; load again, alone, only the series that failed
            var again = failed.Select(f => Series(blocks.Events[f.Index])).ToHashSet();
            var kept = records.Where(r => !again.Contains(r.Uid ?? $"line {r.Line}"));
            var keptProblems = problems.Where(p => !blocks.Events.Any(e => e.Line == p.Line && again.Contains(Series(e))));
            return [.. keptProblems.Select(Parsed<MeetingRecord>.Fail), .. kept.Select(Parsed<MeetingRecord>.Of),
                .. BySeries(blocks, file, window, again)];
        }

        return BySeries(blocks, file, window, null);
    }

    static string Series(EventBlock e) => e.Uid ?? $"line {e.Line}";

    // A series (events sharing a UID) is loaded together with every time zone of the file. Series are loaded in
    // chunks, halved when a chunk fails, so one broken event among thousands costs a few loads, not thousands.
    static IEnumerable<Parsed<MeetingRecord>> BySeries(IcsBlocks blocks, string file, CalendarWindow window, HashSet<string>? only)
    {
        var series = blocks.Events.GroupBy(Series).Where(g => only is null || only.Contains(g.Key)).Select(g => g.ToList()).ToList();
        var problems = new List<ImportProblem>();
        var records = new List<MeetingRecord>();
        foreach (var chunk in series.Chunk(256))
        {
            Chunk([.. chunk], blocks.TimeZones, file, window, problems, records);
        }

        return [.. problems.Select(Parsed<MeetingRecord>.Fail), .. records.Select(Parsed<MeetingRecord>.Of)];
    }

    static void Chunk(List<List<EventBlock>> series, List<string> zones, string file, CalendarWindow window, List<ImportProblem> problems, List<MeetingRecord> records)
    {
        if (series.Count == 1)
        {
            records.AddRange(Series(series[0], zones, file, window, problems, floating: false));
            return;
        }

        var events = series.SelectMany(s => s).ToList();
        if (TryLoad(Wrap(events, zones, floating: false), out var calendar, out _) && calendar.Events.Count == events.Count)
        {
            var attempt = new List<ImportProblem>();
            var read = Meetings(calendar, events, file, window, attempt, out var failed);
            if (failed.Count == 0)
            {
                problems.AddRange(attempt);
                records.AddRange(read);
                return;
            }
        }

        var half = series.Count / 2;
        Chunk(series[..half], zones, file, window, problems, records);
        Chunk(series[half..], zones, file, window, problems, records);
    }

    static List<MeetingRecord> Series(List<EventBlock> events, List<string> zones, string file, CalendarWindow window, List<ImportProblem> problems, bool floating)
    {
        for (var repair = 0; repair <= MaxRepairs; repair++)
        {
            var text = Wrap(events, zones, floating);
            if (!TryLoad(text, out var calendar, out var error))
            {
                // Ical.Net names the line it could not parse: drop that property and try again
                if (!floating && error.Contains("time zone", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(ImportProblem.AtLine(file, events[0].Line, Reasons.EventTimesAsUtc.With(error.TrimEnd('.'))));
                    return Series(events, [], file, window, problems, floating: true);
                }

                var bad = UnparsableLine().Match(error) is { Success: true } m ? m.Groups["line"].Value : null;
                var dropped = bad is null ? null : Drop(events, bad);
                if (dropped is null)
                {
                    problems.Add(ImportProblem.AtLine(file, events[0].Line, Reasons.EventUnreadable.With(error)));
                    return [];
                }

                problems.Add(ImportProblem.AtLine(file, dropped.Value, Reasons.EventPropertySkipped));
                continue;
            }

            var attempt = new List<ImportProblem>();
            var records = Meetings(calendar, events, file, window, attempt, out var failed);
            if (failed.Count > 0 && !floating && failed.Any(f => f.Message.Contains("time zone", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(ImportProblem.AtLine(file, events[0].Line, Reasons.EventTimesAsUtc.With(failed[0].Message.TrimEnd('.'))));
                return Series(events, [], file, window, problems, floating: true);
            }

            problems.AddRange(attempt);
            return records;
        }

        problems.Add(ImportProblem.AtLine(file, events[0].Line, Reasons.EventTooBroken));
        return [];
    }

    static long? Drop(List<EventBlock> events, string bad)
    {
        foreach (var e in events)
        {
            var index = e.Lines.FindIndex(l => l.Text.Trim() == bad.Trim());
            if (index >= 0)
            {
                var line = e.Lines[index].Line;
                e.Lines.RemoveAt(index);
                return line;
            }
        }

        return null;
    }

    static string Wrap(List<EventBlock> events, List<string> zones, bool floating)
    {
        var sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Allies//import//EN\r\n");
        foreach (var zone in zones)
        {
            sb.Append(zone).Append("\r\n");
        }

        foreach (var e in events)
        {
            sb.Append(floating ? ZoneParameter().Replace(e.Text, "") : e.Text).Append("\r\n");
        }

        return sb.Append("END:VCALENDAR\r\n").ToString();
    }

    static bool TryLoad(string text, out IcalCalendar calendar, out string error)
    {
        try
        {
            calendar = IcalCalendar.Load(text)!;
            error = calendar is null ? "it is empty" : "";
            return calendar is not null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Ical.Net reports bad input with several exception types; any of them means "this text is broken".
            calendar = null!;
            error = FirstLine(ex.Message);
            return false;
        }
    }

    static List<MeetingRecord> Meetings(IcalCalendar calendar, List<EventBlock> blocks, string file, CalendarWindow window, List<ImportProblem> problems, out List<(int Index, string Message)> failed)
    {
        failed = [];
        var events = calendar.Events.ToList();
        var records = new List<MeetingRecord>();
        var overrides = new HashSet<(string, DateTimeOffset)>();
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                if (events[i].RecurrenceIdentifier is { } id && blocks.ElementAtOrDefault(i)?.Uid is { } uid)
                {
                    overrides.Add((uid, Utc(id.StartTime).Start));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed.Add((i, FirstLine(ex.Message)));
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            var evt = events[i];
            // the file's own UID and line: Ical.Net invents a new UID for an event without one on every load
            var block = events.Count == blocks.Count ? blocks[i] : blocks.FirstOrDefault(b => b.Uid == evt.Uid);
            var line = block?.Line ?? 0;
            var uid = block?.Uid;
            try
            {
                if (evt.DtStart is null)
                {
                    problems.Add(ImportProblem.AtLine(file, line, Reasons.EventNoStart));
                }
                else if (IsRecurring(evt) && evt.RecurrenceIdentifier is null)
                {
                    var from = new CalDateTime(window.From.UtcDateTime, "UTC");
                    var before = records.Count;
                    foreach (var occurrence in evt.GetOccurrences(from)
                        .TakeWhile(o => Utc(o.Period.StartTime).Start < window.To)
                        .Take(window.MaxOccurrencesPerEvent))
                    {
                        var (begin, allDay) = Utc(occurrence.Period.StartTime);
                        if (uid is not null && overrides.Contains((uid, begin)))
                        {
                            continue; // the changed occurrence is its own VEVENT
                        }

                        var end = occurrence.Period.EffectiveEndTime is { } e ? Utc(e).Start : (DateTimeOffset?)null;
                        records.Add(Record(evt, uid, file, line, begin, end, allDay, isOccurrence: true));
                    }

                    if (records.Count == before)
                    {
                        // nothing in the window: the series still happened, at least its first time
                        var (begin, allDay) = Utc(evt.DtStart);
                        records.Add(Record(evt, uid, file, line, begin, End(evt), allDay, isOccurrence: false));
                    }
                }
                else
                {
                    var (begin, allDay) = Utc(evt.DtStart);
                    records.Add(Record(evt, uid, file, line, begin, End(evt), allDay, isOccurrence: evt.RecurrenceIdentifier is not null));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // time-zone and recurrence errors surface from deep inside Ical.Net with various types
                failed.Add((i, FirstLine(ex.Message)));
                problems.Add(ImportProblem.AtLine(file, line, Reasons.EventUnreadable.With(FirstLine(ex.Message))));
            }
        }

        return records;
    }

    static MeetingRecord Record(CalendarEvent evt, string? uid, string file, long line, DateTimeOffset start, DateTimeOffset? end, bool allDay, bool isOccurrence) => new()
    {
        File = file,
        Line = line,
        Uid = uid,
        Start = start,
        End = end >= start ? end : null, // an end before the start (seen in iTIP examples) says nothing usable
        IsAllDay = allDay,
        Summary = Clean(evt.Summary),
        Location = Clean(evt.Location),
        Status = Clean(evt.Status)?.ToUpperInvariant(),
        Organizer = evt.Organizer is { } o ? new MeetingPerson(Clean(o.CommonName), Email(o.Value)) : null,
        Attendees = [.. evt.Attendees.Select(a => new MeetingAttendee(Clean(a.CommonName), Email(a.Value), Clean(a.ParticipationStatus)?.ToUpperInvariant(), Clean(a.Role)?.ToUpperInvariant()))],
        IsOccurrence = isOccurrence,
    };

    static bool IsRecurring(CalendarEvent evt) =>
        evt.Properties.Any(p => p.Name.Equals("RRULE", StringComparison.OrdinalIgnoreCase) || p.Name.Equals("RDATE", StringComparison.OrdinalIgnoreCase));

    static DateTimeOffset? End(CalendarEvent evt) =>
        evt.DtEnd is { } end ? Utc(end).Start
        : evt.End is { } computed ? Utc(computed).Start
        : null;

    static (DateTimeOffset Start, bool AllDay) Utc(CalDateTime time)
    {
        if (!time.HasTime)
        {
            return (new DateTimeOffset(time.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true);
        }

        return time.IsFloating
            ? (new DateTimeOffset(DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified), TimeSpan.Zero), false)
            : (new DateTimeOffset(DateTime.SpecifyKind(time.AsUtc, DateTimeKind.Utc)), false);
    }

    static string? Email(Uri? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.OriginalString.Trim();
        var address = text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text[7..] : text;
        return address.Contains('@', StringComparison.Ordinal) ? address.Trim().ToLowerInvariant() : null;
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end > 0 ? message[..end] : message;
    }

    [GeneratedRegex(@"Could not parse line: '(?<line>.*)'", RegexOptions.Singleline)]
    private static partial Regex UnparsableLine();

    [GeneratedRegex(@";TZID=(""[^""]*""|[^:;]*)(?=[:;])", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneParameter();
}
