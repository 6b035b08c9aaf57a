using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Allies.Interop.Reading;
using MimeKit;
using MimeKit.Utils;

namespace Allies.Interop.Mail;

/// <summary>
/// Reads mail as a stream of envelopes and problems with MimeKit's parser: an mbox of any size in one pass and
/// constant memory, a single .eml, or a Maildir (or any folder of messages). A message with a missing or unreadable
/// date or no sender is still read, and the problem says which message it was.
/// </summary>
public static partial class MailReader
{
    /// <summary>Reads an mbox file (or a single message: the format is recognised from its first bytes).</summary>
    public static IEnumerable<Parsed<MailRecord>> ReadFile(string path, MailInterest? interest = null)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path), interest))
        {
            yield return item;
        }
    }

    /// <summary>Reads every message file under a folder (Maildir cur/ and new/, nested folders), in path order.</summary>
    public static IEnumerable<Parsed<MailRecord>> ReadFolder(string folder, MailInterest? interest = null)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Contains("tmp"))
            .Order(StringComparer.Ordinal);
        var number = 0L;
        foreach (var path in files)
        {
            number++;
            var name = Path.GetRelativePath(folder, path);
            using var stream = File.OpenRead(path);
            foreach (var item in ReadOne(stream, name, number, interest))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Reads an mbox stream, or a single message when it does not start with an mbox "From " line. With an
    /// <paramref name="interest"/>, a message whose people it turns down is read as people and date only
    /// (<see cref="MailRecord.Full"/> false): its subject, ids and thread are never parsed.
    /// </summary>
    public static IEnumerable<Parsed<MailRecord>> Read(Stream stream, string file, MailInterest? interest = null)
    {
        var origin = stream.CanSeek ? stream.Position : 0;
        var start = new byte[5];
        var length = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        if (length == 0)
        {
            // Nothing at all is an empty file, not a message MimeKit cannot parse (which says the file is not mail).
            return [Parsed<MailRecord>.Fail(ImportProblem.InFile(file, Reasons.FileEmpty))];
        }

        var isMbox = length == 5 && Encoding.ASCII.GetString(start) == "From ";

        // A seekable stream is rewound rather than replayed: MimeKit's parser then keeps bodies as ranges of the file
        // (persistent) instead of copying every one into memory.
        Stream replay;
        if (stream.CanSeek)
        {
            stream.Position = origin;
            replay = stream;
        }
        else
        {
            replay = new PrefixedStream(start, 0, length, stream);
        }

        return isMbox ? ReadMbox(replay, file, interest) : ReadOne(replay, file, 1, interest);
    }

    /// <summary>
    /// Reads every message of an mbox stream: split on its "From " lines, and only each message's envelope headers
    /// parsed (by MimeKit), never its body — the same envelopes as MimeKit's full parse, several times faster.
    /// </summary>
    public static IEnumerable<Parsed<MailRecord>> ReadMbox(Stream stream, string file, MailInterest? interest = null)
    {
        var splitter = new MboxSplitter(stream);
        var people = new PeopleCache();
        var number = 0L;
        while (splitter.Next())
        {
            number++;
            var fields = Fields.Of(splitter, people) ?? Fields.Of(new MimeMessage((IEnumerable<Header>)splitter.ToHeaders()));
            foreach (var item in Envelope(fields, file, number, splitter.Offset, interest))
            {
                yield return item;
            }
        }

        if (number == 0)
        {
            yield return Parsed<MailRecord>.Fail(splitter.SawInput
                ? ImportProblem.AtMessage(file, 1, Reasons.NotMbox)
                : ImportProblem.InFile(file, Reasons.MailboxEmpty));
        }
    }

    static readonly HeaderId[] EnvelopeHeaders = [HeaderId.From, HeaderId.To, HeaderId.Cc, HeaderId.Date, HeaderId.Subject, HeaderId.MessageId];

    static IEnumerable<Parsed<MailRecord>> ReadOne(Stream stream, string file, long number, MailInterest? interest)
    {
        MimeMessage? message;
        string? error = null;
        try
        {
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            message = null;
            error = ex.Message;
        }

        if (message is null)
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.AtMessage(file, number, Reasons.MailUnparsable.With(error ?? "")));
            yield break;
        }

        // MimeKit reads any "word: text" lines as headers (/etc/passwd is a message to it): without a single envelope
        // header, the file is no mail, which one problem says better than a missing date and a missing sender.
        if (!Array.Exists(EnvelopeHeaders, message.Headers.Contains))
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.AtMessage(file, number,
                Reasons.NotMail));
            yield break;
        }

        foreach (var item in Envelope(Fields.Of(message), file, number, 0, interest))
        {
            yield return item;
        }
    }

    /// <summary>The header values an envelope is made of, as MimeKit's <see cref="MimeMessage"/> reads them.</summary>
    /// <remarks>
    /// <see cref="ParsedDate"/> is the Date already parsed from the raw bytes; <see cref="Date"/> (its text) is only read
    /// when that failed. <see cref="Rest"/> reads the subject, ids and thread when asked (only for a message of interest),
    /// before the reader moves on.
    /// </remarks>
    sealed record Fields(DateTimeOffset? ParsedDate, string? Date, IReadOnlyList<MailPerson> From, IReadOnlyList<MailPerson> To,
        IReadOnlyList<MailPerson> Cc, Func<Rest> Rest)
    {
        public static Fields Of(MimeMessage m)
        {
            IEnumerable<string> Values(HeaderId id) => m.Headers.Where(h => h.Id == id).Select(h => h.Value);
            return new(null, m.Headers[HeaderId.Date], People(m.From, Values(HeaderId.From)), People(m.To, Values(HeaderId.To)),
                People(m.Cc, Values(HeaderId.Cc)), () => new(m.MessageId, m.InReplyTo, m.Subject, m.References));
        }

        /// <summary>
        /// Reads the fields straight from the splitter's bytes with MimeKit's parsers, as <see cref="Header"/> and
        /// <see cref="MimeMessage"/> would: the first of each kind (addresses from every header of their kind), text
        /// values decoded and unfolded as <see cref="Header.Value"/>. Null when an address header does not parse, so
        /// the caller lets MimeMessage read it the lenient way. The people of an address header that is the only one of
        /// its kind come from <paramref name="cache"/> when the same bytes were read before.
        /// </summary>
        public static Fields? Of(MboxSplitter splitter, PeopleCache cache)
        {
            var buffer = splitter.Buffer;
            var headers = splitter.Headers;
            string Text(MboxSplitter.Span h) => Header.Unfold(Rfc2047.DecodeText(ParserOptions.Default, buffer, h.Value, h.End - h.Value));
            // Where the first From, To and Cc headers are; their addresses are parsed below, once the date is read.
            int from = -1, to = -1, cc = -1;
            var several = false;
            string? date = null;
            DateTimeOffset? parsedDate = null;
            for (var i = 0; i < headers.Count; i++)
            {
                var h = headers[i];
                switch (h.Id)
                {
                    case HeaderId.From or HeaderId.To or HeaderId.Cc:
                        ref var first = ref h.Id == HeaderId.From ? ref from : ref h.Id == HeaderId.To ? ref to : ref cc;
                        several |= first >= 0;
                        first = first < 0 ? i : first;
                        break;
                    // The date parser skips folding and comments itself, so the raw bytes parse as the decoded text
                    // would; only a date that does not parse so is decoded, for the text the problem quotes.
                    case HeaderId.Date when date is null && parsedDate is null:
                        if (DateUtils.TryParse(buffer, h.Value, h.End - h.Value, out var parsed))
                        {
                            parsedDate = parsed;
                        }
                        else
                        {
                            date = Text(headers[i]);
                        }

                        break;
                }
            }

            // Null when an address header does not parse, so the caller lets MimeMessage read it the lenient way.
            IReadOnlyList<MailPerson>? PeopleOf(HeaderId id, int first)
            {
                if (first < 0)
                {
                    return [];
                }

                if (!several)
                {
                    var h = headers[first];
                    var bytes = buffer.AsSpan(h.Value, h.End - h.Value);
                    if (cache.TryGet(bytes, out var known))
                    {
                        return known;
                    }

                    if (!InternetAddressList.TryParse(ParserOptions.Default, buffer, h.Value, h.End - h.Value, out var one))
                    {
                        return null;
                    }

                    var people = People(one, headers.Where(x => x.Id == id).Select(Text));
                    cache.Add(bytes, people);
                    return people;
                }

                // Several headers of a kind (rare): addresses from all of them, as MimeMessage reads them.
                InternetAddressList? all = null;
                foreach (var h in headers)
                {
                    if (h.Id != id)
                    {
                        continue;
                    }

                    if (!InternetAddressList.TryParse(ParserOptions.Default, buffer, h.Value, h.End - h.Value, out var list))
                    {
                        return null;
                    }

                    // Usually one header of each kind: its list is the list (adding copies it and hooks every address).
                    if (all is null)
                    {
                        all = list;
                    }
                    else
                    {
                        all.AddRange(list);
                    }
                }

                return People(all!, headers.Where(h => h.Id == id).Select(Text));
            }

            return PeopleOf(HeaderId.From, from) is { } fromPeople && PeopleOf(HeaderId.To, to) is { } toPeople && PeopleOf(HeaderId.Cc, cc) is { } ccPeople
                ? new(parsedDate, date, fromPeople, toPeople, ccPeople, () => RestOf(splitter))
                : null;
        }

        /// <summary>Subject, Message-ID, In-Reply-To and References of the splitter's current message, as MimeMessage reads them.</summary>
        static Rest RestOf(MboxSplitter splitter)
        {
            var buffer = splitter.Buffer;
            // "" marks a header seen whose value did not parse: MimeMessage also reads only the first one.
            string? messageId = null, inReplyTo = null, subject = null;
            List<string>? references = null;
            foreach (var h in splitter.Headers)
            {
                var length = h.End - h.Value;
                switch (h.Id)
                {
                    case HeaderId.Subject:
                        subject ??= Header.Unfold(Rfc2047.DecodeText(ParserOptions.Default, buffer, h.Value, length));
                        break;
                    case HeaderId.MessageId when messageId is null:
                        messageId = MimeUtils.ParseMessageId(buffer, h.Value, length) ?? "";
                        break;
                    case HeaderId.InReplyTo when inReplyTo is null:
                        inReplyTo = MimeUtils.EnumerateReferences(buffer, h.Value, length).FirstOrDefault() ?? "";
                        break;
                    case HeaderId.References when references is null:
                        references = [.. MimeUtils.EnumerateReferences(buffer, h.Value, length)];
                        break;
                }
            }

            return new(messageId, inReplyTo, subject, references ?? []);
        }
    }

    /// <summary>The fields only a message of interest needs.</summary>
    sealed record Rest(string? MessageId, string? InReplyTo, string? Subject, IEnumerable<string> References);

    static IEnumerable<Parsed<MailRecord>> Envelope(Fields message, string file, long number, long offset, MailInterest? interest)
    {
        var date = message.ParsedDate;
        var rawDate = message.Date;
        if (date is null && string.IsNullOrWhiteSpace(rawDate))
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.AtMessage(file, number, Reasons.MailNoDate));
        }
        else if (date is null && DateUtils.TryParse(rawDate, out var parsed))
        {
            date = parsed;
        }
        else if (date is null)
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.AtMessage(file, number, Reasons.MailBadDate.With(Shorten(rawDate!.Trim()))));
        }

        var from = message.From;
        if (from.Count == 0)
        {
            yield return Parsed<MailRecord>.Fail(ImportProblem.AtMessage(file, number, Reasons.MailNoSender));
        }

        var to = message.To;
        var cc = message.Cc;
        if (interest is not null && !interest(from, to, cc))
        {
            yield return Parsed<MailRecord>.Of(new MailRecord { Number = number, File = file, Offset = offset, Date = date, From = from, To = to, Cc = cc, Full = false });
            yield break;
        }

        var rest = message.Rest();
        var messageId = Clean(rest.MessageId);
        var inReplyTo = Clean(rest.InReplyTo);
        var subject = Clean(rest.Subject);
        yield return Parsed<MailRecord>.Of(new MailRecord
        {
            Number = number,
            File = file,
            Offset = offset,
            MessageId = messageId,
            Date = date,
            From = from,
            To = to,
            Cc = cc,
            Subject = subject,
            InReplyTo = inReplyTo,
            References = [.. rest.References.Select(Clean).OfType<string>()],
            StableId = messageId ?? Hash(date, from, to, subject),
        });
    }

    // Mailing-list archives hide addresses as "jane at example.org (Jane Doe)"; MimeKit cannot know that.
    // Loops rather than LINQ: this runs three times for each of hundreds of thousands of messages, and the lists are short.
    static List<MailPerson> People(InternetAddressList parsed, IEnumerable<string> raw)
    {
        var people = new List<MailPerson>(parsed.Count);
        foreach (var mailbox in parsed.Mailboxes)
        {
            if (mailbox.Address.Contains('@', StringComparison.Ordinal))
            {
                var address = mailbox.Address.Trim().ToLowerInvariant();
                if (!Has(people, address))
                {
                    people.Add(new MailPerson(Clean(mailbox.Name), address));
                }
            }
        }

        if (people.Count > 0)
        {
            return people;
        }

        foreach (var value in raw)
        {
            if (Obfuscated().Match(value.Trim()) is { Success: true } m)
            {
                var name = m.Groups["name"].Success ? Clean(m.Groups["name"].Value) : null;
                people.Add(new(name, $"{m.Groups["local"].Value}@{m.Groups["domain"].Value}".ToLowerInvariant()));
            }
        }

        return people;
    }

    static bool Has(List<MailPerson> people, string address)
    {
        foreach (var p in people)
        {
            if (p.Address == address)
            {
                return true;
            }
        }

        return false;
    }

    static string Hash(DateTimeOffset? date, IReadOnlyList<MailPerson> from, IReadOnlyList<MailPerson> to, string? subject)
    {
        var text = $"{date?.ToUnixTimeSeconds()}|{string.Join(',', from.Select(p => p.Address))}|{string.Join(',', to.Select(p => p.Address))}|{subject}";
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^(?<local>[^\s@()<>]+) at (?<domain>[^\s@()<>]+\.[^\s@()<>]+)(\s*\((?<name>[^)]*)\))?$")]
    private static partial Regex Obfuscated();
}
