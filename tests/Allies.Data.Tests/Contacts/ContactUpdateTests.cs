using Allies.Core;
using Allies.Data.Contacts;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Contacts;

public abstract class ContactUpdateTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    [Fact]
    public async Task Update_replaces_emails_and_tags_and_keeps_the_creation_time()
    {
        var created = await Contacts.CreateAsync(_owner, People.Named("Hélène", "Dupont") with
        {
            Emails = ["old@airbus.com", "helene@example.org"],
            Tags = ["aero", "mentor"],
        }, Ct);
        Clock.Advance(TimeSpan.FromDays(2));

        await Contacts.UpdateAsync(_owner, created.Id, created.ToInput() with
        {
            Emails = ["new@safran.com", "helene@example.org"],
            Tags = ["mentor", "space"],
            Company = "Safran",
        }, Ct);

        var stored = await Contacts.GetAsync(_owner, created.Id, Ct);
        Assert.Equal(["new@safran.com", "helene@example.org"], stored.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Equal(["mentor", "space"], stored.Tags.Select(t => t.Name).Order());
        Assert.Equal("Safran", stored.Company);
        Assert.Equal(Start, stored.CreatedAt);
        Assert.Equal(Start.AddDays(2), stored.UpdatedAt);

        Assert.Empty((await Contacts.ListAsync(_owner, new() { Tag = "aero" }, Ct)).Items);
        Assert.Empty((await Contacts.ListAsync(_owner, new() { Search = "old@airbus" }, Ct)).Items);
        Assert.Single((await Contacts.ListAsync(_owner, new() { Tag = "space" }, Ct)).Items);
        Assert.Single((await Contacts.ListAsync(_owner, new() { Search = "safran" }, Ct)).Items);
        Assert.Equal(["mentor", "space"], (await Contacts.FacetsAsync(_owner, Ct)).Tags);
        await using var db = Db();
        Assert.Equal(2, db.ContactEmails.Count(e => e.ContactId == created.Id));
    }

    [Fact]
    public async Task An_invalid_update_changes_nothing()
    {
        var created = await Contacts.CreateAsync(_owner, People.Named("Marc", "Leroy") with { Emails = ["marc@leroy.fr"], Tags = ["aero"] }, Ct);
        Clock.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<InvalidInputException>(() => Contacts.UpdateAsync(_owner, created.Id, created.ToInput() with
        {
            FirstName = "",
            LastName = " ",
            Emails = ["bad"],
            Tags = ["other"],
        }, Ct));

        var stored = await Contacts.GetAsync(_owner, created.Id, Ct);
        Assert.Equal(("Marc", "Leroy", Start), (stored.FirstName, stored.LastName, stored.UpdatedAt));
        Assert.Equal(["marc@leroy.fr"], stored.Emails.Select(e => e.Address));
        Assert.Equal(["aero"], stored.Tags.Select(t => t.Name));
    }

    [Fact]
    public async Task Updating_an_unknown_contact_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.UpdateAsync(_owner, Guid.CreateVersion7(), People.Named("Nobody"), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.ArchiveAsync(_owner, Guid.CreateVersion7(), ct: Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.DeleteAsync(_owner, Guid.CreateVersion7(), Ct));
        Assert.Null(await Contacts.FindAsync(_owner, Guid.CreateVersion7(), Ct));
    }

    [Fact]
    public async Task Delete_removes_the_contact_and_its_emails()
    {
        var created = await Contacts.CreateAsync(_owner, People.Named("Paul") with { Emails = ["paul@example.org"], Tags = ["x"] }, Ct);

        await Contacts.DeleteAsync(_owner, created.Id, Ct);

        Assert.Null(await Contacts.FindAsync(_owner, created.Id, Ct));
        await using var db = Db();
        Assert.Equal(0, db.ContactEmails.Count(e => e.ContactId == created.Id));
        Assert.Equal(0, db.ContactTags.Count(t => t.ContactId == created.Id));
    }
}

public sealed class ContactUpdateTestsOnSqlite(SqliteDatabase db) : ContactUpdateTests(db), IClassFixture<SqliteDatabase>;

public sealed class ContactUpdateTestsOnPostgres(PostgresDatabase db) : ContactUpdateTests(db), IClassFixture<PostgresDatabase>;
