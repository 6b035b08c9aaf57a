using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Data.Contacts;
using Allies.Data.Settings;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Allies.Data.Imports;

/// <summary>
/// Imports people, mail and calendars for one owner. Records are read as a stream and committed in batches, each
/// batch (its contacts, interactions, links, report lines and the run's counters) in one transaction: a process killed
/// mid-import leaves whole batches only, and running the import again finishes the job without duplicates, because
/// every record is matched first (contacts by email, phone, LinkedIn, id, name; interactions by their ExternalId).
/// </summary>
public sealed partial class ImportService(AlliesDb db, TimeProvider clock, SettingsService settings)
{
    internal AlliesDb Db => db;
    internal TimeProvider Clock => clock;
    internal SettingsService Settings => settings;

    /// <summary>
    /// Records committed together. A kill loses at most one batch of work (a re-run redoes it), and each commit costs
    /// about the same whatever its size: in a 520 MB mail import, batches of 2,000 took the commits from 2.1 s to 0.9 s
    /// against batches of 500.
    /// </summary>
    public const int DefaultBatchSize = 2000;
    /// <summary>A non-contact must appear on at least this many messages or meetings to be suggested.</summary>
    public const int SuggestionThreshold = 3;
    public const int MaxSuggestions = 100;
    public const int MaxUpcoming = 200;
    const int MaxStrangers = 100_000;
    const int MaxProblemsKept = 1000;

    public int BatchSize { get; set; } = DefaultBatchSize;

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

            run.Status = ImportStatus.Done;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            run.Status = ImportStatus.Failed;
            run.Error = Shorten($"The file cannot be read: {e.Message}", 2000);
        }
        finally
        {
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

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>One run's work and state.</summary>
    sealed partial class Job(ImportService service, ImportRun run, ImportSource source, Action<ImportRun, double>? progress)
    {
        readonly AlliesDb db = service.Db;
        readonly List<ImportReportItem> pending = [];
        readonly Dictionary<string, (string? Name, int Count)> strangers = new(StringComparer.OrdinalIgnoreCase);
        int problemsKept;

        Guid Owner => run.OwnerId;

        void Problem(ImportProblem p)
        {
            run.Problems++;
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
            });
        }

        /// <summary>
        /// Saves the batch's tracked changes, report lines and counters, and commits <paramref name="transaction"/> when
        /// the batch has one (rows inserted without the tracker are in it); progress is reported once it is committed.
        /// </summary>
        async Task CommitAsync(CancellationToken ct, IDbContextTransaction? transaction = null)
        {
            db.ImportReportItems.AddRange(pending);
            pending.Clear();
            db.Entry(run).State = EntityState.Modified;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            db.ChangeTracker.Clear();
            progress?.Invoke(run, source.Fraction);
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

        /// <summary>The owner's own addresses (a setting): messages from them are mine, and they are never offered as contacts.</summary>
        async Task<HashSet<string>> OwnAddressesAsync(CancellationToken ct) =>
            (await service.Settings.GetAsync(Owner, ct)).OwnEmails
                .Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);

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

        // ---- people ----

        public async Task PeopleAsync(ImportKind kind, CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: false, ct);
            var today = await service.Settings.TodayAsync(Owner, ct);
            var pairs = (await db.DuplicateCandidates.AsNoTracking().Where(d => d.OwnerId == Owner)
                .Select(d => new { d.ContactAId, d.ContactBId }).ToListAsync(ct))
                .Select(d => LinkBatch.Pair(d.ContactAId, d.ContactBId)).ToHashSet();
            await using var inserter = new NewContacts(db);
            await using var checkpoints = await SqliteCheckpoints.SpacedAsync(db, ct);
            await foreach (var batch in Ahead(Batches(source.People(kind), service.BatchSize).Select(b => MapPeople(b, today)), ct))
            {
                await PeopleBatchAsync(batch, index, pairs, inserter, ct);
            }
        }

        /// <summary>A record read, as the reading thread left it: its problem, or its person mapped (or why not).</summary>
        readonly record struct MappedRecord(ImportProblem? Problem, PersonRecord? Person, IReadOnlyList<string> Kept,
            IReadOnlyList<FieldError> Errors, Contact? Contact);

        /// <summary>
        /// Maps a batch of people onto the contacts they would become, on the reading thread (no database, no counters):
        /// the mapping, its validation and the derived columns cost as much as reading the file.
        /// </summary>
        List<MappedRecord> MapPeople(List<Parsed<PersonRecord>> batch, DateOnly today)
        {
            var now = service.Clock.GetUtcNow();
            var mapped = new List<MappedRecord>(batch.Count);
            foreach (var item in batch)
            {
                if (item.Record is not { } person)
                {
                    mapped.Add(new(item.Problem, null, [], [], null));
                    continue;
                }

                var (input, kept) = PersonMapping.Map(person);
                var errors = input.Validate(today);
                Contact? contact = null;
                if (errors.Count == 0)
                {
                    contact = new Contact { OwnerId = Owner, CreatedAt = now };
                    ContactService.Apply(contact, input, now);
                }

                mapped.Add(new(item.Problem, person, kept, errors, contact));
            }

            return mapped;
        }

        async Task PeopleBatchAsync(List<MappedRecord> batch, ContactIndex index, HashSet<(Guid, Guid)> pairs,
            NewContacts inserter, CancellationToken ct)
        {
            var now = service.Clock.GetUtcNow();
            var incoming = new List<(PersonRecord Person, Contact Contact)>();
            foreach (var item in batch)
            {
                if (item.Problem is { } problem)
                {
                    Problem(problem);
                }

                if (item.Person is not { } person)
                {
                    continue;
                }

                run.Read++;
                if (item.Contact is not { } contact)
                {
                    foreach (var e in item.Errors)
                    {
                        Problem(ImportProblem.AtLine(person.File, person.Line, $"{e.Field}: {e.Message} The person '{person.DisplayName}' was not imported."));
                    }

                    run.Skipped++;
                    continue;
                }

                foreach (var sentence in item.Kept)
                {
                    Problem(ImportProblem.AtLine(person.File, person.Line, sentence));
                }

                incoming.Add((person, contact));
            }

            // Every existing contact a record of this batch may merge into, read without tracking: on a second run
            // nearly all of them are found unchanged, and tracking them made each batch's commit compare thousands of
            // rows. Only a contact a merge is about to change is attached (before it changes, so its changes are seen).
            var wanted = new HashSet<Guid>();
            foreach (var (_, c) in incoming)
            {
                if (index.Sure(c).Id is { } id)
                {
                    wanted.Add(id);
                }
                else
                {
                    wanted.UnionWith(index.ByName(c.FirstName, c.LastName));
                }
            }

            var loaded = wanted.Count == 0 ? [] : await ExistingContactsAsync(wanted, ct);
            // New contacts are not tracked either: they are inserted at the end of the batch, with what later records of
            // the same batch merged into them.
            var added = new Dictionary<Guid, Contact>();
            Contact? Find(Guid id) => loaded.GetValueOrDefault(id) ?? added.GetValueOrDefault(id);

            foreach (var (person, c) in incoming)
            {
                var (sureId, _, others) = index.Sure(c);
                if (sureId is { } id && Find(id) is { } into)
                {
                    if (MergeInto(into, c, added.ContainsKey(id)))
                    {
                        into.UpdatedAt = now;
                        run.Merged++;
                        index.Add(into);
                    }
                    else
                    {
                        run.Skipped++;
                    }

                    foreach (var (other, reason) in others)
                    {
                        Review(pairs, id, other, $"{person.DisplayName}: {reason}", now);
                    }

                    continue;
                }

                var sameName = index.ByName(c.FirstName, c.LastName).Select(Find).OfType<Contact>().ToList();
                if (sameName.Any(s => !ContactMerge.Merge(s, c, dryRun: true)))
                {
                    run.Skipped++; // already there, nothing new
                    continue;
                }

                added[c.Id] = c;
                index.Add(c);
                run.Added++;
                foreach (var s in sameName)
                {
                    if (Review(pairs, s.Id, c.Id, $"same name {c.DisplayName}", now))
                    {
                        run.Duplicates++;
                    }
                }
            }

            // One transaction: the new contacts and their rows, then the merges, review pairs, report lines and counters.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await inserter.InsertAsync(added.Values, ct);
            await CommitAsync(ct, transaction);
        }

        /// <summary>
        /// The owner's contacts with these ids, untracked, with their emails, phones and tags: four queries, each list of
        /// ids one parameter (<see cref="EF.Parameter{T}"/>). The owner goes as a one-item list too: without statistics
        /// (no ANALYZE), SQLite takes "OwnerId = @owner" for the more selective term and walks the owner's every contact
        /// through an OwnerId index, testing each against the list (46 ms a batch at 100,000 contacts, growing with the
        /// account); as two lists, the unique key wins and each contact is one look-up. The rows hanging off a contact
        /// are read by their ContactId index, only for the contacts found.
        /// </summary>
        async Task<Dictionary<Guid, Contact>> ExistingContactsAsync(IEnumerable<Guid> wanted, CancellationToken ct)
        {
            var ids = wanted.ToList();
            var owners = new List<Guid> { Owner };
            var contacts = await db.Contacts.AsNoTracking()
                .Where(c => EF.Parameter(owners).Contains(c.OwnerId) && EF.Parameter(ids).Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, ct);
            var found = contacts.Keys.ToList();
            if (found.Count == 0)
            {
                return contacts;
            }

            foreach (var e in await db.ContactEmails.AsNoTracking().Where(e => EF.Parameter(found).Contains(e.ContactId)).ToListAsync(ct))
            {
                contacts[e.ContactId].Emails.Add(e);
            }

            foreach (var p in await db.ContactPhones.AsNoTracking().Where(p => EF.Parameter(found).Contains(p.ContactId)).ToListAsync(ct))
            {
                contacts[p.ContactId].Phones.Add(p);
            }

            foreach (var t in await db.ContactTags.AsNoTracking().Where(t => EF.Parameter(found).Contains(t.ContactId)).ToListAsync(ct))
            {
                contacts[t.ContactId].Tags.Add(t);
            }

            return contacts;
        }

        /// <summary>
        /// Merges a record into a contact; whether that changed it. A contact of this batch is inserted at its end, as it
        /// is then; an existing one read untracked is attached first, only when the merge will change it.
        /// </summary>
        bool MergeInto(Contact into, Contact from, bool isNew)
        {
            if (isNew)
            {
                return ContactMerge.Merge(into, from);
            }

            if (db.Entry(into).State == EntityState.Detached)
            {
                if (!ContactMerge.Merge(into, from, dryRun: true))
                {
                    return false;
                }

                db.Attach(into);
            }

            if (!ContactMerge.Merge(into, from))
            {
                return false;
            }

            TrackChildren(db, into);
            return true;
        }

        bool Review(HashSet<(Guid, Guid)> pairs, Guid a, Guid b, string reason, DateTimeOffset now)
        {
            if (a == b || !pairs.Add(LinkBatch.Pair(a, b)))
            {
                return false;
            }

            db.DuplicateCandidates.Add(new DuplicateCandidate
            {
                OwnerId = Owner,
                ContactAId = a,
                ContactBId = b,
                Reason = Shorten(reason, 500),
                CreatedAt = now,
            });
            return true;
        }

    }

    /// <summary>
    /// New contacts with their emails, phones and tags, inserted without the change tracker (<see cref="RowInserter{T}"/>)
    /// inside the batch's transaction: a people import adds up to four rows a card, and SaveChanges spent more on them
    /// than everything else the import does (29 of 43 s for 100,000 vCards).
    /// </summary>
    sealed class NewContacts(AlliesDb db) : IAsyncDisposable
    {
        readonly RowInserter<Contact> _contacts = new(db);
        readonly RowInserter<ContactEmail> _emails = new(db);
        readonly RowInserter<ContactPhone> _phones = new(db);
        readonly RowInserter<ContactTag> _tags = new(db);

        public async Task InsertAsync(IReadOnlyCollection<Contact> contacts, CancellationToken ct)
        {
            if (contacts.Count == 0)
            {
                return;
            }

            await _contacts.InsertAsync([.. contacts], ct);
            await _emails.InsertAsync([.. contacts.SelectMany(c => c.Emails)], ct);
            await _phones.InsertAsync([.. contacts.SelectMany(c => c.Phones)], ct);
            await _tags.InsertAsync([.. contacts.SelectMany(c => c.Tags)], ct);
        }

        public async ValueTask DisposeAsync()
        {
            await _contacts.DisposeAsync();
            await _emails.DisposeAsync();
            await _phones.DisposeAsync();
            await _tags.DisposeAsync();
        }
    }

    /// <summary>Who-knows-whom evidence gathered in one batch: each pair of contacts seen together, once per message or meeting.</summary>
    /// <summary>
    /// The who-knows-whom links among an import's people, read once per person (every link with them at one end) and
    /// kept for the run, with the links the run adds: each batch then finds its links without a query. Memory follows
    /// the owner's links among the people met, not the size of the file.
    /// </summary>
    sealed class KnownLinks(AlliesDb db, Guid owner)
    {
        readonly HashSet<Guid> _read = [];
        readonly Dictionary<(Guid, Guid), ContactLink> _links = [];

        /// <summary>Reads the links of the people not read yet (untracked: a batch attaches only the links it changes).</summary>
        public async Task ReadAsync(IEnumerable<Guid> people, CancellationToken ct)
        {
            var fresh = people.Where(_read.Add).ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            // The ids go as one list parameter (EF.Parameter), not one parameter each; see ExistingAsync.
            foreach (var link in await db.ContactLinks.AsNoTracking()
                         .Where(l => l.OwnerId == owner && (EF.Parameter(fresh).Contains(l.FromContactId) || EF.Parameter(fresh).Contains(l.ToContactId)))
                         .ToListAsync(ct))
            {
                _links.TryAdd(LinkBatch.Pair(link.FromContactId, link.ToContactId), link);
            }
        }

        public ContactLink? Find((Guid, Guid) pair) => _links.GetValueOrDefault(pair);

        public void Add(ContactLink link) => _links[LinkBatch.Pair(link.FromContactId, link.ToContactId)] = link;
    }

    sealed class LinkBatch(AlliesDb db, Guid owner, LinkSource source)
    {
        readonly Dictionary<(Guid, Guid), int> _counts = [];

        public void Together(IReadOnlyList<Guid> people)
        {
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    var key = Pair(people[i], people[j]);
                    _counts[key] = _counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        /// <summary>A pair of people in one order, whichever way round they come.</summary>
        internal static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

        /// <summary>
        /// Adds the new links and the evidence of known ones, tracked by the context; with <paramref name="bulk"/>, new
        /// links go in through it instead (inside the batch's transaction), as they are only ever added here. With
        /// <paramref name="known"/>, the links are found among those the run has read or added (see <see cref="KnownLinks"/>).
        /// </summary>
        public async Task SaveAsync(CancellationToken ct, RowInserter<ContactLink>? bulk = null, KnownLinks? known = null)
        {
            if (_counts.Count == 0)
            {
                return;
            }

            var ids = _counts.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
            Func<(Guid, Guid), ContactLink?> find;
            if (known is not null)
            {
                await known.ReadAsync(ids, ct);
                find = known.Find;
            }
            else
            {
                // The links from these people, read without tracking: a batch's people are often most of the network, and
                // tracking all their links made every commit compare thousands of unchanged rows; only the links that change
                // are attached. Filtering on both ends in SQL made SQLite probe the index once per pair of ids, N² probes.
                var wanted = ids.ToHashSet();
                var existing = (await db.ContactLinks.AsNoTracking()
                    .Where(l => l.OwnerId == owner && EF.Parameter(ids).Contains(l.FromContactId))
                    .ToListAsync(ct)).Where(l => wanted.Contains(l.ToContactId)).ToLookup(l => Pair(l.FromContactId, l.ToContactId));
                find = pair => existing[pair].FirstOrDefault();
            }

            var added = new List<ContactLink>();
            foreach (var ((a, b), count) in _counts)
            {
                var link = find((a, b));
                if (link is null)
                {
                    link = new ContactLink { OwnerId = owner, FromContactId = a, ToContactId = b, Source = source, Evidence = count, Strength = 0.3 };
                    added.Add(link);
                    known?.Add(link);
                }
                else
                {
                    db.ContactLinks.Attach(link);
                    link.Evidence += count;
                }
            }

            if (bulk is null)
            {
                db.ContactLinks.AddRange(added);
            }
            else
            {
                await bulk.InsertAsync(added, ct);
            }
        }
    }
}

public sealed record ImportReport(
    ImportRun Run,
    IReadOnlyList<ImportReportItem> Problems,
    IReadOnlyList<ImportReportItem> Suggestions,
    IReadOnlyList<ImportReportItem> Upcoming);
