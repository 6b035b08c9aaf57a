using System.Globalization;
using Allies.Interop.People;
using Allies.Interop.Reading;

namespace Allies.Interop.VCards;

/// <summary>
/// Reads vCard 2.1, 3.0 and 4.0 files (one card or many) as a stream of people and problems. A broken card is
/// reported with its line and the next one is read; binary photos are skipped without being decoded.
/// </summary>
public static class VCardReader
{
    /// <summary>Reads every card in <paramref name="stream"/>, detecting the file's encoding.</summary>
    public static IEnumerable<Parsed<PersonRecord>> Read(Stream stream, string file)
    {
        var text = TextDecoding.Open(stream);
        return text.NotText is { } notText ? [Parsed<PersonRecord>.Fail(ImportProblem.InFile(file, notText))] : Read(text.Reader, file);
    }

    /// <summary>Reads every card in a file on disk.</summary>
    public static IEnumerable<Parsed<PersonRecord>> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path)))
        {
            yield return item;
        }
    }

    /// <summary>Reads every .vcf file under a folder, in name order (a phone's or a CardDAV server's export).</summary>
    public static IEnumerable<Parsed<PersonRecord>> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".vcf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".vcard", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            foreach (var item in ReadFile(path))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads every card from text that is already decoded.</summary>
    public static IEnumerable<Parsed<PersonRecord>> Read(TextReader reader, string file)
    {
        var problems = new List<ImportProblem>();
        List<VCardProperty>? card = null;
        long cardLine = 0;
        var nested = 0;
        var cards = 0;
        var straySince = 0L;
        var blank = true;
        VCardProperty? previous = null;

        foreach (var line in new ContentLineReader(reader).ReadAll())
        {
            var trimmed = line.Text.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            blank = false;

            if (IsBoundary(trimmed, "BEGIN"))
            {
                if (card is not null && previous is not null && previous.IsNamed("AGENT") && previous.RawValue.Trim().Length == 0)
                {
                    nested++; // a 2.1 AGENT: another person's card inside this one
                    continue;
                }

                if (card is not null && nested == 0)
                {
                    problems.Add(ImportProblem.AtLine(file, cardLine, Reasons.CardNoEndBefore.With(line.Line.ToString(CultureInfo.InvariantCulture))));
                    foreach (var item in Finish(card, file, cardLine, problems))
                    {
                        yield return item;
                    }
                }
                else if (card is not null)
                {
                    nested++;
                    continue;
                }

                card = [];
                cardLine = line.Line;
                cards++;
                previous = null;
                continue;
            }

            if (IsBoundary(trimmed, "END"))
            {
                if (nested > 0)
                {
                    nested--;
                    continue;
                }

                if (card is null)
                {
                    problems.Add(ImportProblem.AtLine(file, line.Line, Reasons.EndWithoutBegin));
                    continue;
                }

                foreach (var item in Finish(card, file, cardLine, problems))
                {
                    yield return item;
                }

                card = null;
                continue;
            }

            if (card is null)
            {
                if (straySince == 0)
                {
                    straySince = line.Line;
                    problems.Add(ImportProblem.AtLine(file, line.Line, Reasons.OutsideCard));
                }

                continue;
            }

            straySince = 0;
            if (nested > 0)
            {
                continue;
            }

            var property = PropertyHeader.Parse(line);
            if (property is null)
            {
                problems.Add(ImportProblem.AtLine(file, line.Line, Reasons.NotVCardProperty.With(Shorten(trimmed))));
                continue;
            }

            card.Add(property);
            previous = property;
            foreach (var problem in Drain(problems))
            {
                yield return Parsed<PersonRecord>.Fail(problem);
            }
        }

        if (card is not null)
        {
            problems.Add(ImportProblem.AtLine(file, cardLine, Reasons.CardNoEnd));
            foreach (var item in Finish(card, file, cardLine, problems))
            {
                yield return item;
            }
        }

        if (cards == 0)
        {
            problems.Add(ImportProblem.InFile(file, blank ? Reasons.FileEmpty : Reasons.NotVCard));
        }

        foreach (var problem in Drain(problems))
        {
            yield return Parsed<PersonRecord>.Fail(problem);
        }
    }

    static IEnumerable<Parsed<PersonRecord>> Finish(List<VCardProperty> card, string file, long line, List<ImportProblem> problems)
    {
        PersonRecord? record;
        try
        {
            record = CardBuilder.Build(card, file, line, problems);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            problems.Add(ImportProblem.AtLine(file, line, Reasons.CardUnreadable.With(ex.Message)));
            record = null;
        }

        foreach (var problem in Drain(problems))
        {
            yield return Parsed<PersonRecord>.Fail(problem);
        }

        if (record is not null)
        {
            yield return Parsed<PersonRecord>.Of(record);
        }
    }

    static List<ImportProblem> Drain(List<ImportProblem> problems)
    {
        var copy = problems.ToList();
        problems.Clear();
        return copy;
    }

    static bool IsBoundary(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
        && line.AsSpan(keyword.Length).TrimStart().StartsWith(":")
        && line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase);

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
