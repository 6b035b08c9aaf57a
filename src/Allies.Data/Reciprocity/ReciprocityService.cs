using System.Data.Common;
using Allies.Core;
using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Core.Reciprocity;
using Allies.Data.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Allies.Data.Reciprocity;

/// <summary>
/// The ledger of one contact and the network-wide archetype table. Rows are read (aggregated in SQL for the whole network),
/// and the rules are Core's: <see cref="Ledgers"/>, <see cref="Archetypes"/>, <see cref="Responsiveness"/>.
/// </summary>
public sealed class ReciprocityService(AlliesDb db, TimeProvider clock, SettingsService settings, ArchetypeTableCache cache)
{
    /// <summary>Days since I last gave to a giver after which they are "not thanked lately".</summary>
    public const int ThanksDays = 30;

    public async Task<ReciprocityRules> RulesAsync(Guid ownerId, CancellationToken ct = default) =>
        (await settings.GetAsync(ownerId, ct)).ReciprocityRules();

    /// <summary>The ledger of one contact; <see cref="NotFoundException"/> when the contact is not the owner's.</summary>
    public async Task<LedgerView> LedgerAsync(Guid ownerId, Guid contactId, CancellationToken ct = default)
    {
        var owner = await settings.GetAsync(ownerId, ct);
        var rules = owner.ReciprocityRules();
        var contact = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Id == contactId)
            .Select(c => new { c.FirstName, c.LastName }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Contact");
        var now = clock.GetUtcNow();
        var (_, previousStart, _) = Archetypes.Windows(now, rules);
        var start = previousStart < rules.WindowStart(now) ? previousStart : rules.WindowStart(now);

        var exchanges = await db.Exchanges.AsNoTracking()
            .Where(e => e.OwnerId == ownerId && e.ContactId == contactId && e.OccurredAt >= start)
            .Select(e => new ExchangeFact(e.Id, e.InteractionId, e.ContactId, e.OccurredAt, e.Kind, e.Direction, e.Outcome, e.IsProbe, e.What))
            .ToListAsync(ct);
        // The last time I gave: every exchange since the window's start is read already, so a query only when none is a gift.
        var lastGiven = exchanges.Where(Gift).Select(e => (DateTimeOffset?)e.OccurredAt).Max()
            ?? await db.Exchanges.AsNoTracking()
                .Where(e => e.OwnerId == ownerId && e.ContactId == contactId && e.OccurredAt < start
                            && (e.Direction == ExchangeDirection.IGave || (e.Direction == ExchangeDirection.TheyAsked && e.Outcome == ExchangeOutcome.Done)))
                .OrderByDescending(e => e.OccurredAt)
                .Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
        var promises = await db.Promises.AsNoTracking().Where(p => p.OwnerId == ownerId && p.ContactId == contactId).ToListAsync(ct);
        var since = rules.WindowStart(now);
        var interactionsFrom = since.AddDays(-rules.AnswerDays);
        // From the contact's participations (index only) to each interaction by key. The owner is checked here, not in SQL:
        // with an index on (OwnerId, OccurredAt) in reach, SQLite (no statistics) reads every interaction since then instead.
        // The contact is the owner's (checked above), so are its participations.
        var interactions = (await (
                from p in db.InteractionParticipants.AsNoTracking()
                where p.ContactId == contactId
                join i in db.Interactions.AsNoTracking() on p.InteractionId equals i.Id
                where i.OccurredAt >= interactionsFrom
                select new { i.OwnerId, Fact = new InteractionFact(i.Id, i.OccurredAt, i.Kind, i.InitiatedBy, i.Reply, i.RepliedAt) })
            .ToListAsync(ct))
            .Where(x => x.OwnerId == ownerId).Select(x => x.Fact).ToList();
        var ledger = Ledgers.Build(contactId, exchanges, promises, interactions, lastGiven, now, rules);
        var zone = SettingsService.FindZone(owner.TimeZone) ?? TimeZoneInfo.Utc;
        return new LedgerView(
            contactId,
            ContactNames.Display(contact.FirstName, contact.LastName),
            ledger,
            rules,
            Ledgers.Sentence(ledger, "en", zone, now),
            Ledgers.Sentence(ledger, "fr", zone, now));
    }

    static bool Gift(ExchangeFact e) => e.Direction == ExchangeDirection.IGave || (e.Direction == ExchangeDirection.TheyAsked && e.Outcome == ExchangeOutcome.Done);

    /// <summary>
    /// Every contact's archetype at once (see <see cref="ComputeOverviewAsync"/>), reused from <see cref="ArchetypeTableCache"/>
    /// while nothing it reads has changed: one look-up of the owner's <see cref="OwnerStamp"/> decides.
    /// </summary>
    public async Task<ArchetypeOverview> OverviewAsync(Guid ownerId, int limit = 50, CancellationToken ct = default)
    {
        // The stamp is read before the data, so a table computed while someone saves is stored under the old stamp.
        var stamp = await OwnerStamps.ReadAsync(db, ownerId, ct);
        var now = clock.GetUtcNow();
        if (cache.Find(ownerId, limit, stamp, now) is { } cached)
        {
            return cached;
        }

        var overview = await ComputeOverviewAsync(ownerId, limit, ct);
        cache.Store(ownerId, limit, stamp, now, overview);
        return overview;
    }

    /// <summary>
    /// Every contact's archetype at once, never from the cache: one aggregate query returning one row per contact (the
    /// tallies of the current window and of the window a quarter ago, counted by the database), then Core's rules per
    /// contact in memory — never a query per contact.
    /// </summary>
    public async Task<ArchetypeOverview> ComputeOverviewAsync(Guid ownerId, int limit = 50, CancellationToken ct = default)
    {
        var rules = await RulesAsync(ownerId, ct);
        var now = clock.GetUtcNow();
        var (currentStart, previousStart, previousEnd) = Archetypes.Windows(now, rules);
        var start = previousStart < currentStart ? previousStart : currentStart;
        var tallies = await TalliesAsync(ownerId, start, currentStart, previousEnd, now, ct);
        var names = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, c => ContactNames.Display(c.FirstName, c.LastName), ct);

        var rows = new List<ArchetypeRow>();
        foreach (var t in tallies)
        {
            if (!names.TryGetValue(t.ContactId, out var name))
            {
                continue; // archived contacts stay out of the table
            }

            var trend = Archetypes.Trend(t.Current, t.Previous, rules);
            rows.Add(new ArchetypeRow(t.ContactId, name, trend.Current.Archetype, trend.Current.Confidence, trend.Previous.Archetype, trend.Current.Tally, t.EverGiven));
        }

        var thisWeek = Archetypes.WeekOf(now);
        var thanksWeeks = ThanksDays / 7;
        var counts = Enum.GetValues<Archetype>().ToDictionary(a => a, a => rows.Count(r => r.Archetype == a));
        counts[Archetype.NotEnoughData] += names.Count - rows.Count;
        return new ArchetypeOverview(
            currentStart,
            rules,
            counts,
            [.. Enum.GetValues<Archetype>().Where(a => a != Archetype.NotEnoughData).Select(a => new ArchetypeGroup(a, counts[a],
                [.. rows.Where(r => r.Archetype == a).OrderByDescending(r => r.Confidence).ThenByDescending(r => r.Tally.Total).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ContactId).Take(limit)]))],
            [.. rows.Where(r => r.Tally.IGave >= rules.MinExchanges && r.Tally.Mine == 0)
                .OrderByDescending(r => r.Tally.IGave).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ContactId).Take(limit)],
            [.. rows.Where(r => r.Archetype == Archetype.Giver && (r.Tally.LastGivenWeek is not { } w || thisWeek - w > thanksWeeks))
                .OrderByDescending(r => r.Tally.Mine).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ContactId).Take(limit)],
            [.. rows.Where(r => !r.EverGiven && r.Tally.IAsked > 0)
                .OrderByDescending(r => r.Tally.IAsked).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ContactId).Take(limit)]);
    }

    /// <summary>The two windows a tally row counts, in the order of the columns.</summary>
    static readonly string[] WindowNames = ["c", "v"];

    /// <summary>What each inner column counts (an SQL condition on one exchange), in the order the tally reads them back.</summary>
    static readonly (string Name, string Condition)[] Counted =
    [
        ("th", SideCondition(ExchangeSide.Theirs)),
        ("mi", SideCondition(ExchangeSide.Mine)),
        ("n", "1 = 1"),
        ("ig", $"e.\"Direction\" = '{ExchangeDirection.IGave}'"),
        ("tg", $"e.\"Direction\" = '{ExchangeDirection.TheyGave}'"),
        ("ia", $"e.\"Direction\" = '{ExchangeDirection.IAsked}'"),
        ("ta", $"e.\"Direction\" = '{ExchangeDirection.TheyAsked}'"),
        ("p", "e.\"IsProbe\" = @yes"),
        ("pa", $"e.\"IsProbe\" = @yes AND e.\"Outcome\" = '{ExchangeOutcome.Amplified}'"),
        ("pt", $"e.\"IsProbe\" = @yes AND e.\"Outcome\" = '{ExchangeOutcome.Done}'"),
        ("pi", $"e.\"IsProbe\" = @yes AND e.\"Outcome\" IN ('{ExchangeOutcome.Ignored}', '{ExchangeOutcome.Declined}')"),
    ];

    /// <summary>What I gave, or their ask I did: "have I ever given them anything".</summary>
    static readonly string Given = $"(e.\"Direction\" = '{ExchangeDirection.IGave}' OR (e.\"Direction\" = '{ExchangeDirection.TheyAsked}' AND e.\"Outcome\" = '{ExchangeOutcome.Done}'))";

    /// <summary>Core's <see cref="ExchangeSides.Of"/> written as an SQL condition, enumerated from Core so the two never differ.</summary>
    static string SideCondition(ExchangeSide side)
    {
        var outcomes = Enum.GetValues<ExchangeOutcome>();
        var parts = new List<string>();
        foreach (var d in Enum.GetValues<ExchangeDirection>())
        {
            var these = outcomes.Where(o => ExchangeSides.Of(d, o) == side).ToList();
            if (these.Count == outcomes.Length)
            {
                parts.Add($"e.\"Direction\" = '{d}'");
            }
            else if (these.Count > 0)
            {
                parts.Add($"(e.\"Direction\" = '{d}' AND e.\"Outcome\" IN ({string.Join(", ", these.Select(o => $"'{o}'"))}))");
            }
        }

        return parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
    }

    /// <summary>
    /// The aggregate query, the same SQL on both providers but for the week expression: one row per contact with the
    /// tallies of both windows. Inside, one group per (contact, week) over one range of the covering index on the
    /// exchange's copy of its interaction's time (no join); outside, counts summed and distinct weeks counted per contact.
    /// Whether I ever gave them anything is known from the window when I gave in it, else from an index probe.
    /// </summary>
    public async Task<List<ContactTallies>> TalliesAsync(Guid ownerId, DateTimeOffset from, DateTimeOffset currentStart, DateTimeOffset previousEnd, DateTimeOffset now, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var week = sqlite
            ? $"((((e.\"OccurredAt\" >> 11) * 1000 - 621355968000000000) / 10000000) + {Archetypes.SecondsToMonday}) / {Archetypes.SecondsPerWeek}"
            : $"CAST(floor((date_part('epoch', e.\"OccurredAt\") + {Archetypes.SecondsToMonday}) / {Archetypes.SecondsPerWeek}) AS bigint)";
        // SQLite without statistics may pick a narrower index on OwnerId and read every row: name the covering one.
        var covering = sqlite ? "INDEXED BY \"IX_Exchanges_Reciprocity\"" : "";
        // And for "have I ever given them anything", one contact's range (else it reads the owner's whole index per contact).
        var ledger = sqlite ? "INDEXED BY \"IX_Exchanges_Ledger\"" : "";
        var windows = new Dictionary<string, string> { ["c"] = "e.\"OccurredAt\" >= @cur", ["v"] = "e.\"OccurredAt\" < @prevEnd" };
        var inner = string.Join(",\n       ", WindowNames.SelectMany(w => Counted.Select(c =>
            $"CAST(COUNT(*) FILTER (WHERE {windows[w]} AND {c.Condition}) AS integer) AS {c.Name}_{w}")));
        var outer = string.Join(",\n       ", WindowNames.SelectMany(w => new[]
        {
            $"COALESCE(SUM(g.th_{w}), 0)", $"COALESCE(SUM(g.mi_{w}), 0)",
            $"COUNT(*) FILTER (WHERE g.th_{w} > 0)", $"COUNT(*) FILTER (WHERE g.mi_{w} > 0)", $"COUNT(*) FILTER (WHERE g.n_{w} > 0)",
            $"COALESCE(SUM(g.ig_{w}), 0)", $"COALESCE(SUM(g.tg_{w}), 0)", $"COALESCE(SUM(g.ia_{w}), 0)", $"COALESCE(SUM(g.ta_{w}), 0)",
            $"COALESCE(SUM(g.p_{w}), 0)", $"COALESCE(SUM(g.pa_{w}), 0)", $"COALESCE(SUM(g.pt_{w}), 0)", $"COALESCE(SUM(g.pi_{w}), 0)",
            $"MAX(g.w) FILTER (WHERE g.ig_{w} > 0)",
        }));
        var sql = $"""
            SELECT g."ContactId",
                   {outer},
                   CASE WHEN SUM(g.gv) > 0 THEN 1
                        WHEN EXISTS (SELECT 1 FROM "Exchanges" e {ledger} WHERE e."OwnerId" = @owner AND e."ContactId" = g."ContactId" AND {Given}) THEN 1
                        ELSE 0 END
            FROM (
                SELECT e."ContactId", {week} AS w,
                       {inner},
                       CAST(COUNT(*) FILTER (WHERE {Given}) AS integer) AS gv
                FROM "Exchanges" e {covering}
                WHERE e."OwnerId" = @owner AND e."OccurredAt" >= @from AND e."OccurredAt" <= @now
                GROUP BY e."ContactId", w) g
            GROUP BY g."ContactId"
            """;
        var result = new List<ContactTallies>();
        await using var command = await CommandAsync(sql, ct);
        Add(command, "owner", ownerId, sqlite);
        Add(command, "from", from, sqlite);
        Add(command, "cur", currentStart, sqlite);
        Add(command, "prevEnd", previousEnd, sqlite);
        Add(command, "now", now, sqlite);
        Add(command, "yes", true, sqlite);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new ContactTallies(
                sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0),
                Read(reader, 1),
                Read(reader, 15),
                Int(reader, 29) != 0));
        }

        return result;

        static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

        static ReciprocityTally Read(DbDataReader r, int i) => new()
        {
            Theirs = Int(r, i),
            Mine = Int(r, i + 1),
            TheirsWeeks = Int(r, i + 2),
            MineWeeks = Int(r, i + 3),
            Weeks = Int(r, i + 4),
            IGave = Int(r, i + 5),
            TheyGave = Int(r, i + 6),
            IAsked = Int(r, i + 7),
            TheyAsked = Int(r, i + 8),
            Probes = Int(r, i + 9),
            ProbesAmplified = Int(r, i + 10),
            ProbesTaken = Int(r, i + 11),
            ProbesIgnored = Int(r, i + 12),
            LastGivenWeek = r.IsDBNull(i + 13) ? null : Convert.ToInt64(r.GetValue(i + 13), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    async Task<DbCommand> CommandAsync(string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    static readonly DateTimeOffsetToBinaryConverter Binary = new();

    static void Add(DbCommand command, string name, object value, bool sqlite)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = (value, sqlite) switch
        {
            (DateTimeOffset d, true) => Binary.ConvertToProvider(d.ToUniversalTime())!,
            (DateTimeOffset d, false) => d.ToUniversalTime(),
            (Guid g, true) => g.ToString().ToUpperInvariant(),
            (bool b, true) => b ? 1 : 0,
            _ => value,
        };
        command.Parameters.Add(p);
    }
}

public sealed record LedgerView(Guid ContactId, string Name, Ledger Ledger, ReciprocityRules Rules, string SentenceEn, string SentenceFr)
{
    public string Sentence(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? SentenceFr : SentenceEn;
}

/// <summary>One contact's tallies over the current window and the window a quarter ago, as the database counts them.</summary>
public sealed record ContactTallies(Guid ContactId, ReciprocityTally Current, ReciprocityTally Previous, bool EverGiven);

/// <summary>One contact in the archetype table.</summary>
public sealed record ArchetypeRow(Guid ContactId, string Name, Archetype Archetype, double Confidence, Archetype Previous, ReciprocityTally Tally, bool EverGiven);

public sealed record ArchetypeGroup(Archetype Archetype, int Count, IReadOnlyList<ArchetypeRow> Contacts);

public sealed record ArchetypeOverview(
    DateTimeOffset Since,
    ReciprocityRules Rules,
    IReadOnlyDictionary<Archetype, int> Counts,
    IReadOnlyList<ArchetypeGroup> Groups,
    IReadOnlyList<ArchetypeRow> GivingWithNothingBack,
    IReadOnlyList<ArchetypeRow> GiversNotThanked,
    IReadOnlyList<ArchetypeRow> NeverGivenBeforeAsking);
