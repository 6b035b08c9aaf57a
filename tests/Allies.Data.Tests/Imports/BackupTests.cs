using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Allies.Core.Imports;
using Allies.Data.Demo;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Imports;

public abstract partial class BackupTests(TestDatabase database) : DataTest(database)
{
    [Fact]
    public async Task A_demo_account_restored_into_an_empty_account_exports_the_same_document()
    {
        var demo = await Service<DemoNetwork>().CreateAsync(new DemoOptions(Contacts: 60, Seed: 7, Email: $"demo-{Guid.NewGuid():N}@allies.local"), null, Ct);
        var owner = demo.OwnerId;
        await Settings.SaveAsync(owner, s => s.OwnEmails = ["me@demo.example"], Ct);
        using var files = new ImportFiles();
        var csv = files.Write("dupes.csv", "First Name,Last Name,E-mail Address\nAda,Lovelace,ada@one.example\nAda,Lovelace,ada@two.example\n");
        await Service<ImportService>().ImportAsync(owner, ImportKind.Outlook, csv, null, null, Ct);
        // Report lines with their problem codes and values, and a failed run with its error's code.
        await Service<ImportService>().ImportAsync(owner, ImportKind.VCard, files.Write("odd.vcf", "BEGIN:VCARD\r\nFN:Bob\r\nEMAIL:bob(at)example.org\r\nno colon\r\nEND:VCARD\r\n"), null, null, Ct);
        var binary = files.Write("photo.vcf", "");
        await File.WriteAllBytesAsync(binary, [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0], Ct);
        await Service<ImportService>().ImportAsync(owner, ImportKind.VCard, binary, null, null, Ct);
        var first = await Service<BackupService>().ExportAsync(owner, Ct);

        var copy = NewOwner();
        using var stream = new MemoryStream();
        await using (var w = new System.Text.Json.Utf8JsonWriter(stream))
        {
            first.WriteTo(w);
        }

        stream.Position = 0;
        var rows = await Service<BackupService>().RestoreAsync(copy, stream, Ct);
        var second = await Service<BackupService>().ExportAsync(copy, Ct);

        Assert.True(rows > 300, $"{rows} rows");
        Assert.Equal(Normalized(first), Normalized(second));
        var tables = first["tables"]!.AsObject();
        foreach (var name in new[] { "Contact", "ContactEmail", "Interaction", "InteractionParticipant", "ContactLink", "ImportRun", "DuplicateCandidate", "OwnerSettings" })
        {
            Assert.True(tables[name]!.AsArray().Count > 0, $"{name} is empty in the demo backup");
        }

        var items = tables["ImportReportItem"]!.AsArray();
        Assert.Contains(items, i => i!["code"]?.GetValue<string>() == "not_vcard_property" && i["args"]![0]!.GetValue<string>() == "no colon");
        Assert.Contains(tables["ImportRun"]!.AsArray(), r => r!["errorCode"]?.GetValue<string>() == "not_text" && r["status"]!.GetValue<string>() == "Failed");

        await using var db = Db();
        Assert.Equal(await db.Contacts.CountAsync(c => c.OwnerId == owner, Ct), await db.Contacts.CountAsync(c => c.OwnerId == copy, Ct));
        Assert.Equal(["no colon"], (await db.ImportReportItems.SingleAsync(i => i.OwnerId == copy && i.Code == "not_vcard_property", Ct)).Args);
    }

    [Fact]
    public async Task Restore_refuses_an_account_that_is_not_empty_and_a_file_that_is_not_a_backup()
    {
        var owner = NewOwner();
        await Contacts.CreateAsync(owner, People.Named("Already", "There"), Ct);

        var notEmpty = await Assert.ThrowsAsync<Core.InvalidInputException>(() => Service<BackupService>().RestoreAsync(owner,
            new MemoryStream("""{"format":"allies-backup","version":1,"tables":{}}"""u8.ToArray()), Ct));
        var notJson = await Assert.ThrowsAsync<Core.InvalidInputException>(() => Service<BackupService>().RestoreAsync(NewOwner(),
            new MemoryStream("BEGIN:VCARD"u8.ToArray()), Ct));
        var future = await Assert.ThrowsAsync<Core.InvalidInputException>(() => Service<BackupService>().RestoreAsync(NewOwner(),
            new MemoryStream("""{"format":"allies-backup","version":99,"tables":{}}"""u8.ToArray()), Ct));

        Assert.Contains("empty account", notEmpty.Errors[0].Message);
        Assert.Contains("not JSON", notJson.Errors[0].Message);
        Assert.Contains("version 99", future.Errors[0].Message);
    }

    [Fact]
    public async Task A_new_account_that_has_only_been_looked_at_takes_a_backup()
    {
        var owner = NewOwner();
        await Contacts.CreateAsync(owner, People.Named("Ada", "Lovelace"), Ct);
        await Service<Data.Agenda.TieStates>().RefreshAsync(owner, Ct);
        var backup = await Service<BackupService>().ExportAsync(owner, Ct);

        // A new account: its settings saved, and its first page (the dashboard) folded its ties, which writes the
        // tie cache's watermark before it owns anything.
        var copy = NewOwner();
        await Settings.SaveAsync(copy, s => s.Language = "fr", Ct);
        await Service<Data.Agenda.TieStates>().RefreshAsync(copy, Ct);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(backup.ToJsonString()));
        await Service<BackupService>().RestoreAsync(copy, stream, Ct);

        Assert.Equal(Normalized(backup), Normalized(await Service<BackupService>().ExportAsync(copy, Ct)));
    }

    [Fact]
    public async Task Restore_refusals_name_what_is_in_the_way_in_words()
    {
        var owner = NewOwner();
        await Contacts.CreateAsync(owner, People.Named("Already", "There"), Ct);
        await Contacts.CreateAsync(owner, People.Named("Also", "There"), Ct);

        var notEmpty = await Assert.ThrowsAsync<Core.InvalidInputException>(() => Service<BackupService>().RestoreAsync(owner,
            new MemoryStream("""{"format":"allies-backup","version":1,"tables":{}}"""u8.ToArray()), Ct));
        var notJson = await Assert.ThrowsAsync<Core.InvalidInputException>(() => Service<BackupService>().RestoreAsync(NewOwner(),
            new MemoryStream("First Name,Last Name\nAda,Lovelace\n"u8.ToArray()), Ct));

        Assert.Equal("A backup is restored into an empty account only (a new one); this one already holds 2 contacts.", notEmpty.Errors[0].Message);
        Assert.Equal("The file is not an Allies backup: it is not JSON (line 1, position 1).", notJson.Errors[0].Message);
    }

    /// <summary>Ids replaced by their order of first appearance: restored ids are new, the document is the same.</summary>
    static string Normalized(JsonObject doc)
    {
        var text = doc.ToJsonString();
        var seen = new Dictionary<string, int>();
        return GuidPattern().Replace(text, m =>
        {
            if (!seen.TryGetValue(m.Value, out var n))
            {
                seen[m.Value] = n = seen.Count;
            }

            return $"id-{n}";
        });
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();
}

public sealed class BackupTestsOnSqlite(SqliteDatabase db) : BackupTests(db), IClassFixture<SqliteDatabase>;

public sealed class BackupTestsOnPostgres(PostgresDatabase db) : BackupTests(db), IClassFixture<PostgresDatabase>;
