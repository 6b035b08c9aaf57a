using Allies.Core.Interactions;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Interactions;

/// <summary>
/// Instants typed in different time zones compare as instants on both databases
/// (SQLite stores DateTimeOffset through a converter; PostgreSQL only takes UTC).
/// </summary>
public abstract class InstantOrderingTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    // In UTC: tokyo 00:00, london 01:00, newYork 01:30 on 10 March. Their local clock times sort the other way.
    static readonly DateTimeOffset Tokyo = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(9));
    static readonly DateTimeOffset London = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset NewYork = new(2026, 3, 9, 20, 30, 0, TimeSpan.FromHours(-5));

    async Task<Dictionary<string, Guid>> LogAsync()
    {
        var contact = (await Contacts.CreateAsync(_owner, People.Named("Hélène"), Ct)).Id;
        var ids = new Dictionary<string, Guid>();
        foreach (var (name, at) in new[] { ("Tokyo", Tokyo), ("NewYork", NewYork), ("London", London) })
        {
            ids[name] = (await Interactions.LogAsync(_owner, new() { ParticipantIds = [contact], Kind = InteractionKind.Call, OccurredAt = at, Summary = name }, Ct)).Id;
        }

        return ids;
    }

    [Fact]
    public async Task Interactions_are_stored_as_instants_and_listed_newest_first()
    {
        await LogAsync();
        var listed = (await Interactions.ListAsync(_owner, new(), Ct)).Items;

        Assert.Equal(["NewYork", "London", "Tokyo"], listed.Select(i => i.Summary));
        Assert.Equal([NewYork, London, Tokyo], listed.Select(i => i.OccurredAt));
        Assert.All(listed, i => Assert.Equal(TimeSpan.Zero, i.OccurredAt.Offset));
    }

    [Fact]
    public async Task A_period_given_in_another_time_zone_selects_by_instant()
    {
        await LogAsync();
        var from = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.FromHours(1)); // 01:00 UTC
        var to = new DateTimeOffset(2026, 3, 9, 20, 15, 0, TimeSpan.FromHours(-5)); // 01:15 UTC

        var listed = await Interactions.ListAsync(_owner, new() { From = from, To = to }, Ct);

        Assert.Equal(["London"], listed.Items.Select(i => i.Summary));
    }

    [Fact]
    public async Task Contacts_sort_by_creation_and_last_interaction_instants()
    {
        var first = await Contacts.CreateAsync(_owner, People.Named("First"), Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Contacts.CreateAsync(_owner, People.Named("Second"), Ct);
        Clock.Advance(TimeSpan.FromDays(400));
        var third = await Contacts.CreateAsync(_owner, People.Named("Third"), Ct);

        var listed = await Contacts.ListAsync(_owner, new() { Sort = Allies.Data.Contacts.ContactSort.Created }, Ct);
        Assert.Equal([third.Id, second.Id, first.Id], listed.Items.Select(c => c.Id));

        await Interactions.LogAsync(_owner, new() { ParticipantIds = [first.Id], Kind = InteractionKind.Call, OccurredAt = NewYork }, Ct);
        await Interactions.LogAsync(_owner, new() { ParticipantIds = [first.Id], Kind = InteractionKind.Call, OccurredAt = Tokyo }, Ct);
        var summary = (await Contacts.ListAsync(_owner, new(), Ct)).Items.Single(c => c.Id == first.Id);
        Assert.Equal(NewYork, summary.LastInteractionAt);
    }
}

public sealed class InstantOrderingTestsOnSqlite(SqliteDatabase db) : InstantOrderingTests(db), IClassFixture<SqliteDatabase>;

public sealed class InstantOrderingTestsOnPostgres(PostgresDatabase db) : InstantOrderingTests(db), IClassFixture<PostgresDatabase>;
