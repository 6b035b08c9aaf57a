using System.Text;
using Allies.Interop.Calendar;
using Allies.Interop.Csv;
using Allies.Interop.Reading;
using Allies.Interop.VCards;

namespace Allies.Interop.Tests.Reading;

public sealed class TextDecodingTests
{
    static string Decode(byte[] bytes) => TextDecoding.Open(new MemoryStream(bytes)).Reader.ReadToEnd();

    [Fact]
    public void Utf8_with_and_without_bom()
    {
        Assert.Equal("Zoë", Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zoë")]));
        Assert.Equal("Zoë", Decode(Encoding.UTF8.GetBytes("Zoë")));
    }

    [Fact]
    public void Utf16_with_a_bom_either_way_and_without_one()
    {
        Assert.Equal("Zoë Ång", Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Zoë Ång")]));
        Assert.Equal("Zoë Ång", Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Zoë Ång")]));
        Assert.Equal("BEGIN:VCARD", Decode(Encoding.Unicode.GetBytes("BEGIN:VCARD")));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_windows_1252()
    {
        Assert.Equal("Sören – “quoted”", Decode(TextDecoding.Windows1252.GetBytes("Sören – “quoted”")));
    }

    [Fact]
    public void A_stray_ansi_byte_after_the_sniffed_block_is_still_read_as_windows_1252()
    {
        var head = Encoding.UTF8.GetBytes(new string('a', 70_000) + "é");
        var tail = TextDecoding.Windows1252.GetBytes("ü");

        var text = Decode([.. head, .. tail]);

        Assert.EndsWith("éü", text, StringComparison.Ordinal);
    }

    /// <summary>The start of an ELF program, as `/usr/bin/true` begins: what a wrong file given to an import looks like.</summary>
    static readonly byte[] Program = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, .. Encoding.ASCII.GetBytes("\"Bob\",x,y\n")];

    [Fact]
    public void A_program_an_image_or_a_zip_is_not_text_and_every_reader_says_so_once()
    {
        byte[] zip = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, .. Encoding.ASCII.GetBytes("Connections.csv")];
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        foreach (var bytes in new[] { Program, png })
        {
            var csv = CsvContactReader.Read(new MemoryStream(bytes), "x.csv").Collect();
            var vcf = VCardReader.Read(new MemoryStream(bytes), "x.vcf").Collect();
            var ics = CalendarReader.Read(new MemoryStream(bytes), "x.ics", new CalendarWindow(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100))).Collect();
            var messages = LinkedInMessagesReader.Read(new MemoryStream(bytes), "messages.csv").Collect();

            Assert.Empty(csv.Records);
            Assert.Empty(vcf.Records);
            Assert.Empty(ics.Records);
            Assert.Empty(messages.Records);
            foreach (var problems in new[] { csv.Problems, vcf.Problems, ics.Problems, messages.Problems })
            {
                var problem = Assert.Single(problems);
                Assert.Null(problem.Line);
                Assert.StartsWith("This is not a text file (it holds binary data)", problem.Reason, StringComparison.Ordinal);
            }
        }

        var zipped = Assert.Single(CsvContactReader.Read(new MemoryStream(zip), "Basic_LinkedInDataExport.zip").Collect().Problems);
        Assert.Equal("Basic_LinkedInDataExport.zip: This is a ZIP archive, not a text file: unzip it and import the file inside (for LinkedIn: Connections.csv).", zipped.ToString());
    }

    [Fact]
    public void Text_in_any_encoding_is_text()
    {
        Assert.Null(TextDecoding.Open(new MemoryStream(Encoding.Unicode.GetBytes("First Name,Last Name\r\nZoë,Ång\r\n"))).NotText);
        Assert.Null(TextDecoding.Open(new MemoryStream([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("BEGIN:VCARD")])).NotText);
        Assert.Null(TextDecoding.Open(new MemoryStream(TextDecoding.Windows1252.GetBytes("Sören\tMüller\f\u001a"))).NotText);
        Assert.NotNull(TextDecoding.Open(new MemoryStream(Program)).NotText);
    }

    [Fact]
    public void A_problem_says_where()
    {
        Assert.Equal("a.vcf:3: The card starting here could not be read: bad", ImportProblem.AtLine("a.vcf", 3, Reasons.CardUnreadable.With("bad")).ToString());
        Assert.Equal("box.mbox message 7: The mailbox is empty.", ImportProblem.AtMessage("box.mbox", 7, Reasons.MailboxEmpty).ToString());
    }
}
