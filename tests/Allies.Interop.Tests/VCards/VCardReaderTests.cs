using System.Text;
using Allies.Interop.Reading;
using Allies.Interop.VCards;

namespace Allies.Interop.Tests.VCards;

public sealed class VCardReaderTests
{
    static ParseResult<Allies.Interop.People.PersonRecord> Read(string text, Encoding? encoding = null) =>
        VCardReader.Read(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(text)), "test.vcf").Collect();

    [Fact]
    public void Folded_lines_are_unfolded_with_lf_or_crlf()
    {
        var crlf = Read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Love\r\n lace\r\nEND:VCARD\r\n");
        var lf = Read("BEGIN:VCARD\nVERSION:4.0\nFN:Ada Love\n\tlace\nEND:VCARD\n");

        Assert.Equal("Ada Lovelace", Assert.Single(crlf.Records).FullName);
        Assert.Equal("Ada Lovelace", Assert.Single(lf.Records).FullName);
    }

    [Fact]
    public void Escapes_are_undone()
    {
        var person = Assert.Single(Read("BEGIN:VCARD\nVERSION:3.0\nFN:Doe\\, Jane\nN:Doe;Jane;;;\nNOTE:one\\ntwo\\; three\\\\four\nORG:A\\;B;Sales\nEND:VCARD\n").Records);

        Assert.Equal("Doe, Jane", person.FullName);
        Assert.Equal("one\ntwo; three\\four", person.Notes);
        Assert.Equal("A;B", person.Company);
        Assert.Equal("Sales", person.Department);
    }

    [Fact]
    public void Parameters_bare_listed_and_quoted_give_labels()
    {
        var person = Assert.Single(Read(
            "BEGIN:VCARD\nVERSION:2.1\nN:Doe;John\nTEL;WORK;VOICE;PREF:111\nTEL;TYPE=home,fax:222\nitem1.EMAIL;TYPE=INTERNET:a@b.org\nitem1.X-ABLabel:_$!<Other>!$_\nEMAIL;X-NOTE=\"x:y;z\";TYPE=work:c@d.org\nEND:VCARD\n").Records);

        Assert.Equal([new("111", "work"), new("222", "home,fax")], person.Phones);
        Assert.Equal([new("a@b.org", "other"), new("c@d.org", "work")], person.Emails);
    }

    [Fact]
    public void Quoted_printable_with_a_charset_and_soft_breaks()
    {
        var person = Assert.Single(Read(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=\r\n=FCrgen\r\nEND:VCARD\r\n").Records);

        Assert.Equal("Müller", person.LastName);
        Assert.Equal("Jürgen", person.FirstName);
    }

    [Fact]
    public void Base64_photo_of_vcard_21_without_indentation_is_skipped()
    {
        var result = Read("BEGIN:VCARD\nVERSION:2.1\nFN:Pic\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\n/9j/4AAQSkZJRgABAQEAYABgAAD\nAAQSkZJRgABAQ==\n\nEMAIL:pic@example.org\nEND:VCARD\n");

        var person = Assert.Single(result.Records);
        Assert.Empty(result.Problems);
        Assert.Equal("pic@example.org", person.Emails.Single().Value);
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_card_still_read()
    {
        var result = Read("BEGIN:VCARD\nVERSION:3.0\nFN:Kept\nthis line has no colon\nEMAIL:kept@example.org\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Next\nEND:VCARD\n");

        Assert.Equal(["Kept", "Next"], result.Records.Select(r => r.FullName));
        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void A_card_without_end_before_the_next_card_is_closed_and_reported()
    {
        var result = Read("BEGIN:VCARD\nVERSION:3.0\nFN:First\nBEGIN:VCARD\nVERSION:3.0\nFN:Second\nEND:VCARD\n");

        Assert.Equal(["First", "Second"], result.Records.Select(r => r.FullName));
        Assert.Equal(1, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Text_that_is_not_a_vcard_is_reported()
    {
        var result = Read("hello\nworld\n");

        Assert.Empty(result.Records);
        Assert.Contains(result.Problems, p => p.Reason.Contains("not a vCard file", StringComparison.Ordinal));
    }

    [Fact]
    public void Urls_uid_categories_and_linkedin_are_read()
    {
        var person = Assert.Single(Read("BEGIN:VCARD\nVERSION:4.0\nFN:Web Person\nUID:urn:uuid:1234\nURL:https://example.org\nURL:https://www.linkedin.com/in/web\nCATEGORIES:friends,work\nTEL;VALUE=uri:tel:+33612345678\nEND:VCARD\n").Records);

        Assert.Equal("urn:uuid:1234", person.ExternalId);
        Assert.Equal("https://example.org", person.Website);
        Assert.Equal("https://www.linkedin.com/in/web", person.LinkedInUrl);
        Assert.Equal(["friends", "work"], person.Tags);
        Assert.Equal("+33612345678", person.Phones.Single().Value);
    }
}
