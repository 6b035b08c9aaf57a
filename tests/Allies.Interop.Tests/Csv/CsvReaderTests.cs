using System.Text;
using Allies.Interop.Csv;
using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Csv;

public sealed class CsvReaderTests
{
    static ParseResult<Allies.Interop.People.PersonRecord> Read(byte[] bytes) =>
        CsvContactReader.Read(new MemoryStream(bytes), "contacts.csv").Collect();

    [Fact]
    public void A_bad_date_is_reported_with_its_line_and_the_person_kept()
    {
        var csv = "Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,14 May 2026\nBad,Date,,,,,someday\n";

        var result = Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(["Ada", "Bad"], result.Records.Select(r => r.FirstName));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("someday", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_row_of_commas_is_reported_and_skipped()
    {
        var result = Read(Encoding.UTF8.GetBytes("First Name,Last Name,E-mail Address\n,,\nJo,Lee,jo@example.org\n"));

        Assert.Equal("Jo", Assert.Single(result.Records).FirstName);
        Assert.Equal(3, result.Records[0].Line);
    }

    [Fact]
    public void A_stray_quote_is_reported_and_the_row_read()
    {
        var result = Read(Encoding.UTF8.GetBytes("First Name,Last Name,Notes\nJo,Lee,said \"hi\" once\nAl,Bo,\n"));

        Assert.Equal(["Jo", "Al"], result.Records.Select(r => r.FirstName));
        Assert.Contains(result.Problems, p => p.Line == 2 && p.Reason.Contains("quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_1252_semicolon_outlook_export_is_read()
    {
        var bytes = TextDecoding.Windows1252.GetBytes("Vorname;Nachname;First Name;Last Name;E-mail Address;Job Title;Business Phone\n;;René;Müller;rene@example.fr;Directeur général;+33 1 23 45 67 89\n");

        var person = Assert.Single(Read(bytes).Records);

        Assert.Equal(("René", "Müller", "Directeur général"), (person.FirstName, person.LastName, person.Role));
        Assert.Equal([new("+33 1 23 45 67 89", "work")], person.Phones);
    }

    [Fact]
    public void Utf16_google_export_with_multiple_values_in_a_cell()
    {
        var csv = "Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\n"
            + "Zoë Ång,Zoë,Ång,--03-11,* myContacts ::: Friends,* Home,zoe@example.org ::: zoe@work.example,Mobile,+46 70 123 45 67\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();

        var person = Assert.Single(Read(bytes).Records);

        Assert.Equal("Zoë Ång", person.FullName);
        Assert.Equal([new("zoe@example.org", "home"), new("zoe@work.example", "home")], person.Emails);
        Assert.Equal([new("+46 70 123 45 67", "cell")], person.Phones);
        Assert.Equal(["Friends"], person.Tags);
        Assert.Equal(new DateOnly(1604, 3, 11), person.Birthday);
    }
}
