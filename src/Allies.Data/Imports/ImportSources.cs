using Allies.Core.Imports;
using Allies.Interop.Calendar;
using Allies.Interop.Csv;
using Allies.Interop.Mail;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Allies.Interop.VCards;

namespace Allies.Data.Imports;

/// <summary>What an import reads: a file or a folder, streamed, with how far through it the reading is.</summary>
public sealed class ImportSource
{
    readonly string _path;
    readonly Func<Stream, Stream> _wrap;
    long _total;
    long _done;
    Stream? _current;

    ImportSource(string path, string displayName, Func<Stream, Stream>? wrap = null)
    {
        _path = path;
        DisplayName = displayName;
        _wrap = wrap ?? (s => s);
    }

    /// <summary>The name shown in reports (never a server path).</summary>
    public string DisplayName { get; }

    /// <summary>0 to 1: bytes of the input read so far.</summary>
    public double Fraction
    {
        get
        {
            var current = 0L;
            try
            {
                current = _current is { CanSeek: true } s ? s.Position : 0;
            }
            catch (ObjectDisposedException)
            {
            }

            return _total == 0 ? 0 : Math.Clamp((double)(_done + current) / _total, 0, 1);
        }
    }

    public static ImportSource For(string path, string? displayName = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"No file or folder at '{path}'.", path);
        }

        return new ImportSource(path, displayName ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
    }

    /// <summary>The same files, each read through <paramref name="wrap"/> (tests: a disk that fails part-way through).</summary>
    internal ImportSource Through(Func<Stream, Stream> wrap) => new(_path, DisplayName, wrap);

    /// <summary>The kind a file's name suggests (`.vcf`, `.mbox`, `.eml`, `.ics`, `.csv`), or null.</summary>
    public static ImportKind? GuessKind(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".vcf" or ".vcard" => ImportKind.VCard,
        ".mbox" or ".mbx" => ImportKind.Mbox,
        ".eml" => ImportKind.Eml,
        ".ics" or ".ical" => ImportKind.Ics,
        ".csv" => ImportKind.Csv,
        _ => null,
    };

    IEnumerable<(string File, Stream Stream)> Files(params string[] extensions)
    {
        if (File.Exists(_path))
        {
            _total = new FileInfo(_path).Length;
            using var stream = _wrap(File.OpenRead(_path));
            _current = stream;
            yield return (DisplayName, stream);
            _done = _total;
            _current = null;
            yield break;
        }

        var files = Directory.EnumerateFiles(_path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Where(f => !Path.GetRelativePath(_path, f).Split(Path.DirectorySeparatorChar).Contains("tmp"))
            .Order(StringComparer.Ordinal).ToList();
        _total = files.Sum(f => new FileInfo(f).Length);
        foreach (var file in files)
        {
            var length = new FileInfo(file).Length;
            using var stream = _wrap(File.OpenRead(file));
            _current = stream;
            yield return (Path.Combine(DisplayName, Path.GetRelativePath(_path, file)), stream);
            _current = null;
            _done += length;
        }
    }

    /// <summary>
    /// People: the file, or every .vcf / .csv of a folder; for LinkedIn, in a folder (the unzipped "Get a copy of your
    /// data" export, which also holds messages, invitations, positions, skills…), only Connections.csv.
    /// </summary>
    public IEnumerable<Parsed<PersonRecord>> People(ImportKind kind)
    {
        var connectionsOnly = kind == ImportKind.LinkedIn && Directory.Exists(_path);
        var any = false;
        foreach (var (file, stream) in Files(kind == ImportKind.VCard ? [".vcf", ".vcard"] : [".csv"]))
        {
            if (connectionsOnly && !Path.GetFileName(file).Contains("connections", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            any = true;
            var items = kind == ImportKind.VCard ? VCardReader.Read(stream, file) : CsvContactReader.Read(stream, file);
            foreach (var item in items)
            {
                yield return item;
            }
        }

        if (!any)
        {
            yield return Parsed<PersonRecord>.Fail(ImportProblem.InFile(DisplayName,
                connectionsOnly ? Reasons.FolderNoConnections : kind == ImportKind.VCard ? Reasons.FolderNoVCard : Reasons.FolderNoCsv));
        }
    }

    /// <summary>The messages of the file or folder; those <paramref name="interest"/> turns down are read as people and date only.</summary>
    public IEnumerable<Parsed<MailRecord>> Mail(MailInterest? interest = null)
    {
        var number = 0L;
        foreach (var (file, stream) in Files())
        {
            foreach (var item in MailReader.Read(stream, file, interest))
            {
                yield return item;
            }

            number++;
        }

        if (number == 0)
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.InFile(DisplayName, Reasons.FolderNoMail));
        }
    }

    /// <summary>LinkedIn messages: the file, or in a folder (an unzipped export) every CSV whose name holds "messages".</summary>
    public IEnumerable<Parsed<LinkedInMessage>> LinkedInMessages()
    {
        var any = false;
        foreach (var (file, stream) in Files(".csv"))
        {
            if (Directory.Exists(_path) && !Path.GetFileName(file).Contains("messages", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            any = true;
            foreach (var item in LinkedInMessagesReader.Read(stream, file))
            {
                yield return item;
            }
        }

        if (!any)
        {
            yield return Parsed<LinkedInMessage>.Fail(ImportProblem.InFile(DisplayName, Reasons.FolderNoMessagesCsv));
        }
    }

    /// <summary>Whether this is a LinkedIn messages export rather than a contacts file (its header says so).</summary>
    public bool IsLinkedInMessages()
    {
        if (!File.Exists(_path))
        {
            return false;
        }

        using var stream = File.OpenRead(_path);
        return LinkedInMessagesReader.LooksLikeMessages(stream);
    }

    /// <summary>Starts the progress again, for an import that reads its input twice.</summary>
    public void Restart() => _done = 0;

    public IEnumerable<Parsed<MeetingRecord>> Meetings(CalendarWindow window)
    {
        foreach (var (file, stream) in Files(".ics", ".ical"))
        {
            foreach (var item in CalendarReader.Read(stream, file, window))
            {
                yield return item;
            }
        }
    }
}
