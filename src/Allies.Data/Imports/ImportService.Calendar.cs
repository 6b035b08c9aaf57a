using Allies.Core.Imports;
using Allies.Core.Interactions;
using Allies.Core.Network;
using Allies.Interop.Calendar;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    /// <summary>Calendars (.ics): past meetings with known attendees become interactions, future ones the upcoming list.</summary>
    sealed partial class Job
    {
        public async Task CalendarAsync(CancellationToken ct)
        {
            var index = await ContactIndex.LoadAsync(db, Owner, emailsOnly: true, ct);
            var own = await OwnAddressesAsync(ct);
            var now = service.Clock.GetUtcNow();
            var window = new CalendarWindow(now.AddYears(-20), now.AddYears(1));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var upcoming = 0;
            var knownLinks = new KnownLinks(db, Owner);
            foreach (var batch in Batches(source.Meetings(window), service.BatchSize))
            {
                var records = Records(batch);
                var existing = await ExistingAsync(InteractionSource.Ics, records.Select(r => r.StableId), ct);
                var links = new LinkBatch(knownLinks, LinkSource.Calendar);
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
}
