using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Contacts;

public abstract class ContactListTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    /// <summary>A small network, created one minute apart (Hélène first, Émile last).</summary>
    async Task<Dictionary<string, Guid>> NetworkAsync()
    {
        ContactInput[] people =
        [
            People.Named("Hélène", "Dupont") with
            {
                Company = "Airbus", Industry = "Aerospace", Channel = Channel.Event,
                Emails = ["helene.dupont@airbus.com"], Tags = ["aero", "mentor"],
            },
            People.Named("Marc", "Leroy") with
            {
                Company = "Airbus", Industry = "Aerospace", Channel = Channel.LinkedIn,
                Emails = ["marc@leroy.fr"], Tags = ["aero"],
            },
            People.Named("Zoé", "Martin") with
            {
                Company = "Doctolib", Industry = "Health", Channel = Channel.Alumni,
                Emails = ["zoe@doctolib.fr"], Tags = ["founder"],
            },
            People.Named("Émile", "Bernard") with { Channel = Channel.Friends },
        ];
        var ids = new Dictionary<string, Guid>();
        foreach (var person in people)
        {
            ids[person.FirstName!] = (await Contacts.CreateAsync(_owner, person, Ct)).Id;
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        return ids;
    }

    async Task<List<string>> NamesAsync(ContactQuery query) =>
        [.. (await Contacts.ListAsync(_owner, query, Ct)).Items.Select(c => c.FirstName)];

    [Theory]
    [InlineData("helene", "Hélène")]
    [InlineData("HÉLÈNE", "Hélène")]
    [InlineData("dupont helene", "Hélène")]
    [InlineData("emile", "Émile")]
    [InlineData("doctolib", "Zoé")]
    [InlineData("leroy.fr", "Marc")]
    [InlineData("mentor", "Hélène")]
    [InlineData("founder", "Zoé")]
    public async Task Search_finds_by_name_without_accents_company_email_and_tag(string search, string expected)
    {
        await NetworkAsync();
        Assert.Equal([expected], await NamesAsync(new() { Search = search }));
    }

    [Fact]
    public async Task Search_with_no_match_returns_an_empty_page()
    {
        await NetworkAsync();
        var page = await Contacts.ListAsync(_owner, new() { Search = "nobody" }, Ct);
        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Filters_by_tag_company_industry_and_channel()
    {
        await NetworkAsync();
        Assert.Equal(["Hélène", "Marc"], await NamesAsync(new() { Tag = "aero" }));
        Assert.Equal(["Hélène", "Marc"], await NamesAsync(new() { Company = "Airbus" }));
        Assert.Equal(["Zoé"], await NamesAsync(new() { Industry = "Health" }));
        Assert.Equal(["Marc"], await NamesAsync(new() { Channel = Channel.LinkedIn }));
        Assert.Equal(["Hélène"], await NamesAsync(new() { Company = "Airbus", Tag = "mentor" }));
        Assert.Empty(await NamesAsync(new() { Company = "Airbus", Channel = Channel.Alumni }));
    }

    [Fact]
    public async Task Sorts_by_name_company_created_and_updated()
    {
        var ids = await NetworkAsync();
        Assert.Equal(["Émile", "Hélène", "Marc", "Zoé"], await NamesAsync(new() { Sort = ContactSort.Name }));
        Assert.Equal(["Émile", "Zoé", "Marc", "Hélène"], await NamesAsync(new() { Sort = ContactSort.Created }));

        // Contacts without a company come after the others, on every database.
        Assert.Equal(["Hélène", "Marc", "Zoé", "Émile"], await NamesAsync(new() { Sort = ContactSort.Company }));

        Clock.Advance(TimeSpan.FromHours(1));
        var marc = await Contacts.GetAsync(_owner, ids["Marc"], Ct);
        await Contacts.UpdateAsync(_owner, marc.Id, marc.ToInput() with { Role = "CTO" }, Ct);
        Assert.Equal("Marc", (await NamesAsync(new() { Sort = ContactSort.Updated }))[0]);
    }

    [Fact]
    public async Task Pages_cover_every_contact_once_with_the_right_totals()
    {
        for (var i = 0; i < 7; i++)
        {
            await Contacts.CreateAsync(_owner, People.Named($"Person{i}", "Paged"), Ct);
        }

        var pages = new List<Paged<ContactSummary>>();
        for (var p = 1; p <= 3; p++)
        {
            pages.Add(await Contacts.ListAsync(_owner, new() { Page = p, PageSize = 3 }, Ct));
        }

        Assert.All(pages, p => Assert.Equal((7, 3, 3), (p.Total, p.PageSize, p.Pages)));
        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(7, pages.SelectMany(p => p.Items).Select(c => c.Id).Distinct().Count());
        Assert.Empty((await Contacts.ListAsync(_owner, new() { Page = 4, PageSize = 3 }, Ct)).Items);

        var clamped = await Contacts.ListAsync(_owner, new() { Page = 0, PageSize = 100_000 }, Ct);
        Assert.Equal((1, ContactQuery.MaxPageSize, 7), (clamped.Page, clamped.PageSize, clamped.Items.Count));
    }

    [Fact]
    public async Task Archived_contacts_leave_the_list_until_restored()
    {
        var ids = await NetworkAsync();
        await Contacts.ArchiveAsync(_owner, ids["Marc"], ct: Ct);

        Assert.DoesNotContain("Marc", await NamesAsync(new()));
        Assert.Empty(await NamesAsync(new() { Search = "leroy" }));
        Assert.Equal(3, (await Contacts.ListAsync(_owner, new(), Ct)).Total);
        var all = await Contacts.ListAsync(_owner, new() { IncludeArchived = true }, Ct);
        Assert.True(Assert.Single(all.Items, c => c.FirstName == "Marc").Archived);
        Assert.Equal(Start.AddMinutes(4), (await Contacts.GetAsync(_owner, ids["Marc"], Ct)).ArchivedAt);

        await Contacts.ArchiveAsync(_owner, ids["Marc"], archived: false, Ct);
        Assert.Contains("Marc", await NamesAsync(new()));
    }

    [Fact]
    public async Task Facets_list_the_owners_companies_industries_and_tags()
    {
        await NetworkAsync();
        var facets = await Contacts.FacetsAsync(_owner, Ct);
        Assert.Equal(["Airbus", "Doctolib"], facets.Companies);
        Assert.Equal(["Aerospace", "Health"], facets.Industries);
        Assert.Equal(["aero", "founder", "mentor"], facets.Tags);
    }
}

public sealed class ContactListTestsOnSqlite(SqliteDatabase db) : ContactListTests(db), IClassFixture<SqliteDatabase>;

public sealed class ContactListTestsOnPostgres(PostgresDatabase db) : ContactListTests(db), IClassFixture<PostgresDatabase>;
