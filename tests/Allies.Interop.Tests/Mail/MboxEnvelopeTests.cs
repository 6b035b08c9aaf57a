using Allies.Interop.Mail;
using Allies.Interop.Reading;
using MimeKit;
using MimeKit.Utils;

namespace Allies.Interop.Tests.Mail;

/// <summary>
/// The mbox reader keeps only each message's envelope headers (MimeKit's MimeReader, no entities built): it must find
/// the same messages, at the same offsets, with the same envelopes as MimeKit's full parse of every mbox in the corpus.
/// </summary>
public sealed class MboxEnvelopeTests
{
    // Files that start with a "From " line (one starts with a byte-order mark and is read as a single message).
    public static TheoryData<string> Mboxes => [.. Corpus.Files("email", ".mbox")
        .Where(f => File.ReadAllBytes(f).AsSpan().StartsWith("From "u8))
        .Select(f => Path.GetRelativePath(Corpus.Folder("email"), f))];

    [Theory]
    [MemberData(nameof(Mboxes))]
    public void Header_only_reading_finds_what_a_full_parse_finds(string name) => SameAsFullParse(Corpus.File("email", name));

    /// <summary>
    /// A generated mbox of several megabytes: the reader's 1 MB buffer is refilled (and its content moved) at every
    /// point of a message — inside headers, folded lines, bodies, and bodies larger than the buffer — and every
    /// envelope must still be the one MimeKit's full parse reads.
    /// </summary>
    [Fact]
    public void A_large_mbox_read_through_many_buffer_refills_finds_what_a_full_parse_finds()
    {
        var random = new Random(6);
        var text = new System.Text.StringBuilder();
        var date = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < 4000; i++)
        {
            date = date.AddMinutes(random.Next(1, 300));
            text.Append("From sender").Append(i % 37).Append("@example.org ").Append(date.ToString("ddd MMM dd HH:mm:ss yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                .Append("Message-ID: <m").Append(i).Append("@example.org>\n")
                .Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal).Insert(0, "")).Append('\n')
                .Append("From: =?UTF-8?B?").Append(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Zoé {i % 37}"))).Append("?= <sender").Append(i % 37).Append("@example.org>\n")
                .Append("To: one").Append(i % 11).Append("@example.org,\n\tTwo <two").Append(i % 13).Append("@example.org>\n");
            if (i % 3 == 0)
            {
                text.Append("Cc: \"Last, First\" <cc").Append(i % 7).Append("@example.org>, three@example.org\n");
            }

            if (i % 5 == 0)
            {
                text.Append("In-Reply-To: <m").Append(i - 1).Append("@example.org>\nReferences: <m").Append(i - 2).Append("@example.org>\n <m").Append(i - 1).Append("@example.org>\n");
            }

            text.Append("X-Padding: ").Append('x', random.Next(0, 3000)).Append('\n')
                .Append("Subject: =?ISO-8859-1?Q?Caf=E9_").Append(i).Append("?= and\n more ").Append(i).Append("\n\n")
                .Append('b', i % 500 == 0 ? 1_500_000 : random.Next(0, 6000)).Append("\n>From quoted line\n\n");
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("allies-mbox-").FullName, "big.mbox");
        File.WriteAllText(path, text.ToString());
        try
        {
            Assert.True(new FileInfo(path).Length > 20_000_000);
            SameAsFullParse(path);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>
    /// The people of an address header are kept by its bytes and reused when the same bytes come again, in a cache that
    /// empties itself when full: more distinct senders than it holds, senders coming back after it emptied, a header
    /// whose bytes were first seen as one of two To headers, and every envelope still the one a full parse reads.
    /// </summary>
    [Fact]
    public void Address_headers_read_again_from_the_cache_are_the_ones_a_full_parse_finds()
    {
        var text = new System.Text.StringBuilder();
        var date = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 12_000; i++)
        {
            var sender = i < 10_000 ? i : i % 50;
            text.Append("From s").Append(sender).Append("@example.org ").Append(date.ToString("ddd MMM dd HH:mm:ss yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                .Append("Message-ID: <c").Append(i).Append("@example.org>\n")
                .Append("Date: ").Append(date.AddMinutes(i).ToString("ddd, dd MMM yyyy HH:mm:ss +0000", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                .Append("From: Sender ").Append(sender).Append(" <s").Append(sender).Append("@example.org>\n")
                .Append("To: one@example.org\n");
            if (i % 7 == 0)
            {
                text.Append("To: Two <two@example.org>\n");
            }

            text.Append("Subject: note ").Append(i).Append("\n\nbody\n\n");
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("allies-mbox-").FullName, "senders.mbox");
        File.WriteAllText(path, text.ToString());
        try
        {
            SameAsFullParse(path);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>An address a mailing-list archive hid ("jane at example.org") is found again when its header comes back.</summary>
    [Fact]
    public void A_hidden_address_read_again_from_the_cache_is_still_found()
    {
        var mbox = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"From jane@example.org Mon Jan  5 10:00:00 2026\nMessage-ID: <h{i}@x>\nDate: Mon, 5 Jan 2026 10:0{i}:00 +0000\n" +
            $"From: jane at example.org (Jane Doe)\nTo: list@example.org\nSubject: {i}\n\nbody\n\n"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mbox));

        var records = MailReader.ReadMbox(stream, "list.mbox").Collect().Records;

        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal([new MailPerson("Jane Doe", "jane@example.org")], r.From));
    }

    static void SameAsFullParse(string path)
    {
        var full = new List<(MimeMessage Message, long Offset)>();
        using (var stream = File.OpenRead(path))
        {
            var parser = new MimeParser(stream, MimeFormat.Mbox);
            while (!parser.IsEndOfStream)
            {
                full.Add((parser.ParseMessage(TestContext.Current.CancellationToken), parser.MboxMarkerOffset));
            }
        }

        var records = MailReader.ReadFile(path).Collect().Records;

        Assert.Equal(full.Count, records.Count);
        for (var i = 0; i < full.Count; i++)
        {
            var (m, offset) = full[i];
            var r = records[i];
            Assert.Equal(i + 1, r.Number);
            Assert.Equal(offset, r.Offset);
            Assert.Equal(Blank(m.MessageId), r.MessageId);
            Assert.Equal(Blank(m.Subject), r.Subject);
            Assert.Equal(Blank(m.InReplyTo), r.InReplyTo);
            Assert.Equal(m.References.Count, r.References.Count);
            Assert.Equal(DateUtils.TryParse(m.Headers[HeaderId.Date] ?? "", out var date) ? date : (DateTimeOffset?)null, r.Date);
            Same(m.From, r.From);
            Same(m.To, r.To);
            Same(m.Cc, r.Cc);
        }
    }

    /// <summary>
    /// With an interest, the reader parses subject, ids and thread only for the messages it wants; the others keep their
    /// number, offset, date and people exactly, so an import still counts strangers and reports dates on all of them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Mboxes))]
    public void Messages_the_interest_turns_down_keep_their_people_and_date_and_nothing_else(string name)
    {
        var path = Corpus.File("email", name);
        var whole = MailReader.ReadFile(path).Collect();
        var asked = new List<string>();
        var partial = MailReader.ReadFile(path, (from, to, cc) =>
        {
            asked.Add(string.Join(",", from.Concat(to).Concat(cc).Select(p => p.Address)));
            return from.Count > 0 && from[0].Address.StartsWith('a');
        }).Collect();

        Assert.Equal(whole.Problems, partial.Problems);
        Assert.Equal(whole.Records.Count, partial.Records.Count);
        Assert.Equal(whole.Records.Select(r => string.Join(",", r.From.Concat(r.To).Concat(r.Cc).Select(p => p.Address))), asked);
        foreach (var (w, p) in whole.Records.Zip(partial.Records))
        {
            Assert.Equal((w.Number, w.Offset, w.Date), (p.Number, p.Offset, p.Date));
            Assert.Equal(w.Participants, p.Participants);
            if (p.Full)
            {
                Assert.Equal((w.MessageId, w.Subject, w.InReplyTo, w.StableId), (p.MessageId, p.Subject, p.InReplyTo, p.StableId));
                Assert.Equal(w.References, p.References);
            }
            else
            {
                Assert.Equal((null, null, null, 0, ""), (p.MessageId, p.Subject, p.InReplyTo, p.References.Count, p.StableId));
            }
        }

        Assert.Equal(whole.Records.Count(r => r.From.Count > 0 && r.From[0].Address.StartsWith('a')), partial.Records.Count(r => r.Full));
    }

    [Fact]
    public void The_parent_of_a_message_is_its_in_reply_to_else_the_last_of_its_references()
    {
        const string mbox = "From a@example.org Mon Jan  5 10:00:00 2026\n" +
                            "From: a@example.org\nTo: b@example.org\nMessage-ID: <one@x>\nIn-Reply-To: <zero@x>\nReferences: <root@x> <zero@x>\n\nhi\n\n" +
                            "From b@example.org Mon Jan  5 11:00:00 2026\n" +
                            "From: b@example.org\nTo: a@example.org\nMessage-ID: <two@x>\nReferences: <root@x>\n <one@x>\n\nbye\n\n" +
                            "From b@example.org Mon Jan  5 12:00:00 2026\n" +
                            "From: b@example.org\nTo: a@example.org\nMessage-ID: <three@x>\n\nnew\n";
        var records = MailReader.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(mbox)), "thread.mbox").Collect().Records;

        Assert.Equal(["zero@x", "one@x", null], records.Select(r => r.Parent));
    }

    [Fact]
    public void A_message_part_inside_a_message_does_not_lend_its_headers()
    {
        const string mbox = "From a@example.org Mon Jan  5 10:00:00 2026\n" +
                            "From: Ann <a@example.org>\nTo: b@example.org\nSubject: Outer\nMessage-ID: <outer@x>\n" +
                            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n" +
                            "--b1\nContent-Type: message/rfc822\n\n" +
                            "From: Inner <inner@example.org>\nSubject: Inner\nMessage-ID: <inner@x>\n\nhello\n" +
                            "--b1--\n\n" +
                            "From b@example.org Mon Jan  5 11:00:00 2026\n" +
                            "From: Bob <b@example.org>\nTo: a@example.org\nSubject: Second\nMessage-ID: <second@x>\n\nbye\n";
        var records = MailReader.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(mbox)), "nested.mbox").Collect().Records;

        Assert.Equal(["outer@x", "second@x"], records.Select(r => r.MessageId));
        Assert.Equal(["Outer", "Second"], records.Select(r => r.Subject));
        Assert.Equal("a@example.org", records[0].From.Single().Address);
        Assert.Equal(2, records[1].Number);
    }

    // The envelope falls back to "jane at example.org" addresses only when MimeKit finds no real one; compare real ones.
    static void Same(InternetAddressList list, IReadOnlyList<MailPerson> people)
    {
        List<string> real = [.. list.Mailboxes.Where(x => x.Address.Contains('@', StringComparison.Ordinal)).Select(x => x.Address.Trim().ToLowerInvariant()).Distinct()];
        if (real.Count > 0)
        {
            Assert.Equal(real, people.Select(p => p.Address));
        }
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
