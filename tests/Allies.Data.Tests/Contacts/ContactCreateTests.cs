using Allies.Core;
using Allies.Core.Contacts;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Contacts;

public abstract class ContactCreateTests(TestDatabase database) : DataTest(database)
{
    [Fact]
    public async Task A_contact_is_saved_with_its_emails_phones_tags_and_search_columns()
    {
        var owner = NewOwner();
        var created = await Contacts.CreateAsync(owner, People.Named(" Hélène ", "Dupont") with
        {
            Company = "Airbus",
            Emails = ["helene.dupont@airbus.com", "helene@example.org", "HELENE@example.org"],
            Phones = ["+33 6 12 34 56 78"],
            Tags = ["aero", "mentor", "Aero"],
            Channel = Channel.Event,
            MetOn = new DateOnly(2025, 9, 1),
        }, Ct);

        var stored = await Contacts.GetAsync(owner, created.Id, Ct);
        Assert.Equal("Hélène", stored.FirstName);
        Assert.Equal("Hélène Dupont", stored.DisplayName);
        Assert.Equal("dupont helene", stored.SortName);
        Assert.Contains("airbus", stored.SearchText, StringComparison.Ordinal);
        Assert.Equal(["helene.dupont@airbus.com", "helene@example.org"], stored.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Equal("helene.dupont@airbus.com", stored.PrimaryEmail);
        Assert.Equal(["+33 6 12 34 56 78"], stored.Phones.Select(p => p.Number));
        Assert.Equal(["aero", "mentor"], stored.Tags.Select(t => t.Name).Order());
        Assert.Equal(Channel.Event, stored.Channel);
        Assert.Equal(new DateOnly(2025, 9, 1), stored.MetOn);
        Assert.Equal(Start, stored.CreatedAt);
        Assert.Equal(Start, stored.UpdatedAt);
        Assert.Null(stored.ArchivedAt);
    }

    [Fact]
    public async Task An_empty_name_is_refused_and_nothing_is_saved()
    {
        var owner = NewOwner();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Contacts.CreateAsync(owner, People.Named("  ", "") with { Company = "Airbus", Emails = ["x@example.org"] }, Ct));

        Assert.Contains(error.Errors, e => e is { Field: "FirstName", Code: "name_required" });
        await AssertNothingSavedAsync(owner);
    }

    [Fact]
    public async Task A_malformed_email_is_refused_and_nothing_is_saved()
    {
        var owner = NewOwner();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Contacts.CreateAsync(owner, People.Named("Marc") with { Emails = ["marc@leroy.fr", "marc at leroy"] }, Ct));

        var field = Assert.Single(error.Errors);
        Assert.Equal(("Emails", "email_invalid"), (field.Field, field.Code));
        Assert.Contains("marc at leroy", field.Message, StringComparison.Ordinal);
        await AssertNothingSavedAsync(owner);
    }

    [Fact]
    public async Task A_met_date_in_the_future_is_refused_and_today_is_accepted()
    {
        var owner = NewOwner();
        var today = DateOnly.FromDateTime(Start.UtcDateTime);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Contacts.CreateAsync(owner, People.Named("Zoé") with { MetOn = today.AddDays(1) }, Ct));
        Assert.Contains(error.Errors, e => e is { Field: "MetOn", Code: "date_in_future" });
        await AssertNothingSavedAsync(owner);

        var met = await Contacts.CreateAsync(owner, People.Named("Zoé") with { MetOn = today }, Ct);
        Assert.Equal(today, (await Contacts.GetAsync(owner, met.Id, Ct)).MetOn);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once()
    {
        var owner = NewOwner();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Contacts.CreateAsync(owner, new ContactInput
        {
            Emails = ["nope"],
            Website = "ftp://example.org",
            CadenceDays = 0,
        }, Ct));

        Assert.Equal(["CadenceDays", "Emails", "FirstName", "Website"], error.Errors.Select(e => e.Field).Order());
        await AssertNothingSavedAsync(owner);
    }

    [Fact]
    public async Task The_introducer_must_be_one_of_the_owners_contacts()
    {
        var owner = NewOwner();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Contacts.CreateAsync(owner, People.Named("Lea") with { IntroducedById = Guid.CreateVersion7() }, Ct));
        Assert.Contains(error.Errors, e => e is { Field: "IntroducedById", Code: "contact_unknown" });
        await AssertNothingSavedAsync(owner);

        var paul = await Contacts.CreateAsync(owner, People.Named("Paul"), Ct);
        var lea = await Contacts.CreateAsync(owner, People.Named("Lea") with { IntroducedById = paul.Id }, Ct);
        Assert.Equal(paul.Id, (await Contacts.GetAsync(owner, lea.Id, Ct)).IntroducedById);
    }

    [Fact]
    public async Task The_largest_contact_the_rules_allow_is_saved_and_found()
    {
        var owner = NewOwner();
        var longest = new string('x', 200);
        var tags = Enumerable.Range(0, 50).Select(i => $"tag{i:00}-" + new string('t', 94)).ToArray();
        var created = await Contacts.CreateAsync(owner, People.Named(longest, longest) with
        {
            Company = longest,
            Role = longest,
            Industry = longest,
            Function = longest,
            Location = longest,
            Emails = [.. Enumerable.Range(0, 20).Select(i => $"person{i}@{new string('d', 60)}.example.org")],
            Tags = tags,
        }, Ct);

        var stored = await Contacts.GetAsync(owner, created.Id, Ct);
        Assert.Equal(50, stored.Tags.Count);
        Assert.Equal(20, stored.Emails.Count);
        Assert.Single((await Contacts.ListAsync(owner, new() { Search = longest }, Ct)).Items);
        Assert.Single((await Contacts.ListAsync(owner, new() { Tag = tags[49] }, Ct)).Items);
    }

    async Task AssertNothingSavedAsync(Guid owner)
    {
        var page = await Contacts.ListAsync(owner, new() { IncludeArchived = true }, Ct);
        Assert.Equal(0, page.Total);
        Assert.Empty((await Contacts.FacetsAsync(owner, Ct)).Tags);
    }
}

public sealed class ContactCreateTestsOnSqlite(SqliteDatabase db) : ContactCreateTests(db), IClassFixture<SqliteDatabase>;

public sealed class ContactCreateTestsOnPostgres(PostgresDatabase db) : ContactCreateTests(db), IClassFixture<PostgresDatabase>;
