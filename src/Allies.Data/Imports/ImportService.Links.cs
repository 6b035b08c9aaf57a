using Allies.Core.Network;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Imports;

public sealed partial class ImportService
{
    /// <summary>
    /// The who-knows-whom links among an import's people, read once per person (every link with them at one end) and
    /// kept for the run, with the links the run adds: each batch then finds its links without a query. Memory follows
    /// the owner's links among the people met, not the size of the file.
    /// </summary>
    sealed class KnownLinks(AlliesDb db, Guid owner)
    {
        public AlliesDb Db => db;

        public Guid Owner => owner;

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

            // The ids go as one list parameter (EF.Parameter), not one parameter each; see ExistingAsync. One end is
            // enough to find a link with both ends among these people, and either end may be the one stored first.
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

    /// <summary>Who-knows-whom evidence gathered in one batch: each pair of contacts seen together, once per message or meeting.</summary>
    sealed class LinkBatch(KnownLinks known, LinkSource source)
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
        /// Adds the new links and the evidence of known ones (found among the links the run has read or added, see
        /// <see cref="KnownLinks"/>): a known link is attached, so only the links that change are saved; new links are
        /// tracked, or with <paramref name="bulk"/> go in through it (inside the batch's transaction), as they are only
        /// ever added here.
        /// </summary>
        public async Task SaveAsync(CancellationToken ct, RowInserter<ContactLink>? bulk = null)
        {
            if (_counts.Count == 0)
            {
                return;
            }

            await known.ReadAsync(_counts.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct(), ct);
            var added = new List<ContactLink>();
            foreach (var ((a, b), count) in _counts)
            {
                if (known.Find((a, b)) is { } link)
                {
                    known.Db.ContactLinks.Attach(link);
                    link.Evidence += count;
                }
                else
                {
                    link = new ContactLink { OwnerId = known.Owner, FromContactId = a, ToContactId = b, Source = source, Evidence = count, Strength = 0.3 };
                    added.Add(link);
                    known.Add(link);
                }
            }

            if (bulk is null)
            {
                known.Db.ContactLinks.AddRange(added);
            }
            else
            {
                await bulk.InsertAsync(added, ct);
            }
        }
    }
}
