using Allies.Core.Contacts;
using Allies.Interop.People;

namespace Allies.Interop.Tests.People;

public sealed class PersonMappingTests
{
    static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void A_linkedin_row_becomes_a_valid_contact_met_on_linkedin()
    {
        var input = PersonMapping.ToContactInput(new PersonRecord
        {
            FirstName = "Sarah",
            LastName = "Chen",
            Emails = [new("sarah@example.com")],
            Company = "Google",
            Role = "Engineer",
            LinkedInUrl = "https://www.linkedin.com/in/sarah-chen",
            Channel = Channel.LinkedIn,
            HowMet = "Connected on LinkedIn",
            MetOn = new(2026, 3, 15),
        });

        Assert.Empty(input.Validate(Today));
        Assert.Equal(("Sarah", "Chen"), (input.FirstName, input.LastName));
        Assert.Equal(Channel.LinkedIn, input.Channel);
        Assert.Equal(new DateOnly(2026, 3, 15), input.MetOn);
        Assert.Equal("https://www.linkedin.com/in/sarah-chen", input.LinkedInUrl);
    }

    [Fact]
    public void Phones_are_normalised_to_e164_with_the_default_region()
    {
        var input = PersonMapping.ToContactInput(new PersonRecord { FullName = "A B", Phones = [new("06 12 34 56 78"), new("+33 6 12 34 56 78"), new("+1 (212) 555-0100")] }, "FR");

        Assert.Equal(["+33612345678", "+12125550100"], input.Phones);
    }

    [Fact]
    public void Values_that_do_not_fit_go_to_the_notes_instead_of_being_lost()
    {
        var (input, kept) = PersonMapping.Map(new PersonRecord
        {
            FullName = "zzMad Perla 45",
            Notes = "PERLA",
            Phones = [new("7yy-zzz-xxx")],
            Emails = [new("ÑÑÑÑ")],
            Website = "www.folker-kinzel.de",
            LinkedInUrl = "not a link",
        });

        Assert.Empty(input.Validate(Today));
        Assert.Empty(input.Phones);
        Assert.Empty(input.Emails);
        Assert.Equal("https://www.folker-kinzel.de", input.Website);
        Assert.Equal("PERLA\n\nEmail as written: ÑÑÑÑ\n\nPhone as written: 7yy-zzz-xxx\n\nLinkedIn as written: not a link", input.Notes);
        Assert.Equal(
            ["The email 'ÑÑÑÑ' is not an email address; it was kept in the notes.",
             "The phone '7yy-zzz-xxx' is not a phone number; it was kept in the notes.",
             "The LinkedIn address 'not a link' is not a web address; it was kept in the notes."],
            kept.Select(k => k.English));
        Assert.Equal(["email_kept", "phone_kept", "linkedin_kept"], kept.Select(k => k.Code));
    }

    /// <summary>fkvcards' German cards (in the corpus) write numbers as area code, slash, number.</summary>
    [Theory]
    [InlineData("0123/579")]
    [InlineData("034441/ 2 22 67")]
    public void A_number_without_a_country_is_kept_as_written_with_its_slashes(string phone)
    {
        var (input, kept) = PersonMapping.Map(new PersonRecord { FirstName = "Ada", Phones = [new(phone)] });

        Assert.Equal([phone], input.Phones);
        Assert.Empty(kept);
    }

    [Theory]
    [InlineData("Doe, John", "John", "Doe")]
    [InlineData("Jean-Luc Picard", "Jean-Luc", "Picard")]
    [InlineData("최유림", "최유림", null)]
    public void Names_come_from_the_display_name_when_the_structured_name_is_empty(string full, string? first, string? last)
    {
        Assert.Equal((first, last), PersonMapping.Names(new PersonRecord { FullName = full }));
    }

    [Fact]
    public void Someone_known_only_by_email_is_named_after_it()
    {
        var input = PersonMapping.ToContactInput(new PersonRecord { Emails = [new("test-misses-N-or-FN@example.com")] });

        Assert.Equal("test-misses-N-or-FN", input.FirstName);
        Assert.Empty(input.Validate(Today));
    }

    [Fact]
    public void Every_person_of_the_corpus_maps_to_a_contact_that_validates_or_says_why()
    {
        var people = Corpus.Files("vcard", ".vcf").SelectMany(f => Allies.Interop.VCards.VCardReader.ReadFile(f))
            .Concat(Corpus.Files("csv", ".csv").SelectMany(Allies.Interop.Csv.CsvContactReader.ReadFile))
            .Where(p => p.Record is not null)
            .Select(p => p.Record!)
            .ToList();

        var errors = people.SelectMany(p => PersonMapping.ToContactInput(p, "US").Validate(Today).Select(e => (p.File, e))).ToList();

        Assert.True(people.Count > 250);
        // the only rule the corpus breaks is a name longer than the field allows; no value is invalid after mapping
        Assert.All(errors, e => Assert.Equal("too_long", e.e.Code));
    }
}
