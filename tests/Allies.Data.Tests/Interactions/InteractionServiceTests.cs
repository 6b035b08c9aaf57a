using Allies.Core;
using Allies.Core.Interactions;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Interactions;

public abstract class InteractionServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    async Task<(Guid Helene, Guid Marc)> TwoContactsAsync() => (
        (await Contacts.CreateAsync(_owner, People.Named("Hélène", "Dupont"), Ct)).Id,
        (await Contacts.CreateAsync(_owner, People.Named("Marc", "Leroy"), Ct)).Id);

    [Fact]
    public async Task Logs_a_meeting_with_two_participants_and_their_exchanges()
    {
        var (helene, marc) = await TwoContactsAsync();
        var when = Start.AddDays(-2);

        var logged = await Interactions.LogAsync(_owner, new InteractionInput
        {
            ParticipantIds = [helene, marc],
            Kind = InteractionKind.Lunch,
            OccurredAt = when,
            InitiatedBy = Initiator.Me,
            Summary = "  Lunch about the drone project ",
            Depth = Depth.Substantive,
            Exchanges =
            [
                new(ExchangeKind.Introduction, ExchangeDirection.IGave, "Intro to our CTO", ContactId: marc),
                new(ExchangeKind.Information, ExchangeDirection.TheyGave, "Tender calendar"),
            ],
        }, Ct);

        var stored = await Interactions.FindAsync(_owner, logged.Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(when, stored.OccurredAt);
        Assert.Equal((InteractionKind.Lunch, Initiator.Me, Depth.Substantive), (stored.Kind, stored.InitiatedBy, stored.Depth));
        Assert.Equal("Lunch about the drone project", stored.Summary);
        Assert.Equal(["Hélène Dupont", "Marc Leroy"], stored.Participants.Select(p => p.Name));
        Assert.Equal([helene, marc], stored.Participants.Select(p => p.ContactId));
        var intro = Assert.Single(stored.Exchanges, e => e.Kind == ExchangeKind.Introduction);
        Assert.Equal((marc, ExchangeDirection.IGave, "Intro to our CTO", ExchangeOutcome.Pending), (intro.ContactId, intro.Direction, intro.What, intro.Outcome));
        // An exchange without a person is with the first participant.
        Assert.Equal(helene, Assert.Single(stored.Exchanges, e => e.Kind == ExchangeKind.Information).ContactId);
    }

    [Fact]
    public async Task The_time_defaults_to_now()
    {
        var (helene, _) = await TwoContactsAsync();
        Clock.Advance(TimeSpan.FromMinutes(42));

        var logged = await Interactions.LogAsync(_owner, new() { ParticipantIds = [helene], Kind = InteractionKind.Call }, Ct);

        Assert.Equal(Start.AddMinutes(42), logged.OccurredAt);
        Assert.Equal(Start.AddMinutes(42), (await Interactions.FindAsync(_owner, logged.Id, Ct))!.OccurredAt);
    }

    [Fact]
    public async Task A_future_time_is_refused_and_nothing_is_saved()
    {
        var (helene, _) = await TwoContactsAsync();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Interactions.LogAsync(_owner, new()
        {
            ParticipantIds = [helene],
            Kind = InteractionKind.Coffee,
            OccurredAt = Start.AddHours(1),
        }, Ct));

        Assert.Contains(error.Errors, e => e is { Field: "OccurredAt", Code: "date_in_future" });
        Assert.Equal(0, (await Interactions.ListAsync(_owner, new(), Ct)).Total);

        // A phone's clock a couple of minutes ahead is still "now".
        var logged = await Interactions.LogAsync(_owner, new() { ParticipantIds = [helene], Kind = InteractionKind.Coffee, OccurredAt = Start.AddMinutes(2) }, Ct);
        Assert.Equal(Start.AddMinutes(2), logged.OccurredAt);
    }

    [Fact]
    public async Task An_unknown_participant_is_refused_and_nothing_is_saved()
    {
        var (helene, _) = await TwoContactsAsync();

        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => Interactions.LogAsync(_owner, new()
        {
            ParticipantIds = [helene, Guid.CreateVersion7()],
            Kind = InteractionKind.Meeting,
        }, Ct));
        Assert.Contains(unknown.Errors, e => e is { Field: "ParticipantIds", Code: "contact_unknown" });

        var nobody = await Assert.ThrowsAsync<InvalidInputException>(() => Interactions.LogAsync(_owner, new() { Kind = InteractionKind.Meeting }, Ct));
        Assert.Contains(nobody.Errors, e => e is { Field: "ParticipantIds", Code: "participant_required" });

        var outsider = await Assert.ThrowsAsync<InvalidInputException>(() => Interactions.LogAsync(_owner, new()
        {
            ParticipantIds = [helene],
            Kind = InteractionKind.Meeting,
            Exchanges = [new(ExchangeKind.Favour, ExchangeDirection.TheyAsked, ContactId: Guid.CreateVersion7())],
        }, Ct));
        Assert.Contains(outsider.Errors, e => e is { Field: "Exchanges[0].ContactId", Code: "not_a_participant" });

        Assert.Equal(0, (await Interactions.ListAsync(_owner, new(), Ct)).Total);
        await using var db = Db();
        Assert.Equal(0, await db.Exchanges.CountAsync(e => e.OwnerId == _owner, Ct));
    }

    [Fact]
    public async Task Lists_a_contacts_interactions_newest_first()
    {
        var (helene, marc) = await TwoContactsAsync();
        var both = await Interactions.LogAsync(_owner, new() { ParticipantIds = [helene, marc], Kind = InteractionKind.Event, OccurredAt = Start.AddDays(-10) }, Ct);
        var heleneOnly = await Interactions.LogAsync(_owner, new() { ParticipantIds = [helene], Kind = InteractionKind.Call, OccurredAt = Start.AddDays(-1) }, Ct);
        var marcOnly = await Interactions.LogAsync(_owner, new() { ParticipantIds = [marc], Kind = InteractionKind.Email, OccurredAt = Start.AddDays(-3) }, Ct);

        var ofHelene = await Interactions.ListAsync(_owner, new() { ContactId = helene }, Ct);
        Assert.Equal([heleneOnly.Id, both.Id], ofHelene.Items.Select(i => i.Id));
        Assert.Equal(2, ofHelene.Total);
        Assert.Equal([marcOnly.Id, both.Id], (await Interactions.ListAsync(_owner, new() { ContactId = marc }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([heleneOnly.Id, marcOnly.Id, both.Id], (await Interactions.ListAsync(_owner, new(), Ct)).Items.Select(i => i.Id));
        Assert.Equal([marcOnly.Id], (await Interactions.ListAsync(_owner, new() { Kind = InteractionKind.Email }, Ct)).Items.Select(i => i.Id));

        // The contacts list shows when each person was last seen.
        var summaries = (await Contacts.ListAsync(_owner, new(), Ct)).Items.ToDictionary(c => c.Id);
        Assert.Equal(Start.AddDays(-1), summaries[helene].LastInteractionAt);
        Assert.Equal(Start.AddDays(-3), summaries[marc].LastInteractionAt);
    }

    [Fact]
    public async Task Searches_summaries_and_pages()
    {
        var (helene, _) = await TwoContactsAsync();
        for (var i = 0; i < 5; i++)
        {
            await Interactions.LogAsync(_owner, new()
            {
                ParticipantIds = [helene],
                Kind = InteractionKind.Message,
                OccurredAt = Start.AddDays(-i),
                Summary = i % 2 == 0 ? $"Talked about the Drone tender #{i}" : "Small talk",
            }, Ct);
        }

        var drones = await Interactions.ListAsync(_owner, new() { Search = "drone", PageSize = 2 }, Ct);
        Assert.Equal((3, 2, 2), (drones.Total, drones.Items.Count, drones.Pages));
        var second = await Interactions.ListAsync(_owner, new() { Search = "drone", PageSize = 2, Page = 2 }, Ct);
        Assert.Equal("Talked about the Drone tender #4", Assert.Single(second.Items).Summary);
    }

    [Fact]
    public async Task Update_replaces_participants_and_exchanges()
    {
        var (helene, marc) = await TwoContactsAsync();
        var logged = await Interactions.LogAsync(_owner, new()
        {
            ParticipantIds = [helene],
            Kind = InteractionKind.Coffee,
            OccurredAt = Start.AddDays(-1),
            Exchanges = [new(ExchangeKind.Support, ExchangeDirection.IGave)],
        }, Ct);

        await Interactions.UpdateAsync(_owner, logged.Id, new()
        {
            ParticipantIds = [marc],
            Kind = InteractionKind.Lunch,
            Exchanges = [new(ExchangeKind.Resource, ExchangeDirection.TheyGave, "A book")],
        }, Ct);

        var stored = (await Interactions.FindAsync(_owner, logged.Id, Ct))!;
        Assert.Equal(Start.AddDays(-1), stored.OccurredAt);
        Assert.Equal(InteractionKind.Lunch, stored.Kind);
        Assert.Equal([marc], stored.Participants.Select(p => p.ContactId));
        Assert.Equal([(marc, ExchangeKind.Resource)], stored.Exchanges.Select(e => (e.ContactId, e.Kind)));
        Assert.Empty((await Interactions.ListAsync(_owner, new() { ContactId = helene }, Ct)).Items);
    }

    [Fact]
    public async Task Delete_removes_the_interaction_with_its_participants_and_exchanges()
    {
        var (helene, marc) = await TwoContactsAsync();
        var logged = await Interactions.LogAsync(_owner, new()
        {
            ParticipantIds = [helene, marc],
            Kind = InteractionKind.Meeting,
            Exchanges = [new(ExchangeKind.Expertise, ExchangeDirection.IGave)],
        }, Ct);

        await Interactions.DeleteAsync(_owner, logged.Id, Ct);

        Assert.Null(await Interactions.FindAsync(_owner, logged.Id, Ct));
        await using (var db = Db())
        {
            Assert.Equal(0, await db.InteractionParticipants.CountAsync(p => p.InteractionId == logged.Id, Ct));
            Assert.Equal(0, await db.Exchanges.CountAsync(e => e.InteractionId == logged.Id, Ct));
        }

        Assert.Equal(2, (await Contacts.ListAsync(_owner, new(), Ct)).Total);
        await Assert.ThrowsAsync<NotFoundException>(() => Interactions.DeleteAsync(_owner, logged.Id, Ct));
    }
}

public sealed class InteractionServiceTestsOnSqlite(SqliteDatabase db) : InteractionServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class InteractionServiceTestsOnPostgres(PostgresDatabase db) : InteractionServiceTests(db), IClassFixture<PostgresDatabase>;
