using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Imports;

/// <summary>LinkedIn's messages.csv: messages with contacts become message interactions, mine or theirs, once.</summary>
public abstract class LinkedInMessagesImportTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();
    readonly ImportFiles _files = new();

    // The layout of LinkedIn's export (2023–2026): one row per message, profile addresses beside the names.
    const string Messages = """
        CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT
        2-c1,,Camille Owner,https://www.linkedin.com/in/camille-owner,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,2026-08-01 09:00:00 UTC,,"Hi Ada, would you have 20 minutes
        next week?",INBOX,,false
        2-c1,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Camille Owner,https://www.linkedin.com/in/camille-owner,2026-08-02 10:30:00 UTC,,"Gladly, Tuesday?",INBOX,,false
        2-c2,,Grace Hopper,https://www.linkedin.com/in/grace-hopper-1906,Camille Owner,https://www.linkedin.com/in/camille-owner,2026-09-10 08:00:00 UTC,Your talk,Loved your talk,INBOX,,false
        2-c2,,Camille Owner,https://www.linkedin.com/in/camille-owner,Grace Hopper,https://www.linkedin.com/in/grace-hopper-1906,2026-09-11 08:00:00 UTC,,Draft reply,DRAFTS,,true
        2-c3,,Camille Owner,https://www.linkedin.com/in/camille-owner,Unknown Recruiter,https://www.linkedin.com/in/recruiter-42,2026-09-12 08:00:00 UTC,,No thanks,INBOX,,false
        2-c4,,Camille Owner,https://www.linkedin.com/in/camille-owner,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,not a date,,Oops,INBOX,,false

        """;

    ImportService Imports => Service<ImportService>();

    async Task<(Guid Ada, Guid Grace)> ContactsAsync()
    {
        // Ada came from Connections.csv (her LinkedIn address is known); Grace was typed by hand, with her name only.
        var ada = await Contacts.CreateAsync(_owner, People.Named("Ada", "Lovelace") with { LinkedInUrl = "https://linkedin.com/in/ada-lovelace/" }, Ct);
        var grace = await Contacts.CreateAsync(_owner, People.Named("Grace", "Hopper"), Ct);
        return (ada.Id, grace.Id);
    }

    async Task<List<Interaction>> ImportedAsync()
    {
        await using var db = Db();
        return await db.Interactions.AsNoTracking().Include(i => i.Participants)
            .Where(i => i.OwnerId == _owner && i.Source == InteractionSource.LinkedIn).OrderBy(i => i.OccurredAt).ToListAsync(Ct);
    }

    [Fact]
    public async Task Messages_with_contacts_become_interactions_mine_or_theirs_and_a_second_run_adds_nothing()
    {
        var (ada, grace) = await ContactsAsync();
        var path = _files.Write("messages.csv", Messages);

        var run = await Imports.ImportAsync(_owner, ImportKind.LinkedInMessages, path, ct: Ct);

        Assert.Equal(ImportStatus.Done, run.Status);
        Assert.Equal((5, 3, 2, 1), (run.Read, run.Added, run.Skipped, run.Problems));  // skipped: the draft, the stranger
        var imported = await ImportedAsync();
        Assert.Equal(
            [(ada, Initiator.Me, (string?)null), (ada, Initiator.Them, null), (grace, Initiator.Them, "Your talk")],
            imported.Select(i => (Assert.Single(i.Participants).ContactId, i.InitiatedBy, i.Summary)));
        Assert.All(imported, i => Assert.Equal(InteractionKind.Message, i.Kind));
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero), imported[0].OccurredAt);

        var report = await Imports.ReportAsync(_owner, run.Id, Ct);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("messages.csv", 8L), (problem.File, problem.Line));
        Assert.Contains("'not a date'", problem.Text, StringComparison.Ordinal);

        var again = await Imports.ImportAsync(_owner, ImportKind.LinkedInMessages, path, ct: Ct);
        Assert.Equal((5, 0), (again.Read, again.Added));
        Assert.Equal(3, (await ImportedAsync()).Count);
    }

    [Fact]
    public async Task A_messages_file_given_as_linkedin_connections_is_recognised_and_imported_as_messages()
    {
        await ContactsAsync();
        var run = await Imports.ImportAsync(_owner, ImportKind.LinkedIn, _files.Write("messages.csv", Messages), ct: Ct);
        Assert.Equal((ImportStatus.Done, 3), (run.Status, run.Added));
        Assert.Equal(2, await CountContactsAsync());  // no contact was made of a message row
    }

    [Fact]
    public async Task In_an_unzipped_export_folder_only_the_messages_file_is_read()
    {
        await ContactsAsync();
        _files.Write("export/Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAlan,Turing,https://www.linkedin.com/in/alan,,NPL,Mathematician,02 Mar 2026\n");
        var messages = _files.Write("export/messages.csv", Messages);
        var run = await Imports.ImportAsync(_owner, ImportKind.LinkedInMessages, Path.GetDirectoryName(messages)!, ct: Ct);
        Assert.Equal((5, 3), (run.Read, run.Added));
    }

    [Fact]
    public async Task A_file_that_is_not_a_messages_export_says_so_and_adds_nothing()
    {
        await ContactsAsync();
        var run = await Imports.ImportAsync(_owner, ImportKind.LinkedInMessages,
            _files.Write("Connections.csv", "First Name,Last Name,URL\nAlan,Turing,https://www.linkedin.com/in/alan\n"), ct: Ct);
        Assert.Equal((0, 1), (run.Added, run.Problems));
        var problem = Assert.Single((await Imports.ReportAsync(_owner, run.Id, Ct)).Problems);
        Assert.Contains("not a LinkedIn messages export", problem.Text, StringComparison.Ordinal);
        Assert.Empty(await ImportedAsync());
    }

    async Task<int> CountContactsAsync()
    {
        await using var db = Db();
        return await db.Contacts.CountAsync(c => c.OwnerId == _owner, Ct);
    }
}

public sealed class LinkedInMessagesImportTestsOnSqlite(SqliteDatabase db) : LinkedInMessagesImportTests(db), IClassFixture<SqliteDatabase>;

public sealed class LinkedInMessagesImportTestsOnPostgres(PostgresDatabase db) : LinkedInMessagesImportTests(db), IClassFixture<PostgresDatabase>;
