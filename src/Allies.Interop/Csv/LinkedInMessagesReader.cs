using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Allies.Interop.Reading;
using CsvHelper;
using CsvHelper.Configuration;

namespace Allies.Interop.Csv;

/// <summary>
/// Reads LinkedIn's <c>messages.csv</c> (from "Get a copy of your data"): one row per message, with the conversation it
/// belongs to, who sent it (name and profile address), to whom (names, profile addresses), when, and the folder. Bodies
/// are not kept, as for mail. Columns are found by name, so the optional ones LinkedIn added over the years
/// (ATTACHMENTS, IS MESSAGE DRAFT, IS CONVERSATION ARCHIVED) are read when present; a bad row is reported with its line.
/// </summary>
public static class LinkedInMessagesReader
{
    const string ConversationId = "CONVERSATION ID";
    const string From = "FROM";
    const string To = "TO";
    const string Date = "DATE";

    static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm 'UTC'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Whether the header row is a messages export (it names CONVERSATION ID, FROM and DATE).</summary>
    public static bool IsMessagesHeader(IEnumerable<string> cells)
    {
        var names = cells.Select(c => c.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return names.Contains(ConversationId) && names.Contains(From) && names.Contains(Date);
    }

    /// <summary>Whether a file starts like a messages export (its first line is the header).</summary>
    public static bool LooksLikeMessages(Stream stream)
    {
        var decoded = TextDecoding.Open(stream);
        var first = decoded.Reader.ReadLine() ?? "";
        return IsMessagesHeader(first.Split(','));
    }

    public static IEnumerable<Parsed<LinkedInMessage>> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path)))
        {
            yield return item;
        }
    }

    public static IEnumerable<Parsed<LinkedInMessage>> Read(Stream stream, string file)
    {
        var decoded = TextDecoding.Open(stream);
        if (decoded.NotText is { } notText)
        {
            yield return Parsed<LinkedInMessage>.Fail(ImportProblem.InFile(file, notText));
            yield break;
        }

        var problems = new List<ImportProblem>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = args => problems.Add(ImportProblem.AtLine(file, args.Context.Parser?.RawRow ?? 0,
                Reasons.StrayQuote)),
        };
        using var parser = new CsvParser(decoded.Reader, config);
        Dictionary<string, int>? columns = null;
        while (true)
        {
            string[]? cells;
            long line;
            try
            {
                if (!parser.Read())
                {
                    break;
                }

                cells = parser.Record ?? [];
                line = parser.RawRow - Math.Max(0, parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n'));
            }
            catch (CsvHelperException ex)
            {
                problems.Add(ImportProblem.AtLine(file, parser.RawRow, Reasons.FileCut.With(FirstLine(ex.Message))));
                break;
            }

            foreach (var p in problems)
            {
                yield return Parsed<LinkedInMessage>.Fail(p);
            }

            problems.Clear();
            if (columns is null)
            {
                if (!IsMessagesHeader(cells))
                {
                    yield return Parsed<LinkedInMessage>.Fail(ImportProblem.AtLine(file, line,
                        Reasons.NotLinkedInMessages));
                    yield break;
                }

                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    columns.TryAdd(cells[i].Trim().ToUpperInvariant(), i);
                }

                continue;
            }

            yield return Row(cells, columns, file, line);
        }

        foreach (var p in problems)
        {
            yield return Parsed<LinkedInMessage>.Fail(p);
        }

        if (columns is null)
        {
            yield return Parsed<LinkedInMessage>.Fail(ImportProblem.InFile(file, Reasons.LinkedInMessagesEmpty));
        }
    }

    static Parsed<LinkedInMessage> Row(string[] cells, Dictionary<string, int> columns, string file, long line)
    {
        string? Cell(string name) => columns.TryGetValue(name, out var i) && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;

        var conversation = Cell(ConversationId);
        if (conversation is null)
        {
            return Parsed<LinkedInMessage>.Fail(ImportProblem.AtLine(file, line, Reasons.MessageNoConversation));
        }

        var dateText = Cell(Date);
        if (dateText is null)
        {
            return Parsed<LinkedInMessage>.Fail(ImportProblem.AtLine(file, line, Reasons.MessageNoDate));
        }

        if (ParseDate(dateText) is not { } date)
        {
            return Parsed<LinkedInMessage>.Fail(ImportProblem.AtLine(file, line, Reasons.MessageBadDate.With(dateText)));
        }

        var from = new LinkedInPerson(Cell(From), Cell("SENDER PROFILE URL"));
        if (from.Key is null)
        {
            return Parsed<LinkedInMessage>.Fail(ImportProblem.AtLine(file, line, Reasons.MessageNoSender));
        }

        var draft = Cell("IS MESSAGE DRAFT") is { } d && (d.Equals("true", StringComparison.OrdinalIgnoreCase) || d.Equals("yes", StringComparison.OrdinalIgnoreCase));
        var to = Recipients(Cell(To), Cell("RECIPIENT PROFILE URLS"));
        return Parsed<LinkedInMessage>.Of(new LinkedInMessage
        {
            File = file,
            Line = line,
            ConversationId = conversation,
            Title = Cell("CONVERSATION TITLE"),
            From = from,
            To = to,
            Date = date,
            Subject = Cell("SUBJECT"),
            Folder = Cell("FOLDER"),
            IsDraft = draft,
            StableId = StableIdOf(conversation, date, from, to),
        });
    }

    /// <summary>
    /// Recipients: the profile addresses (comma-separated) paired with the names when both lists have the same length;
    /// with one address, the whole TO cell is its name (a name may hold a comma).
    /// </summary>
    static IReadOnlyList<LinkedInPerson> Recipients(string? names, string? urls)
    {
        var u = (urls ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (u.Length == 0)
        {
            return names is null ? [] : [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => new LinkedInPerson(n, null))];
        }

        if (u.Length == 1)
        {
            return [new LinkedInPerson(names, u[0])];
        }

        var n = (names ?? "").Split(',', StringSplitOptions.TrimEntries);
        return [.. u.Select((url, i) => new LinkedInPerson(n.Length == u.Length && n[i].Length > 0 ? n[i] : null, url))];
    }

    static DateTimeOffset? ParseDate(string text)
    {
        var t = text.Trim();
        if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact))
        {
            return new DateTimeOffset(exact, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any.ToUniversalTime() : null;
    }

    static string StableIdOf(string conversation, DateTimeOffset date, LinkedInPerson from, IReadOnlyList<LinkedInPerson> to)
    {
        var text = string.Join('\n', [conversation, date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), from.Key, .. to.Select(p => p.Key)]);
        return "linkedin:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end > 0 ? message[..end] : message;
    }
}

/// <summary>One LinkedIn message: its envelope, without the body.</summary>
public sealed record LinkedInMessage
{
    public string File { get; init; } = "";
    /// <summary>The line the row starts on (1 = the header).</summary>
    public long Line { get; init; }
    public string ConversationId { get; init; } = "";
    public string? Title { get; init; }
    public LinkedInPerson From { get; init; } = new(null, null);
    public IReadOnlyList<LinkedInPerson> To { get; init; } = [];
    public DateTimeOffset Date { get; init; }
    public string? Subject { get; init; }
    public string? Folder { get; init; }
    public bool IsDraft { get; init; }
    /// <summary>The same each time the same message is read (conversation, time, sender, recipients): makes re-imports idempotent.</summary>
    public string StableId { get; init; } = "";

    /// <summary>Sender and recipients, each once.</summary>
    public IEnumerable<LinkedInPerson> People => new[] { From }.Concat(To).Where(p => p.Key is not null).DistinctBy(p => p.Key);
}

/// <summary>A person on a LinkedIn message: the name as exported and the profile address, either may be missing.</summary>
public sealed record LinkedInPerson(string? Name, string? ProfileUrl)
{
    /// <summary>Who this is across rows: the profile address without scheme, "www." or trailing slash, else the name folded to lower case.</summary>
    public string? Key { get; } = KeyOf(Name, ProfileUrl);

    static string? KeyOf(string? name, string? url)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            var u = url.Trim().ToLowerInvariant();
            var scheme = u.IndexOf("://", StringComparison.Ordinal);
            u = scheme >= 0 ? u[(scheme + 3)..] : u;
            u = u.StartsWith("www.", StringComparison.Ordinal) ? u[4..] : u;
            return "url:" + u.TrimEnd('/');
        }

        return string.IsNullOrWhiteSpace(name) ? null : "name:" + string.Join(' ', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
