using System.Text;
using Allies.Interop.Reading;

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

    [Fact]
    public void A_problem_says_where()
    {
        Assert.Equal("a.vcf:3: bad", ImportProblem.AtLine("a.vcf", 3, "bad").ToString());
        Assert.Equal("box.mbox message 7: bad", ImportProblem.AtMessage("box.mbox", 7, "bad").ToString());
    }
}
