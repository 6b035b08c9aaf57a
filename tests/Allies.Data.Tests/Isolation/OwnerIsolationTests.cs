using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Isolation;

/// <summary>Owner B can never reach owner A's rows through a service: B gets "not found", and A's rows stay as they were.</summary>
public abstract class OwnerIsolationTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _a = NewOwner();
    readonly Guid _b = NewOwner();

    async Task<(Contact Helene, Contact Marc, Guid Lunch)> OwnerAHasANetworkAsync()
    {
        var helene = await Contacts.CreateAsync(_a, People.Named("Hélène", "Dupont") with { Company = "Airbus", Emails = ["helene@airbus.com"], Tags = ["aero"] }, Ct);
        var marc = await Contacts.CreateAsync(_a, People.Named("Marc", "Leroy") with { Company = "Airbus" }, Ct);
        var lunch = await Interactions.LogAsync(_a, new()
        {
            ParticipantIds = [helene.Id, marc.Id],
            Kind = InteractionKind.Lunch,
            OccurredAt = Start.AddDays(-1),
            Summary = "Drone project",
            Exchanges = [new(ExchangeKind.Introduction, ExchangeDirection.IGave)],
        }, Ct);
        await Contacts.CreateAsync(_b, People.Named("Bob", "Own"), Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        return (helene, marc, lunch.Id);
    }

    [Fact]
    public async Task B_never_lists_or_finds_As_contacts()
    {
        var (helene, _, _) = await OwnerAHasANetworkAsync();

        Assert.Equal(["Bob"], (await Contacts.ListAsync(_b, new() { IncludeArchived = true }, Ct)).Items.Select(c => c.FirstName));
        Assert.Empty((await Contacts.ListAsync(_b, new() { Search = "helene" }, Ct)).Items);
        Assert.Empty((await Contacts.ListAsync(_b, new() { Tag = "aero" }, Ct)).Items);
        Assert.Empty((await Contacts.ListAsync(_b, new() { Company = "Airbus" }, Ct)).Items);
        Assert.Null(await Contacts.FindAsync(_b, helene.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.GetAsync(_b, helene.Id, Ct));
        Assert.Empty(await Contacts.ResolveAsync(_b, "Hélène Dupont", Ct));
        Assert.Empty(await Contacts.ResolveAsync(_b, "helene@airbus.com", Ct));
        Assert.Empty(await Contacts.ResolveAsync(_b, helene.Id.ToString(), Ct));
        var facets = await Contacts.FacetsAsync(_b, Ct);
        Assert.Empty(facets.Companies);
        Assert.Empty(facets.Tags);
    }

    [Fact]
    public async Task B_cannot_update_archive_or_delete_As_contacts()
    {
        var (helene, _, _) = await OwnerAHasANetworkAsync();
        var before = await Contacts.GetAsync(_a, helene.Id, Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.UpdateAsync(_b, helene.Id, People.Named("Stolen"), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.ArchiveAsync(_b, helene.Id, ct: Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.DeleteAsync(_b, helene.Id, Ct));

        var after = await Contacts.GetAsync(_a, helene.Id, Ct);
        Assert.Equal(
            (before.FirstName, before.LastName, before.Company, before.UpdatedAt, before.ArchivedAt, before.OwnerId),
            (after.FirstName, after.LastName, after.Company, after.UpdatedAt, after.ArchivedAt, after.OwnerId));
        Assert.Equal(["helene@airbus.com"], after.Emails.Select(e => e.Address));
        Assert.Equal(["aero"], after.Tags.Select(t => t.Name));
    }

    [Fact]
    public async Task B_cannot_use_As_contacts_in_its_own_records()
    {
        var (helene, _, _) = await OwnerAHasANetworkAsync();
        var bob = (await Contacts.ListAsync(_b, new(), Ct)).Items.Single().Id;

        var log = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Interactions.LogAsync(_b, new() { ParticipantIds = [bob, helene.Id], Kind = InteractionKind.Call }, Ct));
        Assert.Contains(log.Errors, e => e.Code == "contact_unknown");

        var introduced = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Contacts.CreateAsync(_b, People.Named("Carl") with { IntroducedById = helene.Id }, Ct));
        Assert.Contains(introduced.Errors, e => e.Field == "IntroducedById");
        Assert.Equal(0, (await Interactions.ListAsync(_b, new(), Ct)).Total);
    }

    [Fact]
    public async Task B_never_lists_finds_updates_or_deletes_As_interactions()
    {
        var (helene, marc, lunch) = await OwnerAHasANetworkAsync();
        var bob = (await Contacts.ListAsync(_b, new(), Ct)).Items.Single().Id;

        Assert.Equal(0, (await Interactions.ListAsync(_b, new(), Ct)).Total);
        Assert.Empty((await Interactions.ListAsync(_b, new() { ContactId = helene.Id }, Ct)).Items);
        Assert.Empty((await Interactions.ListAsync(_b, new() { Search = "drone" }, Ct)).Items);
        Assert.Null(await Interactions.FindAsync(_b, lunch, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Interactions.UpdateAsync(_b, lunch, new() { ParticipantIds = [bob], Kind = InteractionKind.Call }, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Interactions.DeleteAsync(_b, lunch, Ct));
        Assert.Null((await Contacts.ListAsync(_b, new(), Ct)).Items.Single().LastInteractionAt);

        var stored = await Interactions.FindAsync(_a, lunch, Ct);
        Assert.NotNull(stored);
        Assert.Equal((InteractionKind.Lunch, "Drone project", Start.AddDays(-1)), (stored.Kind, stored.Summary, stored.OccurredAt));
        Assert.Equal([helene.Id, marc.Id], stored.Participants.Select(p => p.ContactId));
        Assert.Single(stored.Exchanges);
    }

    [Fact]
    public async Task A_still_sees_everything_after_Bs_attempts()
    {
        var (helene, marc, lunch) = await OwnerAHasANetworkAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => Contacts.DeleteAsync(_b, marc.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Interactions.DeleteAsync(_b, lunch, Ct));

        var list = await Contacts.ListAsync(_a, new() { Sort = ContactSort.Name }, Ct);
        Assert.Equal([helene.Id, marc.Id], list.Items.Select(c => c.Id));
        Assert.All(list.Items, c => Assert.Equal(Start.AddDays(-1), c.LastInteractionAt));
        Assert.Equal(1, (await Interactions.ListAsync(_a, new(), Ct)).Total);
    }
}

public sealed class OwnerIsolationTestsOnSqlite(SqliteDatabase db) : OwnerIsolationTests(db), IClassFixture<SqliteDatabase>;

public sealed class OwnerIsolationTestsOnPostgres(PostgresDatabase db) : OwnerIsolationTests(db), IClassFixture<PostgresDatabase>;
