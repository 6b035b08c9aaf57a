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
public sealed class ReciprocityService(AlliesDb db, TimeProvider clock, SettingsService settings)
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
        var lastGiven = await db.Exchanges.AsNoTracking()
            .Where(e => e.OwnerId == ownerId && e.ContactId == contactId
                        && (e.Direction == ExchangeDirection.IGave || (e.Direction == ExchangeDirection.TheyAsked && e.Outcome == ExchangeOutcome.Done)))
            .OrderByDescending(e => e.OccurredAt)
            .Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
        var promises = await db.Promises.AsNoTracking().Where(p => p.OwnerId == ownerId && p.ContactId == contactId).ToListAsync(ct);
        var since = rules.WindowStart(now);
        var interactionsFrom = since.AddDays(-rules.AnswerDays);
        var interactions = await db.Interactions.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.OccurredAt >= interactionsFrom && i.Participants.Any(p => p.ContactId == contactId))
            .Select(i => new InteractionFact(i.Id, i.OccurredAt, i.Kind, i.InitiatedBy, i.Reply, i.RepliedAt))
            .ToListAsync(ct);
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

    /// <summary>
    /// Every contact's archetype at once: one aggregate query (exchanges grouped by contact, direction, outcome, probe,
    /// week and window), then Core's rules per contact in memory — never a query per contact.
    /// </summary>
    public async Task<ArchetypeOverview> OverviewAsync(Guid ownerId, int limit = 50, CancellationToken ct = default)
    {
        var rules = await RulesAsync(ownerId, ct);
        var now = clock.GetUtcNow();
        var (currentStart, previousStart, previousEnd) = Archetypes.Windows(now, rules);
        var start = previousStart < currentStart ? previousStart : currentStart;
        var buckets = await BucketsAsync(ownerId, start, currentStart, previousEnd, now, ct);
        var everGiven = await EverGivenAsync(ownerId, ct);
        var names = await db.Contacts.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, c => ContactNames.Display(c.FirstName, c.LastName), ct);

        var rows = new List<ArchetypeRow>();
        foreach (var group in buckets.GroupBy(b => b.ContactId))
        {
            if (!names.TryGetValue(group.Key, out var name))
            {
                continue; // archived contacts stay out of the table
            }

            var trend = Archetypes.Trend([.. group], rules);
            rows.Add(new ArchetypeRow(group.Key, name, trend.Current.Archetype, trend.Current.Confidence, trend.Previous.Archetype, trend.Current.Tally,
                everGiven.Contains(group.Key)));
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

    /// <summary>
    /// The aggregate query, in each provider's SQL: weeks and windows computed by the database, over one range of the
    /// covering index on the exchange's copy of its interaction's time (no join).
    /// </summary>
    public async Task<List<ExchangeBucket>> BucketsAsync(Guid ownerId, DateTimeOffset from, DateTimeOffset currentStart, DateTimeOffset previousEnd, DateTimeOffset now, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var week = sqlite
            ? $"((((e.\"OccurredAt\" >> 11) * 1000 - 621355968000000000) / 10000000) + {Archetypes.SecondsToMonday}) / {Archetypes.SecondsPerWeek}"
            : $"CAST(floor((extract(epoch from e.\"OccurredAt\") + {Archetypes.SecondsToMonday}) / {Archetypes.SecondsPerWeek}) AS bigint)";
        var probe = sqlite ? "e.\"IsProbe\"" : "CASE WHEN e.\"IsProbe\" THEN 1 ELSE 0 END";
        // SQLite without statistics may pick a narrower index on OwnerId and read every row: name the covering one.
        var covering = sqlite ? "INDEXED BY \"IX_Exchanges_Reciprocity\"" : "";
        var sql = $"""
            SELECT e."ContactId", e."Direction", e."Outcome", {probe} AS p, {week} AS w,
                   CASE WHEN e."OccurredAt" >= @cur THEN 1 ELSE 0 END AS c,
                   CASE WHEN e."OccurredAt" < @prevEnd THEN 1 ELSE 0 END AS v,
                   COUNT(*) AS n
            FROM "Exchanges" e {covering}
            WHERE e."OwnerId" = @owner AND e."OccurredAt" >= @from AND e."OccurredAt" <= @now
            GROUP BY e."ContactId", e."Direction", e."Outcome", p, w, c, v
            """;
        var result = new List<ExchangeBucket>();
        await using var command = await CommandAsync(sql, ct);
        Add(command, "owner", ownerId, sqlite);
        Add(command, "from", from, sqlite);
        Add(command, "cur", currentStart, sqlite);
        Add(command, "prevEnd", previousEnd, sqlite);
        Add(command, "now", now, sqlite);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new ExchangeBucket(
                sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0),
                Enum.Parse<ExchangeDirection>(reader.GetString(1)),
                Enum.Parse<ExchangeOutcome>(reader.GetString(2)),
                Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) != 0,
                Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0,
                Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) != 0,
                Convert.ToInt32(reader.GetValue(7), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>Contacts I have ever given something to (what I gave, or their ask I did), from an index alone.</summary>
    async Task<HashSet<Guid>> EverGivenAsync(Guid ownerId, CancellationToken ct) =>
        [.. await db.Exchanges.AsNoTracking()
            .Where(e => e.OwnerId == ownerId && (e.Direction == ExchangeDirection.IGave || (e.Direction == ExchangeDirection.TheyAsked && e.Outcome == ExchangeOutcome.Done)))
            .Select(e => e.ContactId).Distinct().ToListAsync(ct)];

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
            _ => value,
        };
        command.Parameters.Add(p);
    }
}

public sealed record LedgerView(Guid ContactId, string Name, Ledger Ledger, ReciprocityRules Rules, string SentenceEn, string SentenceFr)
{
    public string Sentence(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? SentenceFr : SentenceEn;
}

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
