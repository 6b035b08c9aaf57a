using System.Globalization;
using Allies.Interop.People;
using Allies.Interop.Reading;
using CsvHelper;
using CsvHelper.Configuration;

namespace Allies.Interop.Csv;

/// <summary>
/// Reads contact CSV exports — LinkedIn Connections.csv (with its "Notes:" preamble), Google Contacts, Outlook, and
/// by their column names the Windows Address Book, Thunderbird and KDE layouts — as a stream of people and problems.
/// A bad row is reported with its line and the rest is read.
/// </summary>
public static class CsvContactReader
{
    const int HeaderSearchRows = 10;

    public static IEnumerable<Parsed<PersonRecord>> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path)))
        {
            yield return item;
        }
    }

    /// <summary>Reads every row of <paramref name="stream"/>, detecting encoding, delimiter, preamble and header.</summary>
    public static IEnumerable<Parsed<PersonRecord>> Read(Stream stream, string file)
    {
        var decoded = TextDecoding.Open(stream);
        if (decoded.NotText is { } notText)
        {
            yield return Parsed<PersonRecord>.Fail(ImportProblem.InFile(file, notText));
            yield break;
        }

        var (reader, delimiter) = DelimitedText.Sniff(decoded.Reader);
        var problems = new List<ImportProblem>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Delimiter = delimiter,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = args => problems.Add(ImportProblem.AtLine(file, args.Context.Parser?.RawRow ?? 0,
                Reasons.StrayQuote)),
        };

        using var parser = new CsvParser(reader, config);
        var pending = new List<Row>();
        ColumnMap? map = null;
        var headerless = false;
        var rows = 0;

        while (true)
        {
            Row? row;
            try
            {
                row = parser.Read() ? new Row(StartLine(parser), parser.Record ?? []) : null;
            }
            catch (CsvHelperException ex)
            {
                problems.Add(ImportProblem.AtLine(file, parser.RawRow, Reasons.FileCut.With(FirstSentence(ex.Message))));
                row = null;
            }

            if (row is null)
            {
                break;
            }

            if (map is null && !headerless)
            {
                if (ColumnMap.KnownNames(row.Cells) >= 2 && !row.Cells.Any(c => c.Contains('@', StringComparison.Ordinal)))
                {
                    map = ColumnMap.FromHeader(row.Cells);
                    pending.Clear(); // rows before the header are a preamble (LinkedIn's "Notes:")
                    continue;
                }

                pending.Add(row);
                if (pending.Count < HeaderSearchRows)
                {
                    continue;
                }

                headerless = true;
                foreach (var earlier in pending)
                {
                    rows++;
                    foreach (var item in Emit(earlier, null, file, problems))
                    {
                        yield return item;
                    }
                }

                pending.Clear();
                continue;
            }

            rows++;
            foreach (var item in Emit(row, map, file, problems))
            {
                yield return item;
            }
        }

        if (map is null && pending.Count > 0)
        {
            headerless = true;
            foreach (var ready in pending)
            {
                rows++;
                foreach (var item in Emit(ready, null, file, problems))
                {
                    yield return item;
                }
            }
        }

        if (headerless)
        {
            problems.Insert(0, ImportProblem.AtLine(file, 1, Reasons.NoHeader));
        }

        if (rows == 0 && problems.Count == 0)
        {
            problems.Add(ImportProblem.InFile(file, Reasons.HeaderOnly));
        }

        foreach (var problem in problems)
        {
            yield return Parsed<PersonRecord>.Fail(problem);
        }
    }

    static IEnumerable<Parsed<PersonRecord>> Emit(Row row, ColumnMap? map, string file, List<ImportProblem> problems)
    {
        PersonRecord? person;
        try
        {
            person = map is null ? HeaderlessRow.Read(row, file) : CsvRow.Read(row, map, file, problems);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            problems.Add(ImportProblem.AtLine(file, row.Line, Reasons.RowUnreadable.With(FirstSentence(ex.Message))));
            person = null;
        }

        if (person is null && !row.Cells.All(string.IsNullOrWhiteSpace) && !problems.Any(p => p.Line == row.Line))
        {
            problems.Add(ImportProblem.AtLine(file, row.Line, Reasons.RowNobody));
        }

        foreach (var problem in problems)
        {
            yield return Parsed<PersonRecord>.Fail(problem);
        }

        problems.Clear();
        if (person is not null)
        {
            yield return Parsed<PersonRecord>.Of(person);
        }
    }

    // RawRow counts the lines read so far; a quoted field spanning lines started that many lines earlier.
    static long StartLine(IParser parser) =>
        parser.RawRow - Math.Max(0, parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n'));

    static string FirstSentence(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end > 0 ? message[..end] : message;
    }
}

/// <summary>One CSV record and the line it starts on.</summary>
sealed record Row(long Line, IReadOnlyList<string> Cells);
