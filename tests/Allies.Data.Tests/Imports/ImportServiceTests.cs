using System.Diagnostics;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Data.Tests.Imports;

public abstract class ImportServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();
    readonly ImportFiles _files = new();

    ImportService Imports => Service<ImportService>();

    DuplicateService Duplicates => Service<DuplicateService>();

    Task<ImportRun> ImportAsync(ImportKind kind, string path, int batch = ImportService.DefaultBatchSize, Action<ImportRun, double>? progress = null,
        CancellationToken? ct = null, int perCommit = ImportService.DefaultBatchesPerCommit)
    {
        var service = Imports;
        service.BatchSize = batch;
        service.BatchesPerCommit = perCommit;
        return service.ImportAsync(_owner, kind, path, null, progress, ct ?? Ct);
    }

    async Task<int> CountAsync<T>()
        where T : class, Core.IOwned
    {
        await using var db = Db();
        return await db.Set<T>().CountAsync(x => x.OwnerId == _owner, Ct);
    }

    [Fact]
    public async Task A_second_import_of_the_same_cards_adds_and_changes_nothing()
    {
        var first = await ImportAsync(ImportKind.VCard, ImportFiles.Corpus("vcard"));
        var contacts = await CountAsync<Contact>();
        var second = await ImportAsync(ImportKind.VCard, ImportFiles.Corpus("vcard"));

        Assert.Equal(ImportStatus.Done, first.Status);
        Assert.True(first.Added > 20, $"added {first.Added}");
        Assert.Equal(first.Read, first.Added + first.Merged + first.Skipped);
        Assert.Equal(0, second.Added);
        Assert.Equal(0, second.Merged);
        Assert.Equal(second.Read, second.Skipped);
        Assert.Equal(contacts, await CountAsync<Contact>());
    }

    [Fact]
    public async Task A_sure_match_merges_field_by_field_and_loses_no_value()
    {
        var jane = await Contacts.CreateAsync(_owner, new ContactInput
        {
            FirstName = "Jane",
            LastName = "Doe",
            Emails = ["jane@old.example"],
            Company = "Acme",
            Phones = ["+33612345678"],
        }, Ct);
        var card = _files.Write("jane.vcf", """
            BEGIN:VCARD
            VERSION:3.0
            FN:Jane Doe
            N:Doe;Jane;;;
            EMAIL:JANE@old.example
            EMAIL:jane@new.example
            TEL:+33 6 12 34 56 78
            ORG:Globex
            BDAY:1980-02-03
            NOTE:Met at the fair
            END:VCARD

            """);

        var run = await ImportAsync(ImportKind.VCard, card);
        var again = await ImportAsync(ImportKind.VCard, card);

        Assert.Equal((0, 1), (run.Added, run.Merged));
        Assert.Equal((0, 0, 1), (again.Added, again.Merged, again.Skipped));
        var merged = await Contacts.GetAsync(_owner, jane.Id, Ct);
        Assert.Equal(["jane@old.example", "jane@new.example"], merged.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Single(merged.Phones);
        Assert.Equal("Acme", merged.Company);
        Assert.Contains("Company (also): Globex", merged.Notes);
        Assert.Contains("Met at the fair", merged.Notes);
        Assert.Equal(new DateOnly(1980, 2, 3), merged.Birthday);
        Assert.Equal(1, await CountAsync<Contact>());
    }

    [Fact]
    public async Task The_same_name_alone_goes_to_the_review_and_merging_moves_everything()
    {
        var a = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Paul", LastName = "Martin", Emails = ["paul@a.example"], Tags = ["golf"] }, Ct);
        var friend = await Contacts.CreateAsync(_owner, People.Named("Zoé", "Friend"), Ct);
        var csv = _files.Write("google.csv", "Name,Given Name,Family Name,E-mail 1 - Value,Organization 1 - Name\nPaul Martin,Paul,Martin,paul@b.example,Initech\n");

        var run = await ImportAsync(ImportKind.Google, csv);
        Assert.Equal((1, 1), (run.Added, run.Duplicates));
        var pair = Assert.Single(await Duplicates.ListAsync(_owner, ct: Ct));
        Assert.Equal(a.Id, pair.ContactAId);
        Assert.Contains("same name", pair.Reason);
        // What tells the two apart is shown with them.
        Assert.Equal(["paul@a.example"], pair.ContactAEmails);
        Assert.Equal(["paul@b.example"], pair.ContactBEmails);
        Assert.Equal(("Initech", 0, 0), (pair.ContactBCompany, pair.ContactAPhones.Count, pair.ContactBPhones.Count));

        var b = pair.ContactBId;
        await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [b, friend.Id], Kind = InteractionKind.Coffee, OccurredAt = Start.AddDays(-1) }, Ct);
        await Interactions.LogAsync(_owner, new InteractionInput { ParticipantIds = [a.Id, b], Kind = InteractionKind.Call, OccurredAt = Start.AddDays(-2) }, Ct);
        await using (var db = Db())
        {
            db.ContactLinks.Add(new ContactLink { OwnerId = _owner, FromContactId = b, ToContactId = friend.Id, Evidence = 2 });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(0, (await ImportAsync(ImportKind.Google, csv)).Added);

        await Duplicates.MergeAsync(_owner, pair.Id, Ct);

        var survivor = await Contacts.GetAsync(_owner, a.Id, Ct);
        Assert.Equal(["paul@a.example", "paul@b.example"], survivor.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Equal("Initech", survivor.Company);
        Assert.Equal(["golf"], survivor.Tags.Select(t => t.Name));
        Assert.Null(await Contacts.FindAsync(_owner, b, Ct));
        await using var check = Db();
        Assert.Equal(2, await check.InteractionParticipants.CountAsync(p => p.OwnerId == _owner && p.ContactId == a.Id, Ct));
        var link = Assert.Single(await check.ContactLinks.Where(l => l.OwnerId == _owner).ToListAsync(Ct));
        Assert.Equal((a.Id, friend.Id, 2), (link.FromContactId, link.ToContactId, link.Evidence));
        Assert.Equal(DuplicateStatus.Merged, Assert.Single(await Duplicates.ListAsync(_owner, null, Ct)).Status);
        Assert.Empty(await Duplicates.ListAsync(_owner, ct: Ct));
    }

    [Fact]
    public async Task Kept_apart_pairs_are_not_proposed_again()
    {
        await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Anne", LastName = "Roy", Emails = ["anne@a.example"] }, Ct);
        var csv = _files.Write("anne.csv", "First Name,Last Name,E-mail Address\nAnne,Roy,anne@b.example\n");
        await ImportAsync(ImportKind.Outlook, csv);
        var pair = Assert.Single(await Duplicates.ListAsync(_owner, ct: Ct));

        await Duplicates.KeepApartAsync(_owner, pair.Id, Ct);
        var again = await ImportAsync(ImportKind.Outlook, csv);

        Assert.Equal((0, 0), (again.Added, again.Duplicates));
        Assert.Empty(await Duplicates.ListAsync(_owner, ct: Ct));
        Assert.Equal(DuplicateStatus.KeptApart, Assert.Single(await Duplicates.ListAsync(_owner, null, Ct)).Status);
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_file_line_and_field_and_the_rest_goes_in()
    {
        var csv = _files.Write("linkedin.csv", "First Name,Last Name,Email Address,Birthday\nAda,Lovelace,ada@example.org,\nBob,Future,bob@example.org,2099-01-01\nCy,Young,cy@example.org,\n");

        var run = await ImportAsync(ImportKind.LinkedIn, csv);
        var report = await Imports.ReportAsync(_owner, run.Id, Ct);

        Assert.Equal((3, 2, 1), (run.Read, run.Added, run.Skipped));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("linkedin.csv", 3L), (problem.File, problem.Line));
        Assert.StartsWith("Birthday:", problem.Text);
        Assert.Contains("Bob Future", problem.Text);
    }

    [Fact]
    public async Task A_linkedin_export_folder_gives_its_connections_only()
    {
        // The unzipped "Get a copy of your data" folder: contacts are in Connections.csv; the other files are not people.
        var connections = _files.Write("export/Connections.csv", "Notes:\n\"When exporting...\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
            "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Founder,14 May 2025\n");
        _files.Write("export/Invitations.csv", "From,To,Sent At,Message,Direction\nBob Martin,Ada Lovelace,\"5/1/26, 9:00 AM\",Hello,OUTGOING\n");
        _files.Write("export/Skills.csv", "Name\nNetworking\nPublic Speaking\n");
        var folder = Path.GetDirectoryName(connections)!;

        var run = await ImportAsync(ImportKind.LinkedIn, folder);
        var empty = await ImportAsync(ImportKind.LinkedIn, Path.GetDirectoryName(_files.Write("nothing/Skills.csv", "Name\nNetworking\n"))!);
        var emptyReport = await Imports.ReportAsync(_owner, empty.Id, Ct);

        Assert.Equal((1, 1, 0), (run.Read, run.Added, run.Problems));
        Assert.Equal((0, 1), (empty.Read, empty.Problems));
        Assert.Equal("The folder holds no Connections.csv (LinkedIn's export names its contacts file so).", Assert.Single(emptyReport.Problems).Text);
    }

    [Fact]
    public async Task A_program_given_as_a_csv_is_one_problem_and_adds_nobody()
    {
        var path = Path.Combine(Path.GetDirectoryName(_files.Write("placeholder.txt", ""))!, "true");
        await File.WriteAllBytesAsync(path, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, .. "\"Bob\",Martin,bob@example.org\n"u8.ToArray()], Ct);

        var run = await ImportAsync(ImportKind.Csv, path);
        var report = await Imports.ReportAsync(_owner, run.Id, Ct);

        Assert.Equal((0, 0, 1), (run.Read, run.Added, run.Problems));
        Assert.Equal(("true", (long?)null), (Assert.Single(report.Problems).File, report.Problems[0].Line));
        Assert.Equal(0, await CountAsync<Contact>());
        // The file as a whole was unreadable: the run failed, and says why as its one problem does.
        Assert.Equal((ImportStatus.Failed, "not_text", report.Problems[0].Text), (report.Run.Status, report.Run.ErrorCode, report.Run.Error));
        Assert.Equal([], report.Run.ErrorArgs!);
    }

    [Theory]
    [InlineData(ImportKind.VCard, "cards.vcf", "not_text")]
    [InlineData(ImportKind.Ics, "calendar.ics", "not_text")]
    [InlineData(ImportKind.Mbox, "mail.mbox", "mail_unparsable")]
    public async Task A_binary_file_fails_the_run_with_its_problem_as_the_reason(ImportKind kind, string name, string code)
    {
        var path = Path.Combine(Path.GetDirectoryName(_files.Write("placeholder.txt", ""))!, name);
        await File.WriteAllBytesAsync(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8.ToArray()], Ct);

        var run = await ImportAsync(kind, path);
        var report = await Imports.ReportAsync(_owner, run.Id, Ct);

        Assert.Equal((ImportStatus.Failed, 0, 1), (report.Run.Status, report.Run.Read, report.Run.Problems));
        Assert.Equal(code, report.Run.ErrorCode);
        Assert.Equal(Assert.Single(report.Problems).Text, report.Run.Error);
        Assert.Equal(code, report.Problems[0].Code);
    }

    [Fact]
    public async Task A_readable_file_with_nothing_to_import_is_done_with_its_problems_not_failed()
    {
        var headerOnly = await ImportAsync(ImportKind.Google, _files.Write("google.csv", "Name,Given Name,Family Name,E-mail 1 - Value\n"));
        var emptyMailbox = await ImportAsync(ImportKind.Mbox, _files.Write("empty.mbox", ""));
        var nobody = await ImportAsync(ImportKind.VCard, _files.Write("nobody.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:hello\r\nEND:VCARD\r\n"));
        var noEvents = await ImportAsync(ImportKind.Ics, _files.Write("empty.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"));
        var emptyCards = await ImportAsync(ImportKind.VCard, _files.Write("empty.vcf", "\r\n"));
        // One unreadable file in a folder that also held a good one: the folder was read.
        var folder = Path.GetDirectoryName(_files.Write("folder/good.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"))!;
        await File.WriteAllBytesAsync(Path.Combine(folder, "bad.vcf"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 0, 0], Ct);
        var mixed = await ImportAsync(ImportKind.VCard, folder);

        foreach (var (run, code) in new[] { (headerOnly, "header_only"), (emptyMailbox, "file_empty"), (nobody, "card_nobody"), (noEvents, "calendar_no_events"), (emptyCards, "file_empty"), (mixed, "not_text") })
        {
            var report = await Imports.ReportAsync(_owner, run.Id, Ct);
            Assert.Equal((ImportStatus.Done, (string?)null, (string?)null), (report.Run.Status, report.Run.Error, report.Run.ErrorCode));
            Assert.Equal(code, Assert.Single(report.Problems).Code);
        }

        Assert.Equal(1, mixed.Added);
    }

    [Fact]
    public async Task A_value_kept_in_the_notes_instead_of_its_field_is_reported_with_its_line()
    {
        var csv = _files.Write("outlook.csv", "First Name,Last Name,E-mail Address,Mobile Phone\nAda,Lovelace,ada@example.org,\nBob,Martin,bob(at)example.org,call me\n");

        var run = await ImportAsync(ImportKind.Outlook, csv);
        var report = await Imports.ReportAsync(_owner, run.Id, Ct);

        Assert.Equal((2, 2), (run.Read, run.Added));
        Assert.Equal(
            [("outlook.csv", 3L, "The email 'bob(at)example.org' is not an email address; it was kept in the notes."),
             ("outlook.csv", 3L, "The phone 'call me' is not a phone number; it was kept in the notes.")],
            report.Problems.Select(p => (p.File, p.Line, p.Text)).ToList());
        Assert.Equal([("email_kept", "bob(at)example.org"), ("phone_kept", "call me")], report.Problems.Select(p => (p.Code, Assert.Single(p.Args!))).ToList());
        await using var db = Db();
        var bob = await db.Contacts.SingleAsync(c => c.OwnerId == _owner && c.FirstName == "Bob", Ct);
        Assert.Contains("Email as written: bob(at)example.org", bob.Notes, StringComparison.Ordinal);
        Assert.Contains("Phone as written: call me", bob.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_between_contacts_becomes_interactions_with_direction_links_and_suggestions()
    {
        await Settings.SaveAsync(_owner, s => s.OwnEmails = ["me@home.example"], Ct);
        var ann = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ann", Emails = ["ann@x.example"] }, Ct);
        var bo = await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Bo", Emails = ["bo@x.example"] }, Ct);
        var t = Start.AddDays(-30);
        var mbox = _files.Write("mail.mbox", string.Concat(
            ImportFiles.Message("m1@x", "me@home.example", "ann@x.example", t, "Lunch?", cc: "bo@x.example, carl@y.example"),
            ImportFiles.Message("m2@x", "Ann <ann@x.example>", "me@home.example", t.AddHours(2), "Re: Lunch?"),
            ImportFiles.Message("m3@x", "carl@y.example", "me@home.example", t.AddHours(3), "Hi"),
            ImportFiles.Message("m4@x", "carl@y.example", "me@home.example", t.AddHours(4), "Hi again"),
            ImportFiles.Message("m2@x", "Ann <ann@x.example>", "me@home.example", t.AddHours(2), "Re: Lunch?")));

        var run = await ImportAsync(ImportKind.Mbox, mbox, batch: 2);
        var again = await ImportAsync(ImportKind.Mbox, mbox, batch: 2);

        Assert.Equal((5, 2, 3), (run.Read, run.Added, run.Skipped));
        Assert.Equal(0, again.Added);
        await using var db = Db();
        var mails = await db.Interactions.Where(i => i.OwnerId == _owner).Include(i => i.Participants).OrderBy(i => i.OccurredAt).ToListAsync(Ct);
        Assert.Equal([Initiator.Me, Initiator.Them], mails.Select(m => m.InitiatedBy));
        Assert.All(mails, m => Assert.Equal((InteractionKind.Email, InteractionSource.Mbox), (m.Kind, m.Source)));
        Assert.Equal(["m1@x", "m2@x"], mails.Select(m => m.ExternalId));
        Assert.Equal(2, mails[0].Participants.Count);
        // Rows written by the multi-row INSERT read back as EF would have stored them.
        Assert.Equal([t, t.AddHours(2)], mails.Select(m => m.OccurredAt));
        Assert.Equal(["Lunch?", "Re: Lunch?"], mails.Select(m => m.Summary));
        Assert.Equal(new[] { ann.Id, bo.Id }.Order(), mails[0].Participants.Select(p => p.ContactId).Order());
        var link = Assert.Single(await db.ContactLinks.Where(l => l.OwnerId == _owner).ToListAsync(Ct));
        Assert.Equal((LinkSource.Mail, 1), (link.Source, link.Evidence));
        Assert.Equal(new[] { ann.Id, bo.Id }.Order(), new[] { link.FromContactId, link.ToContactId }.Order());

        var suggestion = Assert.Single((await Imports.ReportAsync(_owner, run.Id, Ct)).Suggestions);
        Assert.Equal(("carl@y.example", 3), (suggestion.Email, suggestion.Count));
        var carl = await Imports.AcceptSuggestionAsync(_owner, suggestion.Id, Ct);
        Assert.Equal("carl@y.example", (await Contacts.GetAsync(_owner, carl, Ct)).PrimaryEmail);
    }

    [Fact]
    public async Task A_reply_in_the_thread_answers_my_message_before_or_after_it_in_the_same_import_or_in_a_later_one_and_never_replaces_a_recorded_answer()
    {
        await Settings.SaveAsync(_owner, s => s.OwnEmails = ["me@home.example"], Ct);
        await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ann", Emails = ["ann@x.example"] }, Ct);
        await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Bo", Emails = ["bo@x.example"] }, Ct);
        var t = Start.AddDays(-30);
        var first = _files.Write("first.mbox", string.Concat(
            ImportFiles.Message("m1@x", "me@home.example", "ann@x.example", t, "Coffee?"),
            ImportFiles.Message("x1@x", "carl@y.example", "me@home.example", t.AddHours(1), "Unrelated", inReplyTo: "m1@x"),
            ImportFiles.Message("r1@x", "ann@x.example", "me@home.example", t.AddHours(3), "Re: Coffee?", inReplyTo: "m1@x"),
            ImportFiles.Message("r1b@x", "ann@x.example", "me@home.example", t.AddHours(5), "Re: Coffee?", inReplyTo: "m1@x"),
            ImportFiles.Message("m2@x", "me@home.example", "bo@x.example", t.AddHours(6), "Intro"),
            ImportFiles.Message("m3@x", "me@home.example", "ann@x.example", t.AddHours(7), "Slides"),
            ImportFiles.Message("m4@x", "me@home.example", "bo@x.example", t.AddHours(10), "Dinner"),
            ImportFiles.Message("r4@x", "bo@x.example", "me@home.example", t.AddHours(9), "Re: Dinner", inReplyTo: "m4@x"),
            ImportFiles.Message("m5@x", "ann@x.example", "me@home.example", t.AddHours(11), "Question"),
            ImportFiles.Message("r5@x", "me@home.example", "ann@x.example", t.AddHours(12), "Re: Question", inReplyTo: "m5@x"),
            // Exported out of order: the answer comes a batch before the message it answers.
            ImportFiles.Message("r6@x", "bo@x.example", "me@home.example", t.AddHours(14), "Re: Plan", inReplyTo: "m6@x"),
            ImportFiles.Message("m6@x", "me@home.example", "bo@x.example", t.AddHours(13), "Plan")));

        var run = await ImportAsync(ImportKind.Mbox, first, batch: 2);

        Assert.Equal((12, 11, 1), (run.Read, run.Added, run.Skipped));
        Assert.Equal(new (ReplyStatus?, DateTimeOffset?)[] { (ReplyStatus.Answered, t.AddHours(3)), (null, null), (null, null), (null, null), (null, null), (null, null), (ReplyStatus.Answered, t.AddHours(14)) },
            await RepliesAsync("m1@x", "m2@x", "m3@x", "m4@x", "m5@x", "r5@x", "m6@x"));

        // An answer recorded by hand stays; a later import answers what the first one left open, from its References.
        await using (var db = Db())
        {
            var m3 = await db.Interactions.SingleAsync(i => i.OwnerId == _owner && i.ExternalId == "m3@x", Ct);
            await Service<Allies.Data.Reciprocity.ExchangeService>().SetReplyAsync(_owner, m3.Id, ReplyStatus.Declined, t.AddHours(8), Ct);
        }

        var second = _files.Write("second.mbox", string.Concat(
            ImportFiles.Message("r2@x", "Bo <bo@x.example>", "me@home.example", t.AddDays(2), "Re: Intro", references: "<root@x> <m2@x>"),
            ImportFiles.Message("r3@x", "ann@x.example", "me@home.example", t.AddDays(3), "Re: Slides", inReplyTo: "m3@x")));
        var later = await ImportAsync(ImportKind.Mbox, second, batch: 2);
        var again = await ImportAsync(ImportKind.Mbox, second, batch: 2);

        Assert.Equal((2, 0), (later.Added, again.Added));
        Assert.Equal(new (ReplyStatus?, DateTimeOffset?)[] { (ReplyStatus.Answered, t.AddHours(3)), (ReplyStatus.Answered, t.AddDays(2)), (ReplyStatus.Declined, t.AddHours(8)) },
            await RepliesAsync("m1@x", "m2@x", "m3@x"));
    }

    async Task<(ReplyStatus?, DateTimeOffset?)[]> RepliesAsync(params string[] ids)
    {
        await using var db = Db();
        var mails = await db.Interactions.AsNoTracking().Where(i => i.OwnerId == _owner && i.ExternalId != null).ToListAsync(Ct);
        return [.. ids.Select(id => mails.Single(m => m.ExternalId == id)).Select(m => (m.Reply, m.RepliedAt))];
    }

    [Fact]
    public async Task Past_meetings_become_interactions_and_future_ones_are_upcoming()
    {
        await Settings.SaveAsync(_owner, s => s.OwnEmails = ["me@home.example"], Ct);
        await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ann", Emails = ["ann@x.example"] }, Ct);
        var ics = _files.Write("cal.ics", """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:past-1
            DTSTART:20260210T100000Z
            DTEND:20260210T110000Z
            SUMMARY:Review
            ORGANIZER;CN=Me:mailto:me@home.example
            ATTENDEE;CN=Ann;PARTSTAT=ACCEPTED:mailto:ann@x.example
            END:VEVENT
            BEGIN:VEVENT
            UID:future-1
            DTSTART:20260410T100000Z
            DTEND:20260410T110000Z
            SUMMARY:Planning
            ORGANIZER;CN=Ann:mailto:ann@x.example
            ATTENDEE;CN=Me:mailto:me@home.example
            END:VEVENT
            END:VCALENDAR

            """);

        var run = await ImportAsync(ImportKind.Ics, ics);
        var again = await ImportAsync(ImportKind.Ics, ics);

        Assert.Equal((2, 1, 1), (run.Read, run.Added, run.Skipped));
        Assert.Equal(0, again.Added);
        await using var db = Db();
        var meeting = Assert.Single(await db.Interactions.Where(i => i.OwnerId == _owner).ToListAsync(Ct));
        Assert.Equal((InteractionKind.Meeting, Initiator.Me, InteractionSource.Ics, "Review"), (meeting.Kind, meeting.InitiatedBy, meeting.Source, meeting.Summary));
        var upcoming = Assert.Single((await Imports.ReportAsync(_owner, run.Id, Ct)).Upcoming);
        Assert.Equal("Planning", upcoming.Text);
    }

    [Fact]
    public async Task An_import_stopped_between_batches_keeps_whole_batches_and_a_rerun_finishes_it()
    {
        var text = string.Concat(Enumerable.Range(1, 23).Select(i => $"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nEMAIL:p{i}@example.org\r\nEND:VCARD\r\n"));
        var path = _files.Write("many.vcf", text);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var batches = 0;

        // Batches of 5, committed two by two: stopped after the first commit, during the next batch.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(ImportKind.VCard, path, batch: 5, progress: (_, _) =>
        {
            if (++batches == 1)
            {
                stop.Cancel();
            }
        }, ct: stop.Token, perCommit: 2));
        Assert.Equal(10, await CountAsync<Contact>());

        Clock.Advance(TimeSpan.FromMinutes(1));
        var rerun = await ImportAsync(ImportKind.VCard, path, batch: 5);
        Assert.Equal((13, 10), (rerun.Added, rerun.Skipped));
        Assert.Equal(23, await CountAsync<Contact>());
        var runs = await Imports.ListAsync(_owner, ct: Ct);
        Assert.Equal([ImportStatus.Done, ImportStatus.Interrupted], runs.Select(r => r.Status));
    }

    /// <summary>
    /// Batches share a transaction until <see cref="ImportService.BatchesPerCommit"/> of them are written. A file that
    /// fails part-way (a disk, a network share) fails between batches: the whole batches read before it are kept, those
    /// since the last commit too, and a re-run finishes the job.
    /// </summary>
    [Fact]
    public async Task A_file_that_fails_part_way_keeps_every_whole_batch_read_before_it()
    {
        await Contacts.CreateAsync(_owner, new ContactInput { FirstName = "Ann", Emails = ["ann@x.example"] }, Ct);
        var t = Start.AddDays(-300);
        var mbox = _files.Write("fails.mbox", string.Concat(Enumerable.Range(1, 3000).Select(i =>
            ImportFiles.Message($"f{i}@x", "ann@x.example", "me@home.example", t.AddMinutes(i), $"Note {i}"))));
        var imports = Imports;
        (imports.BatchSize, imports.BatchesPerCommit) = (100, 4);
        var queued = await imports.QueueAsync(_owner, ImportKind.Mbox, "fails.mbox", Ct);
        // About 1,000 of the 3,000 messages come before the failure: two commits of 400, then some batches of 100.
        var failAt = new FileInfo(mbox).Length / 3;

        var run = await imports.RunAsync(_owner, queued.Id, ImportKind.Mbox,
            ImportSource.For(mbox, "fails.mbox").Through(s => new FailingStream(s, failAt)), ct: Ct);

        Assert.Equal(ImportStatus.Failed, run.Status);
        Assert.Contains("The disk went away.", run.Error, StringComparison.Ordinal);
        var kept = await CountAsync<Interaction>();
        Assert.Equal(run.Added, kept);
        Assert.Equal(0, kept % 100);
        Assert.InRange(kept, 900, 1000);
        await using (var db = Db())
        {
            Assert.Equal(kept, await db.InteractionParticipants.CountAsync(p => p.OwnerId == _owner, Ct));
        }

        var rerun = await ImportAsync(ImportKind.Mbox, mbox, batch: 100);
        Assert.Equal((ImportStatus.Done, 3000 - kept), (rerun.Status, rerun.Added));
        Assert.Equal(3000, await CountAsync<Interaction>());
    }

    /// <summary>A stream that hands out at most 16 KB a read and fails once <paramref name="failAt"/> bytes are read.</summary>
    sealed class FailingStream(Stream inner, long failAt) : Stream
    {
        long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAt)
            {
                throw new IOException("The disk went away.");
            }

            var read = inner.Read(buffer, offset, (int)Math.Min(Math.Min(count, 16 * 1024), failAt - _position));
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task The_same_person_across_a_file_is_merged_within_a_batch_and_across_batches()
    {
        static string Card(string company, string email, string phone, string tag) =>
            $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nUID:ada-1\r\nORG:{company}\r\nEMAIL:{email}\r\nTEL:{phone}\r\nCATEGORIES:{tag}\r\nEND:VCARD\r\n";
        // Batches of 2: the first two cards meet in one batch (the second merges into a contact not yet stored), the
        // third meets the stored contact in the next batch.
        var path = _files.Write("ada.vcf", Card("Analytical", "ada@one.example", "+33612345678", "math")
                                           + Card("Engines", "ada@two.example", "+33698765432", "poetry")
                                           + Card("Analytical", "ada@three.example", "+33612345678", "math"));

        var run = await ImportAsync(ImportKind.VCard, path, batch: 2);
        var again = await ImportAsync(ImportKind.VCard, path, batch: 2);

        Assert.Equal((3, 1, 2), (run.Read, run.Added, run.Merged));
        Assert.Equal((0, 0, 3), (again.Added, again.Merged, again.Skipped));
        await using var db = Db();
        var stored = Assert.Single(await db.Contacts.Where(c => c.OwnerId == _owner).Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags)
            .AsSplitQuery().ToListAsync(Ct));
        Assert.Equal(["ada@one.example", "ada@two.example", "ada@three.example"], stored.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Equal(["+33612345678", "+33698765432"], stored.Phones.OrderBy(p => p.Position).Select(p => p.Number));
        Assert.Equal(["math", "poetry"], stored.Tags.Select(t => t.Name).Order());
        Assert.Equal("Analytical", stored.Company);
        Assert.Contains("Company (also): Engines", stored.Notes, StringComparison.Ordinal);
        Assert.Contains("ada@three.example", stored.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_cards_costs_the_same_few_queries_whatever_its_size()
    {
        static string Cards(string prefix, int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
            $"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {prefix}{i}\r\nN:{prefix}{i};Person;;;\r\nUID:{prefix}-{i}\r\nEMAIL:{prefix}{i}@example.org\r\nTEL:+336{(prefix == "s" ? 1 : 2)}{i:D7}\r\nEND:VCARD\r\n"));
        var small = _files.Write("small.vcf", Cards("s", 5));
        var large = _files.Write("large.vcf", Cards("l", 200));

        // Each run is one batch; the second run of each file matches every card and reads the contacts back.
        var commands = new List<int>();
        foreach (var path in new[] { small, large, small, large })
        {
            var scope = Scope();
            var db = scope.GetRequiredService<AlliesDb>();
            var imports = scope.GetRequiredService<ImportService>();
            using var counter = CommandCounter.For(db);
            await imports.ImportAsync(_owner, ImportKind.VCard, path, ct: Ct);
            commands.Add(counter.Count);
        }

        Assert.True(commands[1] <= commands[0] + 2 && commands[3] <= commands[2] + 2, $"commands per run: {string.Join(", ", commands)}");
    }

    [Fact]
    public async Task Another_owner_sees_nothing_of_an_import()
    {
        var run = await ImportAsync(ImportKind.VCard, ImportFiles.Corpus("vcard/khard__contact1.vcf"));
        var other = NewOwner();

        await Assert.ThrowsAsync<Core.NotFoundException>(() => Imports.ReportAsync(other, run.Id, Ct));
        Assert.Empty(await Imports.ListAsync(other, ct: Ct));
        var report = await Imports.ReportAsync(_owner, run.Id, Ct);
        await Assert.ThrowsAsync<Core.NotFoundException>(() => Imports.AcceptSuggestionAsync(other, report.Run.Id, Ct));
    }
}

/// <summary>Counts the commands EF runs for one context (through its diagnostic events, so nothing else is counted).</summary>
sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    readonly DbContext _db;
    readonly List<IDisposable> _subscriptions = [];
    int _count;

    CommandCounter(DbContext db) => _db = db;

    public int Count => _count;

    public static CommandCounter For(DbContext db)
    {
        var counter = new CommandCounter(db);
        counter._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && ReferenceEquals(data.Context, _db))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions)
            {
                s.Dispose();
            }
        }
    }
}

public sealed class ImportServiceTestsOnSqlite(SqliteDatabase db) : ImportServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class ImportServiceTestsOnPostgres(PostgresDatabase db) : ImportServiceTests(db), IClassFixture<PostgresDatabase>;
