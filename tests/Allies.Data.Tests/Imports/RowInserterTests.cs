using System.Data.Common;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Imports;

/// <summary>
/// The importer's fast insert stores a row exactly as SaveChanges stores it: every column, value for value and type for
/// type, read back raw (enums as their names, dates as the provider stores them, nulls as nulls).
/// </summary>
public abstract class RowInserterTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    Interaction Sample(string externalId, bool full) => new()
    {
        OwnerId = _owner,
        OccurredAt = new DateTimeOffset(2025, 6, 1, 9, 30, 15, 250, TimeSpan.Zero),
        Kind = InteractionKind.Email,
        InitiatedBy = Initiator.Them,
        Summary = full ? "Déjeuner à l'Élysée — 東京" : null,
        Depth = Depth.Personal,
        Source = InteractionSource.Mbox,
        ExternalId = externalId,
        CreatedAt = Start,
        Reply = full ? ReplyStatus.Declined : null,
        RepliedAt = full ? Start.AddDays(2) : null,
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_row_inserted_in_bulk_is_stored_as_SaveChanges_stores_it(bool full)
    {
        var tracked = Sample("tracked@example.org", full);
        var bulk = Sample("bulk@example.org", full);
        await using (var db = Db())
        {
            db.Interactions.Add(tracked);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = Db())
        {
            await using var inserter = new RowInserter<Interaction>(db);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await inserter.InsertAsync([bulk], Ct);
            await transaction.CommitAsync(Ct);
        }

        var stored = await RawRowsAsync<Interaction>(tracked.Id, bulk.Id);
        AssertSameColumns(stored, tracked.Id, bulk.Id, "ExternalId");
        Assert.Equal(full ? 0 : 3, stored[tracked.Id].Values.Count(v => v is DBNull));
    }

    static void AssertSameColumns(Dictionary<Guid, Dictionary<string, object>> stored, Guid tracked, Guid bulk, params string[] differing)
    {
        var (a, b) = (stored[tracked], stored[bulk]);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var column in a.Keys.Where(c => c != "Id" && !differing.Contains(c)))
        {
            var same = a[column] is Array array && b[column] is Array other
                ? array.Cast<object>().SequenceEqual(other.Cast<object>())
                : Equals(a[column], b[column]);
            Assert.True(same && a[column].GetType() == b[column].GetType(),
                $"{column}: SaveChanges stored {a[column]} ({a[column].GetType().Name}), the bulk insert {b[column]} ({b[column].GetType().Name})");
        }
    }

    [Fact]
    public async Task A_link_inserted_in_bulk_is_stored_as_SaveChanges_stores_it()
    {
        var ada = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ada" }, Ct);
        var bob = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Bob" }, Ct);
        var cat = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Cat" }, Ct);
        ContactLink Link(Contact to) => new() { OwnerId = _owner, FromContactId = ada.Id, ToContactId = to.Id, Kind = LinkKind.Colleague, Strength = 0.37, Source = LinkSource.Mail, Evidence = 4 };
        var (tracked, bulk) = (Link(bob), Link(cat));
        await using (var db = Db())
        {
            db.ContactLinks.Add(tracked);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = Db())
        {
            await using var inserter = new RowInserter<ContactLink>(db);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await inserter.InsertAsync([bulk], Ct);
            await transaction.CommitAsync(Ct);
        }

        AssertSameColumns(await RawRowsAsync<ContactLink>(tracked.Id, bulk.Id), tracked.Id, bulk.Id, "ToContactId");
    }

    [Fact]
    public async Task A_contact_and_its_rows_inserted_in_bulk_are_stored_as_SaveChanges_stores_them()
    {
        var ada = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ada" }, Ct);
        Contact Person(string externalId)
        {
            var c = new Contact
            {
                OwnerId = _owner,
                FirstName = "Élodie",
                LastName = "Brontë",
                Company = "Globex",
                Role = "CTO",
                Industry = "Software",
                Function = "Engineering",
                Location = "Lyon",
                Channel = Channel.Event,
                HowMet = "At a meetup",
                WhereMet = "Lyon",
                MetOn = new DateOnly(2024, 3, 9),
                IntroducedById = ada.Id,
                Interests = ["kitesurf", "東京"],
                Needs = "Hiring",
                Offers = "Advice",
                PersonalDetail = "Two cats",
                Birthday = new DateOnly(1980, 2, 29),
                Notes = "Line one\nline two",
                LinkedInUrl = "https://www.linkedin.com/in/elodie",
                Website = "https://elodie.example",
                ExternalId = externalId,
                PinnedCircle = Circle.Extended,
                CadenceDays = 45,
                Phase = Phase.Developing,
                CreatedAt = Start,
                UpdatedAt = Start.AddMinutes(5),
                ArchivedAt = Start.AddDays(1),
            };
            c.Emails.Add(new ContactEmail { ContactId = c.Id, Address = $"{externalId}@example.org", Label = "work", Position = 0 });
            c.Phones.Add(new ContactPhone { ContactId = c.Id, Number = "+33612345678", Label = "cell", Position = 0 });
            c.Tags.Add(new ContactTag { ContactId = c.Id, OwnerId = _owner, Name = "mentor" });
            c.Reindex();
            return c;
        }

        var (tracked, bulk) = (Person("tracked"), Person("bulk"));
        await using (var db = Db())
        {
            db.Contacts.Add(tracked);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = Db())
        {
            await using var contacts = new RowInserter<Contact>(db);
            await using var emails = new RowInserter<ContactEmail>(db);
            await using var phones = new RowInserter<ContactPhone>(db);
            await using var tags = new RowInserter<ContactTag>(db);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await contacts.InsertAsync([bulk], Ct);
            await emails.InsertAsync(bulk.Emails, Ct);
            await phones.InsertAsync(bulk.Phones, Ct);
            await tags.InsertAsync(bulk.Tags, Ct);
            await transaction.CommitAsync(Ct);
        }

        var stored = await RawRowsAsync<Contact>(tracked.Id, bulk.Id);
        AssertSameColumns(stored, tracked.Id, bulk.Id, "ExternalId", "SearchText");
        Assert.DoesNotContain(stored[tracked.Id].Values, v => v is DBNull);
        AssertSameColumns(await RawRowsAsync<ContactEmail>(tracked.Emails[0].Id, bulk.Emails[0].Id), tracked.Emails[0].Id, bulk.Emails[0].Id, "ContactId", "Address");
        AssertSameColumns(await RawRowsAsync<ContactPhone>(tracked.Phones[0].Id, bulk.Phones[0].Id), tracked.Phones[0].Id, bulk.Phones[0].Id, "ContactId");
        await using var read = Db();
        var back = await read.Contacts.AsNoTracking().Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags)
            .SingleAsync(c => c.Id == bulk.Id, Ct);
        Assert.Equal((bulk.Birthday, bulk.MetOn, bulk.Channel, bulk.Phase, bulk.CreatedAt, bulk.ArchivedAt), (back.Birthday, back.MetOn, back.Channel, back.Phase, back.CreatedAt, back.ArchivedAt));
        Assert.Equal(bulk.Interests, back.Interests);
        Assert.Equal(["bulk@example.org", "+33612345678", "mentor"], [back.Emails.Single().Address, back.Phones.Single().Number, back.Tags.Single().Name]);
    }

    [Fact]
    public async Task Rows_belong_to_the_transaction_they_were_inserted_in()
    {
        await using (var db = Db())
        {
            await using var inserter = new RowInserter<Interaction>(db);
            await using (var kept = await db.Database.BeginTransactionAsync(Ct))
            {
                await inserter.InsertAsync([Sample("kept@example.org", true)], Ct);
                await kept.CommitAsync(Ct);
            }

            await using var dropped = await db.Database.BeginTransactionAsync(Ct);
            await inserter.InsertAsync([Sample("dropped@example.org", true)], Ct);
            await dropped.RollbackAsync(Ct);
        }

        await using var read = Db();
        Assert.Equal(["kept@example.org"], await read.Interactions.Where(i => i.OwnerId == _owner).Select(i => i.ExternalId).ToListAsync(Ct));
    }

    [Fact]
    public async Task Rows_go_in_only_inside_a_transaction()
    {
        await using var db = Db();
        await using var inserter = new RowInserter<Interaction>(db);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => inserter.InsertAsync([Sample("x@example.org", true)], Ct));

        Assert.Contains("transaction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_rows_go_in_across_statements_and_read_back_through_the_model()
    {
        var rows = Enumerable.Range(0, 1234).Select(i => Sample($"m{i}@example.org", i % 2 == 0)).ToList();
        await using (var db = Db())
        {
            await using var inserter = new RowInserter<Interaction>(db);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await inserter.InsertAsync(rows[..1000], Ct);
            await inserter.InsertAsync(rows[1000..], Ct);
            await transaction.CommitAsync(Ct);
        }

        await using var read = Db();
        var back = await read.Interactions.Where(i => i.OwnerId == _owner).ToDictionaryAsync(i => i.Id, Ct);
        Assert.Equal(rows.Count, back.Count);
        foreach (var row in rows)
        {
            var stored = back[row.Id];
            Assert.Equal((row.ExternalId, row.Summary, row.Reply, row.RepliedAt, row.OccurredAt), (stored.ExternalId, stored.Summary, stored.Reply, stored.RepliedAt, stored.OccurredAt));
        }
    }

    async Task<Dictionary<Guid, Dictionary<string, object>>> RawRowsAsync<T>(params Guid[] ids)
    {
        await using var db = Db();
        var type = db.Model.FindEntityType(typeof(T))!;
        var idColumn = type.FindProperty("Id")!.GetColumnName();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{type.GetTableName()}\"";
        var rows = new Dictionary<Guid, Dictionary<string, object>>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
            var id = row[idColumn] is Guid g ? g : Guid.Parse((string)row[idColumn]);
            if (ids.Contains(id))
            {
                rows[id] = row;
            }
        }

        return rows;
    }
}

public sealed class RowInserterTestsOnSqlite(SqliteDatabase db) : RowInserterTests(db), IClassFixture<SqliteDatabase>;

public sealed class RowInserterTestsOnPostgres(PostgresDatabase db) : RowInserterTests(db), IClassFixture<PostgresDatabase>;
