using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Data.Contacts;
using Allies.Data.Settings;
using Allies.Interop.Calendar;
using Allies.Interop.Mail;
using Allies.Interop.People;
using Allies.Interop.Reading;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;

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

    public const int DefaultBatchSize = 500;
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
            [.. items.Where(i => i.Kind == ReportItemKind.Problem).OrderBy(i => i.File).ThenBy(i => i.Line).ThenBy(i => i.MessageNumber).ThenBy(i => i.Id)],
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

        async Task CommitAsync(CancellationToken ct)
        {
            db.ImportReportItems.AddRange(pending);
            pending.Clear();
            db.Entry(run).State = EntityState.Modified;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
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

        /// <summary>Which of these message or meeting ids an earlier run already imported: one query per batch.</summary>
        async Task<HashSet<string>> ExistingAsync(InteractionSource from, IEnumerable<string> stableIds, CancellationToken ct)
        {
            var ids = stableIds.Select(id => Shorten(id, 500)).Distinct().ToList();
            return (await db.Interactions.AsNoTracking()
                .Where(i => i.OwnerId == Owner && i.Source == from && ids.Contains(i.ExternalId!))
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
                .Select(d => Pair(d.ContactAId, d.ContactBId)).ToHashSet();
            foreach (var batch in Batches(source.People(kind), service.BatchSize))
            {
                await PeopleBatchAsync(batch, index, pairs, today, ct);
            }
        }

        async Task PeopleBatchAsync(List<Parsed<PersonRecord>> batch, ContactIndex index, HashSet<(Guid, Guid)> pairs, DateOnly today, CancellationToken ct)
        {
            var now = service.Clock.GetUtcNow();
            var incoming = new List<(PersonRecord Person, Contact Contact)>();
            foreach (var item in batch)
            {
                if (item.Problem is { } problem)
                {
                    Problem(problem);
                }

                if (item.Record is not { } person)
                {
                    continue;
                }

                run.Read++;
                var input = PersonMapping.ToContactInput(person);
                var errors = input.Validate(today);
                if (errors.Count > 0)
                {
                    foreach (var e in errors)
                    {
                        Problem(ImportProblem.AtLine(person.File, person.Line, $"{e.Field}: {e.Message} The person '{person.DisplayName}' was not imported."));
                    }

                    run.Skipped++;
                    continue;
                }

                var contact = new Contact { OwnerId = Owner, CreatedAt = now };
                ContactService.Apply(contact, input, now);
                incoming.Add((person, contact));
            }

            // Load, tracked, every existing contact a record of this batch may merge into.
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

            var loaded = wanted.Count == 0 ? [] : await db.Contacts.Where(c => c.OwnerId == Owner && wanted.Contains(c.Id))
                .Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).AsSplitQuery()
                .ToDictionaryAsync(c => c.Id, ct);
            var added = new Dictionary<Guid, Contact>();
            Contact? Find(Guid id) => loaded.GetValueOrDefault(id) ?? added.GetValueOrDefault(id);

            foreach (var (person, c) in incoming)
            {
                var (sureId, _, others) = index.Sure(c);
                if (sureId is { } id && Find(id) is { } into)
                {
                    if (ContactMerge.Merge(into, c))
                    {
                        TrackChildren(db, into);
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

                db.Contacts.Add(c);
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

            await CommitAsync(ct);
        }

        bool Review(HashSet<(Guid, Guid)> pairs, Guid a, Guid b, string reason, DateTimeOffset now)
        {
            if (a == b || !pairs.Add(Pair(a, b)))
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

        static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

        // ---- mail ----

        public async Task MailAsync(CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: true, ct);
            var own = await OwnAddressesAsync(ct);
            var interactions = new RowInserter<Interaction>(db);
            var people = new RowInserter<InteractionParticipant>(db);
            await foreach (var batch in Ahead(source.Mail(), service.BatchSize, ct))
            {
                var records = Records(batch);

                // Who is on each message; only messages with a known contact and a date can become interactions, so
                // only their ids are looked up among earlier imports.
                var candidates = new List<(MailRecord Record, List<Guid> Known, string ExternalId)>();
                foreach (var r in records)
                {
                    var others = r.Participants.Where(p => !own.Contains(p.Address)).ToList();
                    var known = others.Select(p => index.ByEmail(p.Address)).OfType<Guid>().Distinct().ToList();
                    foreach (var p in others.Where(p => index.ByEmail(p.Address) is null))
                    {
                        Stranger(p.Address, p.Name);
                    }

                    if (known.Count == 0 || r.Date is null)
                    {
                        run.Skipped++;
                        continue;
                    }

                    candidates.Add((r, known, Shorten(r.StableId, 500)));
                }

                // Earlier batches are committed, so the look-up finds their messages; `seen` only has to catch a message
                // twice in this batch, and memory does not grow with the file.
                var existing = candidates.Count == 0 ? [] : await ExistingAsync(InteractionSource.Mbox, candidates.Select(c => c.ExternalId), ct);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var links = new LinkBatch(db, Owner, LinkSource.Mail);
                var added = new List<Interaction>();
                var participants = new List<InteractionParticipant>();
                foreach (var (r, known, externalId) in candidates)
                {
                    if (existing.Contains(externalId) || !seen.Add(externalId))
                    {
                        run.Skipped++;
                        continue;
                    }

                    var fromMe = r.From.Any(f => own.Contains(f.Address));
                    var interaction = new Interaction
                    {
                        OwnerId = Owner,
                        OccurredAt = r.Date!.Value.ToUniversalTime(),
                        Kind = InteractionKind.Email,
                        InitiatedBy = fromMe ? Initiator.Me : Initiator.Them,
                        Summary = r.Subject is null ? null : Shorten(r.Subject, 4000),
                        Source = InteractionSource.Mbox,
                        ExternalId = externalId,
                        CreatedAt = service.Clock.GetUtcNow(),
                    };
                    added.Add(interaction);
                    participants.AddRange(known.Select(k => new InteractionParticipant { InteractionId = interaction.Id, ContactId = k, OwnerId = Owner }));
                    run.Added++;
                    links.Together(known);
                }

                // New interactions go in with multi-row INSERTs (the change tracker costs more than parsing the mail),
                // in the same transaction as the batch's links, report lines and counters.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await interactions.InsertAsync(added, ct);
                await people.InsertAsync(participants, ct);
                await links.SaveAsync(ct);
                await CommitAsync(ct);
                await transaction.CommitAsync(ct);
            }

            await SuggestAsync(index, own, ct);
        }

        /// <summary>
        /// The batches of a source, read on another thread at most two batches ahead of the one being written: the
        /// file is parsed while the previous batch is saved, in memory that does not grow with the file. A read error
        /// comes out after the batches read before it, as it would from a plain loop.
        /// </summary>
        static async IAsyncEnumerable<List<Parsed<T>>> Ahead<T>(IEnumerable<Parsed<T>> items, int size,
            [EnumeratorCancellation] CancellationToken ct)
            where T : class
        {
            var channel = System.Threading.Channels.Channel.CreateBounded<List<Parsed<T>>>(new System.Threading.Channels.BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            Exception? failure = null;
            var reader = Task.Run(async () =>
            {
                try
                {
                    foreach (var batch in Batches(items, size))
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    failure = e;
                }
                finally
                {
                    channel.Writer.TryComplete();
                }
            }, CancellationToken.None);

            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    yield return batch;
                }
            }
            finally
            {
                // The writer stopped (an error, a cancellation, or the end): the reading thread stops too, and closes the file.
                await stop.CancelAsync();
                await reader;
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        void Stranger(string address, string? name)
        {
            if (strangers.TryGetValue(address, out var s))
            {
                strangers[address] = (s.Name ?? name, s.Count + 1);
            }
            else if (strangers.Count < MaxStrangers)
            {
                strangers[address] = (name, 1);
            }
        }

        async Task SuggestAsync(ContactIndex index, HashSet<string> own, CancellationToken ct)
        {
            foreach (var (address, (name, count)) in strangers.Where(s => s.Value.Count >= SuggestionThreshold && !own.Contains(s.Key)
                                                                          && index.ByEmail(s.Key) is null && ContactInput.IsEmail(s.Key))
                         .OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal).Take(MaxSuggestions))
            {
                pending.Add(new ImportReportItem
                {
                    OwnerId = Owner,
                    ImportRunId = run.Id,
                    Kind = ReportItemKind.Suggestion,
                    Text = Shorten(name ?? address, 2000),
                    Email = Shorten(address, 320),
                    Count = count,
                });
            }

            await CommitAsync(ct);
        }

        // ---- calendar ----

        public async Task CalendarAsync(CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: true, ct);
            var own = await OwnAddressesAsync(ct);
            var now = service.Clock.GetUtcNow();
            var window = new CalendarWindow(now.AddYears(-20), now.AddYears(1));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var upcoming = 0;
            foreach (var batch in Batches(source.Meetings(window), service.BatchSize))
            {
                var records = Records(batch);
                var existing = await ExistingAsync(InteractionSource.Ics, records.Select(r => r.StableId), ct);
                var links = new LinkBatch(db, Owner, LinkSource.Calendar);
                foreach (var r in records)
                {
                    var people = r.Attendees.Cast<MeetingPerson>().Append(r.Organizer).OfType<MeetingPerson>()
                        .Where(p => p.Email is { Length: > 0 } && !own.Contains(p.Email.Trim()))
                        .DistinctBy(p => p.Email!.Trim().ToLowerInvariant()).ToList();
                    var known = people.Select(p => index.ByEmail(p.Email!)).OfType<Guid>().Distinct().ToList();
                    if (string.Equals(r.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase) || people.Count == 0)
                    {
                        run.Skipped++;
                        continue;
                    }

                    if (r.Start > now)
                    {
                        run.Skipped++;
                        if (upcoming++ < MaxUpcoming)
                        {
                            pending.Add(new ImportReportItem
                            {
                                OwnerId = Owner,
                                ImportRunId = run.Id,
                                Kind = ReportItemKind.Upcoming,
                                File = Shorten(r.File, 500),
                                Line = r.Line,
                                Text = Shorten(r.Summary ?? "(no title)", 2000),
                                At = r.Start,
                                Count = people.Count,
                                Email = people.Count > 0 ? Shorten(people[0].Email!, 320) : null,
                            });
                        }

                        continue;
                    }

                    foreach (var p in people.Where(p => index.ByEmail(p.Email!) is null))
                    {
                        Stranger(p.Email!.Trim().ToLowerInvariant(), p.Name);
                    }

                    var externalId = Shorten(r.StableId, 500);
                    if (known.Count == 0 || existing.Contains(externalId) || !seen.Add(externalId))
                    {
                        run.Skipped++;
                        continue;
                    }

                    var organizer = r.Organizer?.Email?.Trim();
                    var interaction = new Interaction
                    {
                        OwnerId = Owner,
                        OccurredAt = r.Start.ToUniversalTime(),
                        Kind = InteractionKind.Meeting,
                        InitiatedBy = organizer is null ? Initiator.Unknown : own.Contains(organizer) ? Initiator.Me : Initiator.Them,
                        Summary = r.Summary is null ? null : Shorten(r.Summary, 4000),
                        Source = InteractionSource.Ics,
                        ExternalId = externalId,
                        CreatedAt = now,
                        Participants = [.. known.Select(k => new InteractionParticipant { ContactId = k, OwnerId = Owner })],
                    };
                    foreach (var p in interaction.Participants)
                    {
                        p.InteractionId = interaction.Id;
                    }

                    db.Interactions.Add(interaction);
                    run.Added++;
                    links.Together(known);
                }

                await links.SaveAsync(ct);
                await CommitAsync(ct);
            }

            await SuggestAsync(index, own, ct);
        }
    }

    /// <summary>Who-knows-whom evidence gathered in one batch: each pair of contacts seen together, once per message or meeting.</summary>
    sealed class LinkBatch(AlliesDb db, Guid owner, LinkSource source)
    {
        readonly Dictionary<(Guid, Guid), int> _counts = [];

        public void Together(IReadOnlyList<Guid> people)
        {
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    var key = people[i].CompareTo(people[j]) < 0 ? (people[i], people[j]) : (people[j], people[i]);
                    _counts[key] = _counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        public async Task SaveAsync(CancellationToken ct)
        {
            if (_counts.Count == 0)
            {
                return;
            }

            var ids = _counts.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
            var existing = await db.ContactLinks.Where(l => l.OwnerId == owner && ids.Contains(l.FromContactId) && ids.Contains(l.ToContactId))
                .ToListAsync(ct);
            foreach (var ((a, b), count) in _counts)
            {
                var link = existing.FirstOrDefault(l => (l.FromContactId == a && l.ToContactId == b) || (l.FromContactId == b && l.ToContactId == a));
                if (link is null)
                {
                    db.ContactLinks.Add(new ContactLink { OwnerId = owner, FromContactId = a, ToContactId = b, Source = source, Evidence = count, Strength = 0.3 });
                }
                else
                {
                    link.Evidence += count;
                }
            }
        }
    }
}

public sealed record ImportReport(
    ImportRun Run,
    IReadOnlyList<ImportReportItem> Problems,
    IReadOnlyList<ImportReportItem> Suggestions,
    IReadOnlyList<ImportReportItem> Upcoming);
