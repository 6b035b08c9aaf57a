using System.Text;
using Allies.Core.Contacts;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Allies.Interop.VCards;

namespace Allies.Interop.Tests.VCards;

public sealed class VCardWriterTests
{
    static PersonRecord Hélène => new()
    {
        FullName = "Hélène O'Brien-Łukasiewicz",
        FirstName = "Hélène",
        LastName = "O'Brien-Łukasiewicz",
        Emails = [new("helene@example.org", "work"), new("h@example.com")],
        Phones = [new("+33 6 12 34 56 78", "cell"), new("+1 212 555 0100", "home,fax")],
        Company = "Acme; Sons, Ltd",
        Department = "R&D",
        Role = "Head of \"Things\"",
        Location = "Paris, Île-de-France, France",
        LinkedInUrl = "https://www.linkedin.com/in/helene",
        Website = "https://helene.example.org",
        Birthday = new DateOnly(1980, 2, 29),
        Notes = "Loves kitesurfing.\nMet at DotNetConf; talk about \\backslashes\\, commas and 日本語 " + new string('x', 200),
        Tags = ["conference", "dotnet"],
        ExternalId = "urn:uuid:6f1c2c8e-0000-4000-8000-000000000001",
        Channel = Channel.Event,
        HowMet = "Talk at a conference",
        MetOn = new DateOnly(2024, 5, 14),
    };

    static PersonRecord RoundTrip(PersonRecord person, VCardVersion version)
    {
        var text = VCardWriter.ToText([person], version);
        var result = VCardReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "out.vcf").Collect();
        Assert.Empty(result.Problems);
        return Assert.Single(result.Records);
    }

    [Theory]
    [InlineData(VCardVersion.V4)]
    [InlineData(VCardVersion.V3)]
    public void What_is_written_reads_back_the_same(VCardVersion version)
    {
        var back = RoundTrip(Hélène, version);

        Assert.Equal(Hélène with { Source = back.Source, File = back.File, Line = back.Line, Emails = back.Emails, Phones = back.Phones, Tags = back.Tags }, back);
        Assert.Equal(Hélène.Emails, back.Emails);
        Assert.Equal(Hélène.Phones, back.Phones);
        Assert.Equal(Hélène.Tags, back.Tags);
    }

    [Fact]
    public void Lines_end_in_crlf_and_are_folded_at_75_octets_without_splitting_characters()
    {
        var text = VCardWriter.ToText([Hélène]);

        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"too long: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCARD\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birthday_without_a_year_is_written_as_vcard4_allows()
    {
        var text = VCardWriter.ToText([new PersonRecord { FullName = "No Year", Birthday = new DateOnly(PersonRecord.UnknownBirthYear, 3, 11) }]);

        Assert.Contains("BDAY:--0311\r\n", text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1604, 3, 11), RoundTrip(new PersonRecord { FullName = "No Year", Birthday = new DateOnly(1604, 3, 11) }, VCardVersion.V4).Birthday);
    }

    [Fact]
    public void Every_corpus_card_survives_write_then_read()
    {
        foreach (var file in Corpus.Files("vcard", ".vcf"))
        {
            foreach (var person in VCardReader.ReadFile(file).Collect().Records)
            {
                foreach (var version in new[] { VCardVersion.V4, VCardVersion.V3 })
                {
                    var back = RoundTrip(person, version);
                    Assert.Equal(person.Emails, back.Emails);
                    Assert.Equal(person.Phones, back.Phones);
                    Assert.Equal(person.FirstName, back.FirstName);
                    Assert.Equal(person.LastName, back.LastName);
                    Assert.Equal(person.DisplayName, back.DisplayName);
                    Assert.Equal(person.Company, back.Company);
                    Assert.Equal(person.Notes, back.Notes);
                    Assert.Equal(person.Birthday, back.Birthday);
                    Assert.Equal(person.ExternalId, back.ExternalId);
                }
            }
        }
    }
}
