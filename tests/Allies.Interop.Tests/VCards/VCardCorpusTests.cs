using Allies.Interop.Reading;
using Allies.Interop.VCards;

namespace Allies.Interop.Tests.VCards;

public sealed class VCardCorpusTests
{
    public static TheoryData<string> Files => Corpus.Names("vcard", ".vcf");

    [Fact]
    public void The_corpus_holds_every_vcard_of_the_manifest()
    {
        Assert.Equal(49, Corpus.Files("vcard", ".vcf").Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_card_is_read_or_its_problem_is_reported(string name)
    {
        var path = Corpus.File("vcard", name);
        var result = VCardReader.ReadFile(path).Collect();

        Assert.True(result.Records.Count + result.Problems.Count > 0, $"{name} gave neither people nor problems");
        var cards = File.ReadLines(path, TextDecoding.Open(File.OpenRead(path)).Encoding).Count(l => l.Trim().Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase));
        var skipped = result.Problems.Count(p => p.Reason.Contains("skipped", StringComparison.Ordinal) && p.Reason.Contains("card", StringComparison.OrdinalIgnoreCase));
        Assert.True(result.Records.Count + skipped >= cards, $"{name}: {cards} cards, {result.Records.Count} read, {skipped} reported skipped");
        Assert.All(result.Problems, p => Assert.Equal(name, p.File));
        Assert.All(result.Records, r => Assert.True(r.Line >= 1));
    }

    [Fact]
    public void Android_export_decodes_quoted_printable_utf8_names_and_skips_the_photo()
    {
        var result = VCardReader.ReadFile(Corpus.File("vcard", "ezvcard__John_Doe_ANDROID.vcf")).Collect();

        Assert.Empty(result.Problems);
        Assert.Equal(6, result.Records.Count);
        Assert.Equal(5, result.Records.Sum(r => r.Emails.Count));
        // 9 TEL lines; the fifth card lists 123456 as cell, work and work fax: one number with its three labels
        Assert.Equal(7, result.Records.Sum(r => r.Phones.Count));
        Assert.Equal([new("123456", "cell,work,fax")], result.Records[4].Phones);
        Assert.Equal("john.doe@company.com", result.Records[0].Emails.Single().Value);
        Assert.Equal("Ñ Ñ Ñ Ñ Ñ", result.Records[2].FullName);
        Assert.Equal("123456789", result.Records[2].Phones.Single().Value);
        Assert.Equal("cell", result.Records[2].Phones.Single().Label);
    }

    [Fact]
    public void Evolution_card_gives_structured_name_work_email_and_birthday()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "ezvcard__John_Doe_EVOLUTION.vcf")).Collect().Records);

        Assert.Equal("John", person.FirstName);
        Assert.Equal("Doe", person.LastName);
        Assert.Equal("Mr. John Richter, James Doe Sr.", person.FullName);
        Assert.Equal([new("john.doe@ibm.com", "work")], person.Emails);
        Assert.Equal(["905-666-1234", "905-555-1234"], person.Phones.Select(p => p.Value));
        Assert.Equal("IBM", person.Company);
        Assert.Equal(new DateOnly(1980, 3, 22), person.Birthday);
        Assert.Equal("477343c8e6bf375a9bac1f96a5000837", person.ExternalId);
    }

    [Fact]
    public void Gmail_grouped_properties_take_their_apple_label()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "ezvcard__John_Doe_GMAIL.vcf")).Collect().Records);

        Assert.Equal("john.doe@ibm.com", person.Emails.Single().Value);
        Assert.Equal(["905-555-1234", "905-666-1234"], person.Phones.Select(p => p.Value));
    }

    [Fact]
    public void Windows_1252_file_without_charset_is_detected()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "fkvcards__ansi_German.vcf")).Collect().Records);

        Assert.Equal("Sören Täve Nüßlebaum", person.FullName);
        Assert.Equal("Nüßlebaum", person.LastName);
        Assert.Equal("Mößlitz", person.Location);
    }

    [Fact]
    public void Utf16_file_with_bom_is_read()
    {
        var result = VCardReader.ReadFile(Corpus.File("vcard", "fkvcards__ansi_v3Utf16Bom.vcf")).Collect();

        Assert.Equal(["Folker Kinzel", "KMS Außenstelle"], result.Records.Select(r => r.FullName));
        Assert.Equal(["email1@wumms.de", "email2@folker-kinzel.de"], result.Records[0].Emails.Select(e => e.Value));
        Assert.Equal(new DateOnly(1978, 3, 11), result.Records[0].Birthday);
    }

    [Fact]
    public void Utf8_bom_file_keeps_cyrillic_names()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "fkvcards__utf8_Ukrainian.vcf")).Collect().Records);

        Assert.Equal("Кличко́", person.LastName);
        Assert.Equal("Віталій", person.FirstName);
    }

    [Fact]
    public void Truncated_card_is_read_and_reported()
    {
        var result = VCardReader.ReadFile(Corpus.File("vcard", "khard__unparsable.vcf")).Collect();

        Assert.Equal("second contact with minimal Vcard", Assert.Single(result.Records).FullName);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("END:VCARD", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_printable_soft_breaks_across_blank_lines_are_joined()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "fkvcards__Cropped_2_1.vcf")).Collect().Records);

        Assert.Equal("Führungsetage", person.Department);
        Assert.StartsWith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ", person.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_with_only_a_photo_is_reported_not_imported()
    {
        var result = VCardReader.ReadFile(Corpus.File("vcard", "sabre__issue64.vcf")).Collect();

        Assert.Empty(result.Records);
        Assert.Contains("no name", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfc6868_parameters_and_escaped_comma_in_the_name()
    {
        var person = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "ezvcard__issue114.vcf")).Collect().Records);

        Assert.Equal("Dummy, Dummy", person.FullName);
        Assert.Equal("Bad Homburg, Germany", person.Location);
        Assert.Equal([new("+49 1234 56789", "cell"), new("+49 9876 54321", "work")], person.Phones);
    }

    [Fact]
    public void Year_less_and_text_birthdays()
    {
        var noYear = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "radicale__contact4-with-bday-no-year.vcf")).Collect().Records);
        var text = Assert.Single(VCardReader.ReadFile(Corpus.File("vcard", "khard__text-bday.vcf")).Collect().Records);

        Assert.Equal(new DateOnly(1604, 1, 1), noYear.Birthday);
        Assert.Null(text.Birthday);
        Assert.Equal("Birthday: circa 1800", text.Notes);
    }

    [Fact]
    public void A_folder_of_cards_is_read_file_by_file()
    {
        var result = VCardReader.ReadFolder(Corpus.Folder("vcard")).Collect();

        Assert.True(result.Records.Count >= 49);
        Assert.Contains(result.Records, r => r.File == "khard__joe.vcf" && r.FullName == "Joe Citizen");
    }
}
