using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Interop.Mail;
using Allies.Interop.Reading;

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
    }
}
