using Allies.Core.Contacts;

namespace Allies.Core.Tests.Contacts;

public sealed class ContactInputTests
{
    static readonly DateOnly Today = new(2026, 3, 14);

    static ContactInput Ada => new() { FirstName = "Ada", LastName = "Lovelace" };

    static IEnumerable<(string Field, string Code)> Broken(ContactInput input) =>
        input.Validate(Today).Select(e => (e.Field, e.Code));

    [Fact]
    public void A_complete_contact_is_valid()
    {
        var input = Ada with
        {
            Emails = ["ada@example.org", "  ", "a.lovelace@analytical.engine.uk"],
            Phones = ["+44 20 7946 0958", "(555) 123-4567 ext 89"],
            Company = "Analytical Engines",
            LinkedInUrl = "https://www.linkedin.com/in/ada",
            Website = "http://ada.example.org",
            MetOn = Today,
            Birthday = new DateOnly(1815, 12, 10),
            CadenceDays = 30,
            Tags = ["math", new string('t', 100)],
        };

        Assert.Empty(input.Validate(Today));
    }

    [Theory]
    [InlineData("Ada", null)]
    [InlineData(null, "Lovelace")]
    [InlineData("  ", "Lovelace")]
    public void One_name_is_enough(string? first, string? last) =>
        Assert.Empty(new ContactInput { FirstName = first, LastName = last }.Validate(Today));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("  ", "\t")]
    public void A_contact_needs_a_first_or_last_name(string? first, string? last) =>
        Assert.Equal([("FirstName", "name_required")], Broken(new ContactInput { FirstName = first, LastName = last }));

    [Theory]
    [InlineData("ada@example.org", true)]
    [InlineData(" ada@example.org ", true)]
    [InlineData("ada.lovelace+crm@mail.example.co.uk", true)]
    [InlineData("ada@example", false)]
    [InlineData("ada at example.org", false)]
    [InlineData("ada@@example.org", false)]
    [InlineData("Ada <ada@example.org>", false)]
    [InlineData("@example.org", false)]
    [InlineData("ada@", false)]
    public void Emails_must_be_plain_addresses(string email, bool valid)
    {
        var errors = (Ada with { Emails = [email] }).Validate(Today);
        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            var error = Assert.Single(errors);
            Assert.Equal(("Emails", "email_invalid"), (error.Field, error.Code));
            Assert.Contains(email, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("06 12 34 56 78", true)]
    [InlineData("+1 (555) 123-4567", true)]
    [InlineData("12", false)]
    [InlineData("call me", false)]
    [InlineData("555-1234 #2", false)]
    public void Phones_need_digits_and_phone_punctuation_only(string phone, bool valid) =>
        Assert.Equal(valid, !Broken(Ada with { Phones = [phone] }).Contains(("Phones", "phone_invalid")));

    [Theory]
    [InlineData("https://linkedin.com/in/ada", true)]
    [InlineData("http://example.org", true)]
    [InlineData("linkedin.com/in/ada", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Web_addresses_must_be_http_or_https(string url, bool valid)
    {
        Assert.Equal(valid, !Broken(Ada with { LinkedInUrl = url }).Contains(("LinkedInUrl", "url_invalid")));
        Assert.Equal(valid, !Broken(Ada with { Website = url }).Contains(("Website", "url_invalid")));
    }

    [Fact]
    public void Dates_cannot_be_in_the_future()
    {
        Assert.Equal([("MetOn", "date_in_future")], Broken(Ada with { MetOn = Today.AddDays(1) }));
        Assert.Equal([("Birthday", "date_in_future")], Broken(Ada with { Birthday = Today.AddDays(1) }));
        Assert.Empty(Broken(Ada with { MetOn = Today, Birthday = Today }));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3650, true)]
    [InlineData(3651, false)]
    [InlineData(-7, false)]
    public void The_cadence_is_between_a_day_and_ten_years(int days, bool valid) =>
        Assert.Equal(valid, Broken(Ada with { CadenceDays = days }).All(e => e != ("CadenceDays", "cadence_range")));

    [Fact]
    public void Long_fields_are_refused_with_their_name()
    {
        var tooLong = new string('x', 201);
        var input = Ada with { FirstName = tooLong, Company = tooLong, HowMet = new string('x', 1001), Tags = [new string('t', 101)] };

        Assert.Equal(
            [("Company", "too_long"), ("FirstName", "too_long"), ("HowMet", "too_long"), ("Tags", "too_long")],
            Broken(input).Order());
        Assert.Empty(Broken(Ada with { FirstName = new string('x', 200), HowMet = new string('x', 1000) }));
    }

    [Fact]
    public void Every_broken_rule_is_reported_together()
    {
        var input = new ContactInput { Emails = ["nope"], Website = "nope", MetOn = Today.AddDays(3), CadenceDays = 0 };
        Assert.Equal(5, input.Validate(Today).Count);
    }
}
