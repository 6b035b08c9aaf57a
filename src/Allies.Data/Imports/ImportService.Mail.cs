using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Interop.Mail;
using Allies.Interop.Reading;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    /// <summary>Mail (mbox, .eml, Maildir): messages with known contacts become email interactions.</summary>
    sealed partial class Job
    {
        public async Task MailAsync(CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: true, ct);
            var own = await OwnAddressesAsync(ct);
            await using var interactions = new RowInserter<Interaction>(db);
            await using var people = new RowInserter<InteractionParticipant>(db);
            await using var newLinks = new RowInserter<ContactLink>(db);
            var knownLinks = new KnownLinks(db, Owner);
            var answers = new Answers();
            await using var sqlite = await SqliteImportSettings.ApplyAsync(db, ct);
            await foreach (var batch in Ahead(MailBatches(index, own), ct))
            {
                foreach (var problem in batch.Problems)
                {
                    Problem(problem);
                }

                run.Read += batch.Read;
                run.Skipped += batch.Skipped;

                // Earlier batches are committed, so the look-up finds their messages; `seen` only has to catch a message
                // twice in this batch, and memory does not grow with the file.
                var existing = batch.Candidates.Count == 0 ? []
                    : await ExistingAsync(InteractionSource.Mbox, batch.Candidates.Select(c => c.Interaction.ExternalId!), ct);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var links = new LinkBatch(knownLinks, LinkSource.Mail);
                var added = new List<Interaction>(batch.Candidates.Count);
                var participants = new List<InteractionParticipant>();
                foreach (var (interaction, known, parent) in batch.Candidates)
                {
                    if (existing.Contains(interaction.ExternalId!) || !seen.Add(interaction.ExternalId!))
                    {
                        run.Skipped++;
                        continue;
                    }

                    added.Add(interaction);
                    foreach (var k in known)
                    {
                        participants.Add(new InteractionParticipant { InteractionId = interaction.Id, ContactId = k, OwnerId = Owner });
                    }

                    run.Added++;
                    links.Together(known);
                    answers.Add(interaction, parent);
                }

                // New interactions go in without the change tracker (it costs more than parsing the mail), in the same
                // transaction as the answers they give, the batch's links, report lines and counters.
                await TransactionAsync(ct);
                await answers.SaveAsync(db, Owner, added, ct);
                await interactions.InsertAsync(added, ct);
                await people.InsertAsync(participants, ct);
                await links.SaveAsync(ct, newLinks);
                await CommitAsync(ct);
            }

            await SuggestAsync(index, own, ct);
        }

        /// <summary>
        /// Answers found in threads: a message from them whose In-Reply-To (else the last of its References) is one of my
        /// messages answers it — <see cref="ReplyStatus.Answered"/>, at the answer's date. The first answer wins, and an
        /// answer already recorded (by hand, or by an earlier import) is never replaced. My message may be in the same
        /// batch, imported before (an earlier batch or run), or come later in the same run: mailboxes exported by mail
        /// services are not always in the order mail arrived, so an answer whose message is not found yet waits for it
        /// (at most <see cref="MaxWaitingAnswers"/> of them, for the length of the run).
        /// </summary>
        sealed class Answers
        {
            const int MaxWaitingAnswers = 100_000;
            readonly Dictionary<string, DateTimeOffset> _batch = new(StringComparer.Ordinal);
            readonly Dictionary<string, DateTimeOffset> _waiting = new(StringComparer.Ordinal);

            public void Add(Interaction interaction, string? parent)
            {
                if (parent is not null && interaction.InitiatedBy == Initiator.Them)
                {
                    Earliest(_batch, parent, interaction.OccurredAt);
                }
            }

            /// <summary>
            /// Marks the batch's messages of mine that are answered (in this batch or by an answer waiting for them), and
            /// those imported before (tracked, saved with the batch); the answers still without their message wait.
            /// </summary>
            public async Task SaveAsync(AlliesDb db, Guid owner, List<Interaction> added, CancellationToken ct)
            {
                if (_batch.Count == 0 && _waiting.Count == 0)
                {
                    return;
                }

                foreach (var mine in added)
                {
                    if (mine.InitiatedBy != Initiator.Me)
                    {
                        continue;
                    }

                    DateTimeOffset? first = _batch.Remove(mine.ExternalId!, out var now) ? now : null;
                    if (_waiting.Remove(mine.ExternalId!, out var waited) && (first is null || waited < first))
                    {
                        first = waited;
                    }

                    if (first is { } at)
                    {
                        Answer(mine, at);
                    }
                }

                if (_batch.Count == 0)
                {
                    return;
                }

                var ids = _batch.Keys.ToList();
                foreach (var mine in await db.Interactions
                             .Where(i => i.OwnerId == owner && i.Source == InteractionSource.Mbox && i.InitiatedBy == Initiator.Me
                                         && EF.Parameter(ids).Contains(i.ExternalId!))
                             .ToListAsync(ct))
                {
                    if (_batch.Remove(mine.ExternalId!, out var at))
                    {
                        Answer(mine, at);
                    }
                }

                foreach (var (parent, at) in _batch)
                {
                    if (_waiting.Count < MaxWaitingAnswers || _waiting.ContainsKey(parent))
                    {
                        Earliest(_waiting, parent, at);
                    }
                }

                _batch.Clear();
            }

            static void Earliest(Dictionary<string, DateTimeOffset> answers, string parent, DateTimeOffset at)
            {
                if (!answers.TryGetValue(parent, out var first) || at < first)
                {
                    answers[parent] = at;
                }
            }

            static void Answer(Interaction mine, DateTimeOffset at)
            {
                if (mine.Reply is null && at >= mine.OccurredAt)
                {
                    mine.Reply = ReplyStatus.Answered;
                    mine.RepliedAt = at;
                }
            }
        }

        /// <summary>
        /// A batch of mail: how many messages were read and their problems (in file order), and the interactions the
        /// messages about contacts would become. The messages themselves are dropped on the reading thread: kept until
        /// the batch is written, they would all outlive the young generation and cost the GC more than reading them.
        /// </summary>
        sealed record MailBatch(int Read, List<ImportProblem> Problems, List<(Interaction Interaction, List<Guid> Known, string? Parent)> Candidates, int Skipped);

        /// <summary>
        /// Reads the mail into batches, on the reading thread: who is on each message, the people who are not contacts
        /// (counted for suggestions), and the interaction each message with a known contact and a date would become. A
        /// batch closes at <see cref="BatchSize"/> such messages (the rows one batch writes) or ten times as many messages
        /// in all, so memory stays bounded however few messages are about contacts.
        /// </summary>
        IEnumerable<MailBatch> MailBatches(ContactIndex index, HashSet<string> own)
        {
            var size = service.BatchSize;
            var (read, items) = (0, 0);
            var problems = new List<ImportProblem>();
            var candidates = new List<(Interaction, List<Guid>, string?)>();
            var skipped = 0;
            // Only a message with a contact on it becomes an interaction: the reader parses the subject, ids and thread
            // of those alone (most of a mailbox is mail with nobody the owner keeps up with).
            bool AboutContacts(IReadOnlyList<MailPerson> people)
            {
                foreach (var p in people)
                {
                    if (!own.Contains(p.Address) && index.ByEmail(p.Address) is not null)
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (var item in source.Mail((from, to, cc) => AboutContacts(from) || AboutContacts(to) || AboutContacts(cc)))
            {
                items++;
                if (item.Problem is { } problem)
                {
                    problems.Add(problem);
                }

                if (item.Record is { } r)
                {
                    read++;
                    List<Guid>? known = null;
                    foreach (var p in r.Participants)
                    {
                        if (own.Contains(p.Address))
                        {
                            continue;
                        }

                        if (index.ByEmail(p.Address) is { } id)
                        {
                            known ??= [];
                            if (!known.Contains(id))
                            {
                                known.Add(id);
                            }
                        }
                        else
                        {
                            Stranger(p.Address, p.Name);
                        }
                    }

                    if (known is null || !r.Full || r.Date is null)
                    {
                        skipped++;
                    }
                    else
                    {
                        candidates.Add((MailInteraction(r, own), known, r.Parent is { } parent ? Shorten(parent, 500) : null));
                    }
                }

                if (candidates.Count >= size || items >= size * 10)
                {
                    yield return new MailBatch(read, problems, candidates, skipped);
                    (read, items, skipped) = (0, 0, 0);
                    problems = [];
                    candidates = [];
                }
            }

            if (items > 0)
            {
                yield return new MailBatch(read, problems, candidates, skipped);
            }
        }

        Interaction MailInteraction(MailRecord r, HashSet<string> own) => new()
        {
            OwnerId = Owner,
            OccurredAt = r.Date!.Value.ToUniversalTime(),
            Kind = InteractionKind.Email,
            InitiatedBy = FromMe(r, own) ? Initiator.Me : Initiator.Them,
            Summary = r.Subject is null ? null : Shorten(r.Subject, 4000),
            Source = InteractionSource.Mbox,
            ExternalId = Shorten(r.StableId, 500),
            CreatedAt = service.Clock.GetUtcNow(),
        };

        static bool FromMe(MailRecord r, HashSet<string> own)
        {
            foreach (var f in r.From)
            {
                if (own.Contains(f.Address))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The batches of a source, read on another thread at most two batches ahead of the one being written: the
        /// file is parsed while the previous batch is saved, in memory that does not grow with the file. A read error
        /// comes out after the batches read before it, as it would from a plain loop.
        /// </summary>
        static async IAsyncEnumerable<T> Ahead<T>(IEnumerable<T> batches, [EnumeratorCancellation] CancellationToken ct)
        {
            var channel = System.Threading.Channels.Channel.CreateBounded<T>(new System.Threading.Channels.BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            Exception? failure = null;
            var reader = Task.Run(async () =>
            {
                try
                {
                    foreach (var batch in batches)
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

            await CommitAsync(ct, last: true);
        }
    }
}
