using System.Text;

namespace Allies.Interop.Calendar;

/// <summary>
/// The VEVENT and VTIMEZONE blocks of an .ics file with their line numbers, found by a plain scan of the unfolded
/// lines, so that an event Ical.Net rejects can still be located and loaded alone.
/// </summary>
sealed class IcsBlocks
{
    public List<EventBlock> Events { get; } = [];
    public List<string> TimeZones { get; } = [];
    public bool HasCalendar { get; private set; }

    public static IcsBlocks Split(string text)
    {
        var blocks = new IcsBlocks();
        List<(long Line, string Text)>? current = null;
        string? kind = null;
        var depth = 0;
        foreach (var (number, line) in Unfold(text))
        {
            var upper = line.TrimEnd().ToUpperInvariant();
            if (upper == "BEGIN:VCALENDAR")
            {
                blocks.HasCalendar = true;
            }

            if (current is null)
            {
                if (upper is "BEGIN:VEVENT" or "BEGIN:VTIMEZONE")
                {
                    current = [(number, line.TrimEnd())];
                    kind = upper[6..];
                    depth = 1;
                }

                continue;
            }

            current.Add((number, line));
            depth += upper.StartsWith("BEGIN:", StringComparison.Ordinal) ? 1 : upper.StartsWith("END:", StringComparison.Ordinal) ? -1 : 0;
            if (depth == 0)
            {
                blocks.Add(kind!, current);
                current = null;
            }
        }

        if (current is not null && kind == "VEVENT")
        {
            // an event cut short by the end of the file: close it so it can be tried
            current.Add((current[^1].Line, "END:VEVENT"));
            blocks.Add(kind, current);
        }

        return blocks;
    }

    void Add(string kind, List<(long Line, string Text)> lines)
    {
        if (kind != "VEVENT")
        {
            TimeZones.Add(string.Join("\r\n", lines.Select(l => l.Text)));
            return;
        }

        string? uid = null;
        var depth = 0;
        foreach (var (_, text) in lines)
        {
            var upper = text.ToUpperInvariant();
            depth += upper.StartsWith("BEGIN:", StringComparison.Ordinal) ? 1 : upper.StartsWith("END:", StringComparison.Ordinal) ? -1 : 0;
            if (depth == 1 && upper.StartsWith("UID", StringComparison.Ordinal) && text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
                && text[3..colon].Trim().Length == 0)
            {
                uid = text[(colon + 1)..].Trim();
            }
        }

        Events.Add(new(lines[0].Line, uid, lines));
    }

    /// <summary>Logical lines (continuations joined) with the physical line each starts on.</summary>
    static IEnumerable<(long Line, string Text)> Unfold(string text)
    {
        using var reader = new StringReader(text);
        StringBuilder? logical = null;
        long start = 0, number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && logical is not null)
            {
                logical.Append(line, 1, line.Length - 1);
                continue;
            }

            if (logical is not null)
            {
                yield return (start, logical.ToString());
            }

            logical = new StringBuilder(line);
            start = number;
        }

        if (logical is not null)
        {
            yield return (start, logical.ToString());
        }
    }
}

/// <summary>One VEVENT as written: where it starts, its UID if it has one, and its unfolded lines.</summary>
sealed record EventBlock(long Line, string? Uid, List<(long Line, string Text)> Lines)
{
    public string Text => string.Join("\r\n", Lines.Select(l => l.Text));
}
