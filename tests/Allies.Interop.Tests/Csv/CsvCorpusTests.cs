using Allies.Core.Contacts;
using Allies.Interop.Csv;
using Allies.Interop.Reading;

namespace Allies.Interop.Tests.Csv;

public sealed class CsvCorpusTests
{
    public static TheoryData<string> Files => Corpus.Names("csv", ".csv");

    [Fact]
    public void The_corpus_holds_every_csv_of_the_manifest()
    {
        Assert.Equal(12, Corpus.Files("csv", ".csv").Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_gives_people_or_reported_problems(string name)
    {
        var result = CsvContactReader.ReadFile(Corpus.File("csv", name)).Collect();

        Assert.NotEmpty(result.Records);
        Assert.All(result.Records, r => Assert.True(r.Line >= 1));
        Assert.All(result.Records, r => Assert.False(string.IsNullOrWhiteSpace(r.DisplayName)));
    }

    [Fact]
    public void LinkedIn_preamble_is_skipped_and_connected_on_becomes_when_we_met()
    {
        var result = CsvContactReader.ReadFile(Corpus.File("csv", "linkedin/sanketmuchhala__data_sample_connections.csv")).Collect();

        Assert.Empty(result.Problems);
        Assert.Equal(20, result.Records.Count);
        var sarah = result.Records[0];
        Assert.Equal(5, sarah.Line);
        Assert.Equal(("Sarah", "Chen"), (sarah.FirstName, sarah.LastName));
        Assert.Equal("https://www.linkedin.com/in/sarah-chen", sarah.LinkedInUrl);
        Assert.Equal("sarah@example.com", sarah.Emails.Single().Value);
        Assert.Equal(("Google", "Senior AI Engineer"), (sarah.Company, sarah.Role));
        Assert.Equal(new DateOnly(2026, 3, 15), sarah.MetOn);
        Assert.Equal(Channel.LinkedIn, sarah.Channel);
        Assert.Equal("linkedin", sarah.Source);
    }

    [Fact]
    public void LinkedIn_preamble_without_a_blank_line_and_with_two_blank_lines()
    {
        var noBlank = CsvContactReader.ReadFile(Corpus.File("csv", "linkedin/sanketmuchhala__sample_connections.csv")).Collect();
        var twoBlanks = CsvContactReader.ReadFile(Corpus.File("csv", "linkedin/flashesofbrilliance__sample_connections.csv")).Collect();

        Assert.Equal(140, noBlank.Records.Count);
        Assert.Equal(("Tony", "Stark", 5L), (noBlank.Records[0].FirstName, noBlank.Records[0].LastName, noBlank.Records[0].Line));
        Assert.Equal("Ada", twoBlanks.Records[0].FirstName);
        Assert.Equal(new DateOnly(2026, 5, 14), twoBlanks.Records[0].MetOn);
        Assert.Null(twoBlanks.Records[^1].MetOn); // its 'Connected On' is empty: nothing to report, nothing invented
    }

    [Fact]
    public void LinkedIn_2018_format_has_us_dates_with_times()
    {
        var first = CsvContactReader.ReadFile(Corpus.File("csv", "linkedin/abhishekwebcode__Connections_2018.csv")).Collect().Records[0];

        Assert.Equal(new DateOnly(2018, 1, 8), first.MetOn);
        Assert.Equal("ApproveIT", first.Company);
    }

    [Fact]
    public void Google_contacts_with_and_without_a_name()
    {
        var result = CsvContactReader.ReadFile(Corpus.File("csv", "google/mtrazzi__google_contacts.csv")).Collect();

        Assert.Equal(["Richard Feynman", "iforgotthisguysnamebutihavehisemail@gmail.com", "Elon Musk"], result.Records.Select(r => r.DisplayName));
        Assert.Equal("rich@caltech.edu", result.Records[0].Emails.Single().Value);
        Assert.Equal("google", result.Records[0].Source);
    }

    [Fact]
    public void Outlook_export_with_a_multi_line_note()
    {
        var person = Assert.Single(CsvContactReader.ReadFile(Corpus.File("csv", "outlook/pear__Outlook.csv")).Collect().Records);

        Assert.Equal(("Firman", "Wandayandi"), (person.FirstName, person.LastName));
        Assert.Equal("firman@php.net", person.Emails.Single().Value);
        Assert.Equal(("Foo", "Web Developer", "Foo Net"), (person.Company, person.Role, person.Department));
        Assert.Equal("Bandung, West Java, Indonesia", person.Location);
        Assert.Equal("It's\nmultiline \nmemo.", person.Notes);
        Assert.Equal("http://php.hm/~firman", person.Website);
        Assert.Equal("outlook", person.Source);
    }

    [Fact]
    public void Header_less_thunderbird_rows_are_guessed_and_reported()
    {
        var result = CsvContactReader.ReadFile(Corpus.File("csv", "other/thunderbird__csv_no_header.csv")).Collect();

        Assert.Equal([("John", "Doe", "john@doe.invalid"), ("Jane", "Doe", "jane@doe.invalid")],
            result.Records.Select(r => (r.FirstName!, r.LastName!, r.Emails.Single().Value)));
        Assert.Contains("no header row", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Thunderbird_and_kde_headers_map_by_name()
    {
        var thunderbird = CsvContactReader.ReadFile(Corpus.File("csv", "other/thunderbird__basic_csv_addressbook.csv")).Collect();
        var kde = Assert.Single(CsvContactReader.ReadFile(Corpus.File("csv", "other/pear__KMail.csv")).Collect().Records);

        Assert.Equal(["John Doe", "Jane Doe"], thunderbird.Records.Select(r => r.FullName));
        Assert.Equal("firman@php.net", kde.Emails.Single().Value);
        Assert.Equal("Web Developer", kde.Role);
    }
}
