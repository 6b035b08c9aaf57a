using Allies.Core.Interactions;
using Allies.Interop.Csv;
using Allies.Interop.Reading;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    sealed partial class Job
    {
        /// <summary>
        /// LinkedIn's messages.csv: each message with a known contact becomes a message interaction, mine or theirs.
        /// The file does not say whose export it is, so it is read twice: first to find the owner (the person in the most
        /// conversations — the one in all of them), then to import. People are matched by LinkedIn address, then by name
        /// when exactly one contact has it; drafts are skipped.
        /// </summary>
        public async Task LinkedInMessagesAsync(CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: false, ct);
            var me = OwnerOf(source.LinkedInMessages(), index);
            source.Restart();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var batch in Batches(source.LinkedInMessages(), service.BatchSize))
            {
                var records = Records(batch);
                var existing = await ExistingAsync(InteractionSource.LinkedIn, records.Select(r => r.StableId), ct);
                foreach (var r in records)
                {
                    var known = r.People.Where(p => p.Key != me).Select(p => Match(index, p)).OfType<Guid>().Distinct().ToList();
                    if (r.IsDraft || known.Count == 0 || existing.Contains(r.StableId) || !seen.Add(r.StableId))
                    {
                        run.Skipped++;
                        continue;
                    }

                    var interaction = new Interaction
                    {
                        OwnerId = Owner,
                        OccurredAt = r.Date.ToUniversalTime(),
                        Kind = InteractionKind.Message,
                        InitiatedBy = me is not null && r.From.Key == me ? Initiator.Me : Initiator.Them,
                        Summary = (r.Subject ?? r.Title) is { } about ? Shorten(about, 4000) : null,
                        Source = InteractionSource.LinkedIn,
                        ExternalId = r.StableId,
                        CreatedAt = service.Clock.GetUtcNow(),
                        Participants = [.. known.Select(k => new InteractionParticipant { ContactId = k, OwnerId = Owner })],
                    };
                    foreach (var p in interaction.Participants)
                    {
                        p.InteractionId = interaction.Id;
                    }

                    db.Interactions.Add(interaction);
                    run.Added++;
                }

                await CommitAsync(ct);
            }
        }

        static Guid? Match(ContactIndex index, LinkedInPerson p)
        {
            if (index.ByLinkedIn(p.ProfileUrl) is { } byUrl)
            {
                return byUrl;
            }

            return p.Name is { } name && index.ByName(name, "") is [var only] ? only : null;
        }

        /// <summary>
        /// Whose export this is: the person in the most conversations; on a tie (one conversation), the one who is not a
        /// contact, then the one who sent more. Null when nobody can be told apart: every message then counts as theirs.
        /// </summary>
        static string? OwnerOf(IEnumerable<Parsed<LinkedInMessage>> messages, ContactIndex index)
        {
            var conversations = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var sent = new Dictionary<string, int>(StringComparer.Ordinal);
            var people = new Dictionary<string, LinkedInPerson>(StringComparer.Ordinal);
            foreach (var m in messages)
            {
                if (m.Record is not { } r)
                {
                    continue;
                }

                foreach (var p in r.People)
                {
                    var key = p.Key!;
                    people.TryAdd(key, p);
                    if (!conversations.TryGetValue(key, out var set))
                    {
                        conversations[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(r.ConversationId);
                }

                sent[r.From.Key!] = sent.GetValueOrDefault(r.From.Key!) + 1;
            }

            var ranked = conversations
                .Select(c => (Key: c.Key, Conversations: c.Value.Count, Contact: Match(index, people[c.Key]) is not null, Sent: sent.GetValueOrDefault(c.Key)))
                .OrderByDescending(c => c.Conversations).ThenBy(c => c.Contact).ThenByDescending(c => c.Sent).ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count == 0)
            {
                return null;
            }

            if (ranked.Count > 1 && (ranked[0].Conversations, ranked[0].Contact, ranked[0].Sent) == (ranked[1].Conversations, ranked[1].Contact, ranked[1].Sent))
            {
                return null;
            }

            return ranked[0].Key;
        }
    }
}
