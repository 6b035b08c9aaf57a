using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Allies.Data.Settings;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

/// <summary>
/// Imports people, mail and calendars for one owner. Records are read as a stream and written in batches, each batch
/// whole (its contacts, interactions, links, report lines and the run's counters) in a transaction that commits every
/// <see cref="BatchesPerCommit"/> batches: a process killed mid-import leaves whole batches only, and running the import
/// again finishes the job without duplicates, because every record is matched first (contacts by email, phone,
/// LinkedIn, id, name; interactions by their ExternalId).
/// </summary>
public sealed partial class ImportService(AlliesDb db, TimeProvider clock, SettingsService settings)
{
    internal AlliesDb Db => db;
    internal TimeProvider Clock => clock;
    internal SettingsService Settings => settings;

    /// <summary>
    /// Records read and written together: what the reading thread hands the writer, at most two ahead, and what one
    /// batch's look-ups and inserts cover. Smaller batches hold less memory in flight (a 1 GB mbox: 157,568 KB peak at
    /// 1,000 against 168,724 KB at 2,000) and cost more look-ups (at 500, a 520 MB mbox took 0.3 s longer).
    /// </summary>
    public const int DefaultBatchSize = 1000;
    /// <summary>
    /// Batches written in one transaction. A commit writes every page its batches changed into SQLite's log, and the
    /// same index pages change in every batch: in a 520 MB mail import, commits of 8,000 messages instead of 2,000 took
    /// the commits from 0.8 to 0.3 s and the import from 3.8 to 3.4 s, with no more memory (a batch in flight is still
    /// one batch). A kill loses at most the batches since the last commit, which a re-run redoes.
    /// </summary>
    public const int DefaultBatchesPerCommit = 8;
    /// <summary>A non-contact must appear on at least this many messages or meetings to be suggested.</summary>
    public const int SuggestionThreshold = 3;
    public const int MaxSuggestions = 100;
    public const int MaxUpcoming = 200;
    const int MaxStrangers = 100_000;
    const int MaxProblemsKept = 1000;

    public int BatchSize { get; set; } = DefaultBatchSize;
    public int BatchesPerCommit { get; set; } = DefaultBatchesPerCommit;

    /// <summary>Creates the run's row (queued), so a page can show it before the work starts.</summary>
    public async Task<ImportRun> QueueAsync(Guid ownerId, ImportKind kind, string fileName, CancellationToken ct = default)
    {
        var run = new ImportRun { OwnerId = ownerId, Kind = kind, FileName = Shorten(fileName, 500), StartedAt = clock.GetUtcNow() };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return run;
    }

    /// <summary>Imports a file or folder; returns the finished run. Never throws for bad content: the run says what went wrong.</summary>
    public async Task<ImportRun> ImportAsync(Guid ownerId, ImportKind kind, string path, string? displayName = null,
        Action<ImportRun, double>? progress = null, CancellationToken ct = default)
    {
        var source = ImportSource.For(path, displayName);
        var run = await QueueAsync(ownerId, kind, source.DisplayName, ct);
        return await RunAsync(ownerId, run.Id, kind, source, progress, ct);
    }

    /// <summary>Runs a queued import.</summary>
    public async Task<ImportRun> RunAsync(Guid ownerId, Guid runId, ImportKind kind, ImportSource source,
        Action<ImportRun, double>? progress = null, CancellationToken ct = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var run = await db.ImportRuns.FirstOrDefaultAsync(r => r.OwnerId == ownerId && r.Id == runId, ct)
            ?? throw new NotFoundException("Import");

        // Runs of the same file left "running" by a killed process are over: say so.
        await db.ImportRuns.Where(r => r.OwnerId == ownerId && r.Id != runId && r.FileName == run.FileName && r.Kind == run.Kind
                                       && (r.Status == ImportStatus.Running || r.Status == ImportStatus.Queued))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportStatus.Interrupted), ct);
        run.Status = ImportStatus.Running;
        run.StartedAt = clock.GetUtcNow();
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);

        var job = new Job(this, run, source, progress);
        // One connection for the whole run, instead of one opened (and set up) for every query and batch.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            switch (kind)
            {
                case ImportKind.Mbox or ImportKind.Eml or ImportKind.Maildir:
                    await job.MailAsync(ct);
                    break;
                case ImportKind.Ics:
                    await job.CalendarAsync(ct);
                    break;
                case ImportKind.LinkedInMessages:
                case ImportKind.LinkedIn when source.IsLinkedInMessages():
                    await job.LinkedInMessagesAsync(ct);
                    break;
                default:
                    await job.PeopleAsync(kind, ct);
                    break;
            }

            if (job.Unreadable is { } why)
            {
                Fail(run, why);
            }
            else
            {
                run.Status = ImportStatus.Done;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The file failed between batches: the ones written before it are whole, and they stay.
            await job.CommitWrittenAsync();
            Fail(run, Reasons.FileUnreadable.With(e.Message));
        }
        finally
        {
            // Whatever is still open after that holds a batch cut short: the database goes back to the last commit.
            await job.RollBackAsync();
            await db.Database.CloseConnectionAsync();
        }

        run.FinishedAt = clock.GetUtcNow();
        db.ChangeTracker.Clear();
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(CancellationToken.None);
        progress?.Invoke(run, 1);
        return run;
    }

    public Task<List<ImportRun>> ListAsync(Guid ownerId, int take = 50, CancellationToken ct = default) =>
        db.ImportRuns.AsNoTracking().Where(r => r.OwnerId == ownerId)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync(ct);

    public async Task<ImportReport> ReportAsync(Guid ownerId, Guid runId, CancellationToken ct = default)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.OwnerId == ownerId && r.Id == runId, ct)
            ?? throw new NotFoundException("Import");
        var items = await db.ImportReportItems.AsNoTracking().Where(i => i.OwnerId == ownerId && i.ImportRunId == runId)
            .ToListAsync(ct);
        return new ImportReport(run,
            // Several problems of one line or message come in the order of their text: ids made in the same millisecond
            // are in no particular order.
            [.. items.Where(i => i.Kind == ReportItemKind.Problem).OrderBy(i => i.File).ThenBy(i => i.Line).ThenBy(i => i.MessageNumber)
                .ThenBy(i => i.Text, StringComparer.Ordinal).ThenBy(i => i.Id)],
            [.. items.Where(i => i.Kind == ReportItemKind.Suggestion).OrderByDescending(i => i.Count).ThenBy(i => i.Email)],
            [.. items.Where(i => i.Kind == ReportItemKind.Upcoming).OrderBy(i => i.At).ThenBy(i => i.Id)]);
    }

    /// <summary>Turns a suggested person into a contact (or finds the contact that already has that email).</summary>
    public async Task<Guid> AcceptSuggestionAsync(Guid ownerId, Guid itemId, CancellationToken ct = default)
    {
        var item = await db.ImportReportItems.FirstOrDefaultAsync(i => i.OwnerId == ownerId && i.Id == itemId && i.Kind == ReportItemKind.Suggestion, ct)
            ?? throw new NotFoundException("Suggestion");
        if (item.ContactId is { } made && await db.Contacts.AnyAsync(c => c.OwnerId == ownerId && c.Id == made, ct))
        {
            return made;
        }

        var email = item.Email ?? "";
        var existing = await db.ContactEmails.Where(e => e.Address == email)
            .Join(db.Contacts.Where(c => c.OwnerId == ownerId), e => e.ContactId, c => c.Id, (e, c) => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            var (first, last) = PersonMapping.Names(new PersonRecord { FullName = item.Text, Emails = [new(email)] });
            var input = PersonMapping.ToContactInput(new PersonRecord { FirstName = first, LastName = last, Emails = [new(email)] });
            var contact = new Contact { OwnerId = ownerId, CreatedAt = clock.GetUtcNow() };
            ContactService.Apply(contact, input, clock.GetUtcNow());
            db.Contacts.Add(contact);
            existing = contact.Id;
        }

        item.ContactId = existing;
        await db.SaveChangesAsync(ct);
        return existing.Value;
    }

    /// <summary>Emails, phones and tags a merge added carry keys made here: they must be added, not taken for existing rows.</summary>
    internal static void TrackChildren(AlliesDb db, Contact c)
    {
        foreach (var e in c.Emails.Where(e => db.Entry(e).State == EntityState.Detached))
        {
            db.Add(e);
        }

        foreach (var p in c.Phones.Where(p => db.Entry(p).State == EntityState.Detached))
        {
            db.Add(p);
        }

        foreach (var t in c.Tags.Where(t => db.Entry(t).State == EntityState.Detached))
        {
            db.Add(t);
        }
    }

    static void Fail(ImportRun run, ProblemText why)
    {
        run.Status = ImportStatus.Failed;
        run.Error = Shorten(why.English, 2000);
        run.ErrorCode = why.Code;
        run.ErrorArgs = Arguments(why);
    }

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A problem's values as stored: each cut to 500 characters (a library's message can be long), as the sentence is cut to 2,000.</summary>
    static List<string> Arguments(ProblemText text) => [.. text.Args.Select(a => Shorten(a, 500))];

    /// <summary>One run's work and state.</summary>
    sealed partial class Job(ImportService service, ImportRun run, ImportSource source, Action<ImportRun, double>? progress)
    {
        readonly AlliesDb db = service.Db;
        readonly List<ImportReportItem> pending = [];
        /// <summary>
        /// People on messages and meetings who are not contacts, by address. The readers give addresses in lower case,
        /// so keys compare ordinally: case-insensitive hashing was a tenth of the mail reading thread's time.
        /// </summary>
        readonly Dictionary<string, (string? Name, int Count)> strangers = new(StringComparer.Ordinal);
        int problemsKept;
        int lineProblems;
        ProblemText? wholeFile;

        Guid Owner => run.OwnerId;

        /// <summary>
        /// Why the run failed, when it did although nothing threw: it read nothing, and every problem it met says a file
        /// as a whole is not what was asked (binary data, a ZIP, no BEGIN:VCARD, not mail…); the first of them. A file
        /// that was read but gave nothing to import (a header and no rows, an empty mailbox, rows all skipped) is done,
        /// with its problems: the file was right, its content was not.
        /// </summary>
        public ProblemText? Unreadable => run.Read == 0 && lineProblems == 0 ? wholeFile : null;

        void Problem(ImportProblem p)
        {
            run.Problems++;
            if (p.Text.Reason.WholeFile)
            {
                wholeFile ??= p.Text;
            }
            else
            {
                lineProblems++;
            }

            if (problemsKept++ >= MaxProblemsKept)
            {
                return;
            }

            pending.Add(new ImportReportItem
            {
                OwnerId = Owner,
                ImportRunId = run.Id,
                Kind = ReportItemKind.Problem,
                File = Shorten(p.File, 500),
                Line = p.Line,
                MessageNumber = p.Message,
                Text = Shorten(p.Reason, 2000),
                Code = p.Text.Code,
                Args = Arguments(p.Text),
            });
        }

        /// <summary>The batch's readable records, counted as read; its problems go to the report.</summary>
        List<T> Records<T>(List<Parsed<T>> batch)
            where T : class
        {
            var records = new List<T>(batch.Count);
            foreach (var item in batch)
            {
                if (item.Problem is { } problem)
                {
                    Problem(problem);
                }

                if (item.Record is { } r)
                {
                    run.Read++;
                    records.Add(r);
                }
            }

            return records;
        }

        /// <summary>
        /// Which of these message or meeting ids an earlier run already imported: one query per batch. The ids go as one
        /// list parameter (<see cref="EF.Parameter{T}"/>: JSON on SQLite, an array on PostgreSQL), not EF's default of
        /// one parameter each: Microsoft.Data.Sqlite binds a parameter by scanning the statement's parameter names, so
        /// 2,000 ids cost 2,000² compares (33 ms a batch, 1.1 s of a 520 MB mail import).
        /// </summary>
        async Task<HashSet<string>> ExistingAsync(InteractionSource from, IEnumerable<string> stableIds, CancellationToken ct)
        {
            var ids = stableIds.Select(id => Shorten(id, 500)).Distinct().ToList();
            return (await db.Interactions.AsNoTracking()
                .Where(i => i.OwnerId == Owner && i.Source == from && EF.Parameter(ids).Contains(i.ExternalId!))
                .Select(i => i.ExternalId!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>
        /// The owner's own addresses (a setting): messages from them are mine, and they are never offered as contacts. In
        /// lower case, as the readers give the addresses they are compared with.
        /// </summary>
        async Task<HashSet<string>> OwnAddressesAsync(CancellationToken ct) =>
            (await service.Settings.GetAsync(Owner, ct)).OwnEmails
                .Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        static IEnumerable<List<Parsed<T>>> Batches<T>(IEnumerable<Parsed<T>> items, int size)
            where T : class
        {
            var batch = new List<Parsed<T>>(size);
            foreach (var item in items)
            {
                batch.Add(item);
                if (batch.Count >= size)
                {
                    yield return batch;
                    batch = new List<Parsed<T>>(size);
                }
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }
}

public sealed record ImportReport(
    ImportRun Run,
    IReadOnlyList<ImportReportItem> Problems,
    IReadOnlyList<ImportReportItem> Suggestions,
    IReadOnlyList<ImportReportItem> Upcoming);
