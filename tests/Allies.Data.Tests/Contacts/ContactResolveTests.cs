using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Contacts;

/// <summary>How the CLI turns what a person typed into a contact: exact first, then partial, several when ambiguous.</summary>
public abstract class ContactResolveTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    async Task<Dictionary<string, Guid>> NetworkAsync()
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var (first, last, email) in new[]
        {
            ("Anne", "Martin", "anne@martin.fr"),
            ("Anne", "Martinez", "anne@martinez.es"),
            ("Zoé", "Martin", "zoe@doctolib.fr"),
            ("Hélène", "Dupont", "helene@airbus.com"),
        })
        {
            ids[$"{first} {last}"] = (await Contacts.CreateAsync(_owner, People.Named(first, last) with { Emails = [email] }, Ct)).Id;
        }

        return ids;
    }

    async Task<List<string>> ResolveAsync(string text) =>
        [.. (await Contacts.ResolveAsync(_owner, text, Ct)).Select(c => c.DisplayName).Order()];

    [Theory]
    [InlineData("Anne Martin", "Anne Martin")]
    [InlineData("  anne martin ", "Anne Martin")]
    [InlineData("Hélène Dupont", "Hélène Dupont")]
    [InlineData("ZOE@doctolib.fr", "Zoé Martin")]
    [InlineData("helene", "Hélène Dupont")]
    [InlineData("martinez", "Anne Martinez")]
    public async Task One_match_when_the_text_names_one_contact(string text, string expected)
    {
        await NetworkAsync();
        Assert.Equal([expected], await ResolveAsync(text));
    }

    [Fact]
    public async Task Every_candidate_when_the_text_is_ambiguous()
    {
        await NetworkAsync();
        Assert.Equal(["Anne Martin", "Anne Martinez", "Zoé Martin"], await ResolveAsync("martin"));
        Assert.Equal(["Anne Martin", "Anne Martinez"], await ResolveAsync("anne"));
    }

    [Fact]
    public async Task Nothing_when_no_contact_matches()
    {
        await NetworkAsync();
        Assert.Empty(await ResolveAsync("Grace Hopper"));
    }

    [Fact]
    public async Task An_id_resolves_to_that_contact()
    {
        var ids = await NetworkAsync();
        Assert.Equal(["Zoé Martin"], await ResolveAsync(ids["Zoé Martin"].ToString()));
        Assert.Empty(await ResolveAsync(Guid.CreateVersion7().ToString()));
    }

    [Fact]
    public async Task Archived_contacts_are_not_resolved_by_name()
    {
        var ids = await NetworkAsync();
        await Contacts.ArchiveAsync(_owner, ids["Anne Martin"], ct: Ct);
        Assert.Equal(["Anne Martinez", "Zoé Martin"], await ResolveAsync("martin"));
        Assert.Equal(["Anne Martinez"], await ResolveAsync("Anne Martinez"));
    }
}

public sealed class ContactResolveTestsOnSqlite(SqliteDatabase db) : ContactResolveTests(db), IClassFixture<SqliteDatabase>;

public sealed class ContactResolveTestsOnPostgres(PostgresDatabase db) : ContactResolveTests(db), IClassFixture<PostgresDatabase>;
