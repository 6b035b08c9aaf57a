using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Data.Contacts;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    /// <summary>People (vCard, LinkedIn, Google, Outlook CSV): contacts matched, merged without loss, or added.</summary>
    sealed partial class Job
    {
        public async Task PeopleAsync(ImportKind kind, CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: false, ct);
            var today = await service.Settings.TodayAsync(Owner, ct);
            var pairs = (await db.DuplicateCandidates.AsNoTracking().Where(d => d.OwnerId == Owner)
                .Select(d => new { d.ContactAId, d.ContactBId }).ToListAsync(ct))
                .Select(d => LinkBatch.Pair(d.ContactAId, d.ContactBId)).ToHashSet();
            await using var inserter = new NewContacts(db);
            await using var sqlite = await SqliteImportSettings.ApplyAsync(db, ct);
            await foreach (var batch in Ahead(Batches(source.People(kind), service.BatchSize).Select(b => MapPeople(b, today)), ct))
            {
                await PeopleBatchAsync(batch, index, pairs, inserter, ct);
            }

            await CommitAsync(ct, last: true);
        }

        /// <summary>A record read, as the reading thread left it: its problem, or its person mapped (or why not).</summary>
        readonly record struct MappedRecord(ImportProblem? Problem, PersonRecord? Person, IReadOnlyList<ProblemText> Kept,
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
                        Problem(ImportProblem.AtLine(person.File, person.Line, Reasons.PersonInvalid.With(e.Field, e.Message, person.DisplayName)));
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

            // In the run's open transaction: the new contacts and their rows, then the merges, review pairs, report lines and counters.
            await TransactionAsync(ct);
            await inserter.InsertAsync(added.Values, ct);
            await CommitAsync(ct);
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
}
