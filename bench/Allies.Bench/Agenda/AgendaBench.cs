using System.Diagnostics;
using System.Globalization;
using Allies.Core.Agenda;
using Allies.Data;
using Allies.Data.Accounts;
using Allies.Data.Agenda;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Bench.Agenda;

/// <summary>
/// `dotnet run -c Release --project bench/Allies.Bench -- agenda --database &lt;sqlite file | postgres connection string&gt; [--runs N]`
/// on a database holding the demo account: times the phases of one agenda request (tie refresh, loading the input,
/// AgendaPlanner.Plan) and the whole AgendaService.GetAsync — served from its cache, and the first request after a change —
/// each run in a new scope, as the web app does.
/// </summary>
public static class AgendaBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var database = Arg(args, "--database") ?? throw new ArgumentException("--database is required");
        var runs = int.Parse(Arg(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(DatabaseTarget.Parse(database));
        services.AddAlliesIdentityCore();
        await using var provider = services.BuildServiceProvider();
        Guid owner;
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlliesMigrator>().MigrateAsync();
            owner = (await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync("demo@allies.local"))?.Id
                ?? throw new InvalidOperationException("No demo account on this database.");
        }

        var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string name, Stopwatch sw) => (phases.TryGetValue(name, out var l) ? l : phases[name] = []).Add(sw.Elapsed.TotalMilliseconds);
        for (var run = 0; run < runs; run++)
        {
            using (var scope = provider.CreateScope())
            {
                var sp = scope.ServiceProvider;
                var sw = Stopwatch.StartNew();
                await sp.GetRequiredService<TieStates>().RefreshAsync(owner);
                Add("refresh", sw);
                sw.Restart();
                var input = await sp.GetRequiredService<AgendaService>().InputAsync(owner, all: false);
                Add("input (refresh included)", sw);
                sw.Restart();
                var plan = AgendaPlanner.Plan(input);
                Add("plan", sw);
                if (run == 0)
                {
                    var until = AgendaValidity.Until(input);
                    var changes = input.Contacts.Select(c => AgendaValidity.NextScoreChange(c.Tie, input.Now)).Where(t => t != DateTimeOffset.MaxValue).Select(t => (t - input.Now).TotalSeconds).Order().ToList();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{input.Contacts.Count} contacts, {plan.Pending} pending, {plan.Items.Count} shown; exactly valid for {(until - input.Now).TotalSeconds:0.0} s; next score changes in s: {string.Join(", ", changes.Take(5).Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}; {changes.Count(x => x < 60)} within a minute, {changes.Count(x => x < 3600)} within an hour"));
                }
            }

            using (var scope = provider.CreateScope())
            {
                var sw = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<AgendaService>().GetAsync(owner);
                Add("GetAsync", sw);
            }

            // The same request served from the cache, then the first one after a change of the owner's data (a bumped stamp).
            using (var scope = provider.CreateScope())
            {
                var sw = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<AgendaService>().GetAsync(owner);
                Add("GetAsync, cached", sw);
                await OwnerStamps.BumpAsync(scope.ServiceProvider.GetRequiredService<AlliesDb>(), owner);
            }

            using (var scope = provider.CreateScope())
            {
                var sw = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<AgendaService>().GetAsync(owner);
                Add("GetAsync after a change", sw);
            }
        }

        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (name, list) in phases)
        {
            var sorted = list.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} n={sorted.Count} min={sorted[0]:0.0} p50={sorted[sorted.Count / 2]:0.0} max={sorted[^1]:0.0} ms"));
        }

        return 0;
    }

    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
