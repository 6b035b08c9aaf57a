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
    public void Header_only_reading_finds_what_a_full_parse_finds(string name)
    {
        var path = Corpus.File("email", name);
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
