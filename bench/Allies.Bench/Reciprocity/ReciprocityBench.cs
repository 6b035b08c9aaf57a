using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Allies.Data;
using Allies.Data.Accounts;
using Allies.Data.Reciprocity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Bench.Reciprocity;

/// <summary>
/// `dotnet run -c Release --project bench/Allies.Bench -- reciprocity --database &lt;sqlite file | postgres connection string&gt; [--runs N] [--ledgers N]`
/// on a database already holding the demo (`allies demo --contacts 10000 --interactions 1000000`): times the network-wide
/// archetype table (as served, from the per-owner cache, and computed every time) and single ledgers through
/// ReciprocityService (what the page, the API and the CLI call), each against
/// a raw SQL reference over the same rows measured in the same run.
/// </summary>
public static class ReciprocityBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var database = Arg(args, "--database") ?? throw new ArgumentException("--database is required");
        var runs = int.Parse(Arg(args, "--runs") ?? "30", CultureInfo.InvariantCulture);
        var ledgers = int.Parse(Arg(args, "--ledgers") ?? "200", CultureInfo.InvariantCulture);
        var target = DatabaseTarget.Parse(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(target);
        services.AddAlliesIdentityCore();
        await using var provider = services.BuildServiceProvider();

        var migrate = Stopwatch.StartNew();
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlliesMigrator>().MigrateAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"migrated in {migrate.Elapsed.TotalSeconds:0.0} s"));
        Guid owner;
        long exchanges;
        using (var scope = provider.CreateScope())
        {
            owner = (await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync("demo@allies.local"))?.Id
                ?? throw new InvalidOperationException("No demo account: run `allies demo --contacts 10000 --interactions 1000000` on this database first.");
            var db = scope.ServiceProvider.GetRequiredService<AlliesDb>();
            exchanges = await db.Exchanges.LongCountAsync(e => e.OwnerId == owner);
            var contacts = await db.Contacts.CountAsync(c => c.OwnerId == owner);
            var interactions = await db.Interactions.CountAsync(i => i.OwnerId == owner);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Provider}: {contacts:N0} contacts, {interactions:N0} interactions, {exchanges:N0} exchanges"));
        }

        var now = TimeProvider.System.GetUtcNow();
        var from = now.AddMonths(-9);

        // The archetype table, and its reference: one raw SQL count over the same join and window.
        // Served (what the callers get: cached per owner until something it reads changes) and computed every time.
        var table = await TimeAsync(runs, 2, async sp => await sp.GetRequiredService<ReciprocityService>().OverviewAsync(owner, 50));
        var tableUncached = await TimeAsync(runs, 2, async sp => await sp.GetRequiredService<ReciprocityService>().ComputeOverviewAsync(owner, 50));
        var tableRef = await TimeAsync(runs, 2, sp => ScalarAsync(sp, target.Provider,
            """SELECT COUNT(*) FROM "Interactions" i JOIN "Exchanges" e ON e."InteractionId" = i."Id" WHERE i."OwnerId" = @owner AND e."OwnerId" = @owner AND i."OccurredAt" >= @from""",
            owner, from, null));

        // Single ledgers: the contacts with the most exchanges (worst case first), each against a raw count of its exchanges.
        List<Guid> heavy;
        using (var scope = provider.CreateScope())
        {
            heavy = await scope.ServiceProvider.GetRequiredService<AlliesDb>().Exchanges.Where(e => e.OwnerId == owner)
                .GroupBy(e => e.ContactId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(ledgers).ToListAsync();
        }

        var n = 0;
        var ledger = await TimeAsync(heavy.Count, 5, async sp => await sp.GetRequiredService<ReciprocityService>().LedgerAsync(owner, heavy[n++ % heavy.Count]));
        n = 0;
        var ledgerRef = await TimeAsync(heavy.Count, 5, sp => ScalarAsync(sp, target.Provider,
            """SELECT COUNT(*) FROM "Exchanges" e JOIN "Interactions" i ON i."Id" = e."InteractionId" WHERE e."OwnerId" = @owner AND e."ContactId" = @contact AND i."OccurredAt" >= @from""",
            owner, from, heavy[n++ % heavy.Count]));

        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : "?";
        Console.WriteLine($"load average after the run: {load}");
        Console.WriteLine("| provider | what | n | p50 ms | p95 ms | p99 ms | reference p95 ms | ratio |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        Row("archetype table (ReciprocityService.OverviewAsync, cached per owner)", table, tableRef);
        Row("archetype table uncached (ReciprocityService.ComputeOverviewAsync)", tableUncached, tableRef);
        Row("reference: raw SQL count of the window's exchanges", tableRef, tableRef);
        Row("single ledger (ReciprocityService.LedgerAsync)", ledger, ledgerRef);
        Row("reference: raw SQL count of one contact's exchanges", ledgerRef, ledgerRef);
        return 0;

        void Row(string what, Percentiles p, Percentiles reference) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {target.Provider.ToString().ToLowerInvariant()} | {what} | {p.Count} | {p.P50:0.0} | {p.P95:0.0} | {p.P99:0.0} | {reference.P95:0.0} | {p.P95 / reference.P95:0.0}× |"));

        async Task<Percentiles> TimeAsync(int count, int warmup, Func<IServiceProvider, Task<object?>> call)
        {
            var samples = new List<double>();
            for (var i = 0; i < warmup + count; i++)
            {
                using var scope = provider.CreateScope();
                var sw = Stopwatch.StartNew();
                await call(scope.ServiceProvider);
                if (i >= warmup)
                {
                    samples.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            return Percentiles.Of(samples);
        }
    }

    static readonly DateTimeOffsetToBinaryConverter Binary = new();

    static async Task<object?> ScalarAsync(IServiceProvider sp, DatabaseProvider provider, string sql, Guid owner, DateTimeOffset from, Guid? contact)
    {
        var db = sp.GetRequiredService<AlliesDb>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var sqlite = provider == DatabaseProvider.Sqlite;
        Add(command, "owner", sqlite ? owner.ToString().ToUpperInvariant() : owner);
        Add(command, "from", sqlite ? Binary.ConvertToProvider(from.ToUniversalTime())! : from.ToUniversalTime());
        if (contact is { } c)
        {
            Add(command, "contact", sqlite ? c.ToString().ToUpperInvariant() : c);
        }

        return await command.ExecuteScalarAsync();
    }

    static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
