using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Allies.Core;
using Allies.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Allies.Data.Imports;

/// <summary>
/// A versioned JSON backup of everything an account owns, and its restore into an empty account.
/// The tables are read from the EF model: every entity type with an OwnerId, and the rows that hang off them
/// (contact emails and phones), so an entity added later is in the backup without a change here; only
/// <see cref="Excluded"/> types are left out. Rows are written with every mapped property but OwnerId, sorted by key.
/// On restore every id is replaced by a new one, in an order-preserving way, so the same backup can be restored into
/// several accounts of one database; export → restore → export gives the same document up to the ids.
/// </summary>
public sealed class BackupService(AlliesDb db)
{
    public const string Format = "allies-backup";
    public const int Version = 1;

    /// <summary>Owned types deliberately not in a backup: API tokens are credentials of the account, not its data; an archetype stamp is a cache's bookkeeping.</summary>
    public static readonly IReadOnlySet<Type> Excluded = new HashSet<Type> { typeof(ApiToken), typeof(OwnerStamp) };

    /// <summary>
    /// Owned rows an account gets by being looked at, not from its owner: the watermark of the tie-strength cache is
    /// written the first time any page shows the network (a new account's dashboard does). They do not make an account
    /// "not empty" for a restore, and the backup's own rows replace them.
    /// </summary>
    public static readonly IReadOnlySet<Type> Bookkeeping = new HashSet<Type> { typeof(Core.Ties.TieWatermark) };

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The entity types a backup holds, principals before dependents, with how each is found for an owner.</summary>
    public static IReadOnlyList<BackupTable> Tables(IModel model)
    {
        var owned = model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.FindProperty("OwnerId") is not null && !Excluded.Contains(t.ClrType) && t.ClrType.Namespace?.StartsWith("Allies.", StringComparison.Ordinal) == true)
            .ToList();
        var tables = owned.Select(t => new BackupTable(t, null)).ToList();
        foreach (var t in model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindProperty("OwnerId") is null && t.ClrType.Namespace?.StartsWith("Allies.Core", StringComparison.Ordinal) == true))
        {
            var fk = t.GetForeignKeys().FirstOrDefault(f => owned.Contains(f.PrincipalEntityType) && f.Properties.Count == 1);
            if (fk is not null)
            {
                tables.Add(new BackupTable(t, fk));
            }
        }

        return [.. tables.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The whole account as one JSON document.</summary>
    public async Task<JsonObject> ExportAsync(Guid ownerId, CancellationToken ct = default)
    {
        var tables = new JsonObject();
        var keysOf = new Dictionary<IEntityType, List<Guid>>();
        foreach (var table in Tables(db.Model).OrderBy(t => t.Via is null ? 0 : 1))
        {
            var rows = await LoadAsync(table, ownerId, keysOf, ct);
            var array = new JsonArray();
            var sorted = rows.Select(r => (Key: KeyText(table.Type, r), Row: r)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            foreach (var (_, row) in sorted)
            {
                var o = new JsonObject();
                foreach (var p in Columns(table.Type))
                {
                    o[Camel(p.Name)] = JsonSerializer.SerializeToNode(row.Property(p.Name).CurrentValue, p.ClrType, Json);
                }

                array.Add(o);
            }

            if (table.Type.FindPrimaryKey() is { Properties: [{ ClrType: var kt } key] } && kt == typeof(Guid))
            {
                keysOf[table.Type] = [.. rows.Select(r => (Guid)r.Property(key.Name).CurrentValue!)];
            }

            tables[table.Name] = array;
            db.ChangeTracker.Clear();
        }

        return new JsonObject { ["format"] = Format, ["version"] = Version, ["tables"] = tables };
    }

    public async Task WriteAsync(Guid ownerId, Stream output, CancellationToken ct = default)
    {
        var doc = await ExportAsync(ownerId, ct);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        doc.WriteTo(writer);
        await writer.FlushAsync(ct);
    }

    /// <summary>Restores a backup into an account that owns nothing yet (its settings are replaced); returns the rows written.</summary>
    public async Task<int> RestoreAsync(Guid ownerId, Stream input, CancellationToken ct = default)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(input, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw Invalid("file_invalid", e.LineNumber is { } line
                ? $"The file is not an Allies backup: it is not JSON (line {line + 1}, position {e.BytePositionInLine + 1})."
                : "The file is not an Allies backup: it is not JSON.");
        }

        if (node is not JsonObject doc || (string?)doc["format"] != Format)
        {
            throw Invalid("file_invalid", $"The file is not an Allies backup (its \"format\" is not \"{Format}\").");
        }

        var version = doc["version"]?.GetValue<int>() ?? 0;
        if (version < 1 || version > Version)
        {
            throw Invalid("version_unknown", $"The backup's version {version} is not one this Allies reads (1 to {Version}).");
        }

        var tables = Tables(db.Model);
        foreach (var t in tables.Where(t => t.Via is null && t.Type.ClrType != typeof(Core.Settings.OwnerSettings) && !Bookkeeping.Contains(t.Type.ClrType)))
        {
            if (await CountAsync(t.Type, ownerId, ct) is > 0 and var rows)
            {
                throw Invalid("account_not_empty",
                    $"A backup is restored into an empty account only (a new one); this one already holds {rows} {Words(t.Name, rows)}.");
            }
        }

        var data = doc["tables"] as JsonObject ?? [];
        var unknown = data.Select(kv => kv.Key).Except(tables.Select(t => t.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw Invalid("table_unknown", $"The backup holds tables this Allies does not know: {string.Join(", ", unknown)}.");
        }

        // Every id in the document gets a new one, in the same order.
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            foreach (var row in (data[t.Name] as JsonArray ?? []).OfType<JsonObject>())
            {
                foreach (var p in Columns(t.Type).Where(p => Underlying(p.ClrType) == typeof(Guid)))
                {
                    if (row[Camel(p.Name)]?.GetValue<Guid>() is { } g && g != Guid.Empty)
                    {
                        ids.Add(g.ToString());
                    }
                }
            }
        }

        var fresh = Enumerable.Range(0, ids.Count).Select(_ => Guid.CreateVersion7().ToString()).Order(StringComparer.Ordinal).ToList();
        var map = ids.Zip(fresh).ToDictionary(x => Guid.Parse(x.First), x => Guid.Parse(x.Second));

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Settings.Where(s => s.OwnerId == ownerId).ExecuteDeleteAsync(ct);
            await db.TieWatermarks.Where(w => w.OwnerId == ownerId).ExecuteDeleteAsync(ct);
            await OwnerStamps.BumpAsync(db, ownerId, ct);
            var count = 0;
            foreach (var t in tables)
            {
                var line = 0;
                foreach (var row in (data[t.Name] as JsonArray ?? []).OfType<JsonObject>())
                {
                    line++;
                    var entity = Activator.CreateInstance(t.Type.ClrType)!;
                    var entry = db.Entry(entity);
                    foreach (var p in t.Type.GetProperties())
                    {
                        object? value;
                        if (p.Name == "OwnerId")
                        {
                            value = ownerId;
                        }
                        else if (row[Camel(p.Name)] is { } v)
                        {
                            try
                            {
                                value = v.Deserialize(p.ClrType, Json);
                            }
                            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                            {
                                throw Invalid("value_invalid", $"{t.Name} row {line}, field {Camel(p.Name)}: {e.Message}");
                            }

                            if (value is Guid g && map.TryGetValue(g, out var n))
                            {
                                value = n;
                            }
                        }
                        else
                        {
                            continue;
                        }

                        entry.Property(p.Name).CurrentValue = value;
                    }

                    entry.State = EntityState.Added;
                    count++;
                }
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return count;
        });
    }

    /// <summary>"contacts", "import runs": a table's rows as a person names them (the type's name, split into words).</summary>
    static string Words(string table, int rows)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(table, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return rows == 1 ? words : words.EndsWith('y') ? words[..^1] + "ies" : words.EndsWith('s') ? words + "es" : words + "s";
    }

    static InvalidInputException Invalid(string code, string message) => new([new FieldError("File", code, message)]);

    static Type Underlying(Type t) => Nullable.GetUnderlyingType(t) ?? t;

    static IEnumerable<IProperty> Columns(IEntityType t) =>
        t.GetProperties().Where(p => p.Name != "OwnerId").OrderBy(p => p.Name, StringComparer.Ordinal);

    static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    static string KeyText(IEntityType t, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry row) =>
        string.Join('|', t.FindPrimaryKey()!.Properties.Where(p => p.Name != "OwnerId")
            .Select(p => Convert.ToString(row.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    async Task<int> CountAsync(IEntityType type, Guid ownerId, CancellationToken ct)
    {
        var method = typeof(BackupService).GetMethod(nameof(CountOwned), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type.ClrType);
        return await (Task<int>)method.Invoke(this, [ownerId, ct])!;
    }

    Task<int> CountOwned<T>(Guid ownerId, CancellationToken ct)
        where T : class => db.Set<T>().CountAsync(e => EF.Property<Guid>(e, "OwnerId") == ownerId, ct);

    async Task<List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry>> LoadAsync(BackupTable table, Guid ownerId,
        Dictionary<IEntityType, List<Guid>> keysOf, CancellationToken ct)
    {
        List<object> rows;
        if (table.Via is null)
        {
            var method = typeof(BackupService).GetMethod(nameof(Owned), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(table.Type.ClrType);
            rows = await (Task<List<object>>)method.Invoke(this, [ownerId, ct])!;
        }
        else
        {
            var principals = keysOf.GetValueOrDefault(table.Via.PrincipalEntityType) ?? [];
            var method = typeof(BackupService).GetMethod(nameof(Dependent), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(table.Type.ClrType);
            rows = await (Task<List<object>>)method.Invoke(this, [table.Via.Properties[0].Name, principals, ct])!;
        }

        return [.. rows.Select(db.Entry)];
    }

    async Task<List<object>> Owned<T>(Guid ownerId, CancellationToken ct)
        where T : class => [.. await db.Set<T>().Where(e => EF.Property<Guid>(e, "OwnerId") == ownerId).ToListAsync(ct)];

    async Task<List<object>> Dependent<T>(string fk, List<Guid> principals, CancellationToken ct)
        where T : class
    {
        var all = new List<object>();
        foreach (var chunk in principals.Chunk(1000))
        {
            all.AddRange(await db.Set<T>().Where(e => chunk.Contains(EF.Property<Guid>(e, fk))).ToListAsync(ct));
        }

        return all;
    }
}

/// <summary>One table of a backup: an owned entity type, or one found through its foreign key to an owned one.</summary>
public sealed record BackupTable(IEntityType Type, IForeignKey? Via)
{
    public string Name => Type.ClrType.Name;
}
