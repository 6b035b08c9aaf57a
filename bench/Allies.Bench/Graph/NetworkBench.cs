using System.Diagnostics;
using Allies.Data;
using Allies.Data.Network;
using Allies.Web.Pages.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Bench.Graph;

/// <summary>
/// Times what the map page and `allies network …` do for one owner, step by step, on a real database:
/// `network &lt;sqlite-file-or-postgres-connection&gt; [owner-email]` (e.g. after `allies demo --contacts 2000`).
/// Best of three after a warm-up, in milliseconds.
/// </summary>
public static class NetworkBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var database, .. var rest])
        {
            Console.Error.WriteLine("Usage: network <database> [owner-email]");
            return 2;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlliesData(DatabaseTarget.Parse(database));
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlliesDb>();
        var email = (rest is [var e] ? e : "demo@allies.local").ToUpperInvariant();
        var owner = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleAsync();
        var network = scope.ServiceProvider.GetRequiredService<NetworkService>();

        var loaded = await network.LoadAsync(owner);
        Console.WriteLine($"{loaded.People.Count} contacts, {loaded.Ties.Count} ties, {loaded.People.Values.Count(p => p.MeStrength is not null)} ties to me; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        await TimeAsync("load (queries + merge)", () => network.LoadAsync(owner));
        Time("communities (Louvain)", () => Louvain(loaded));
        Time("betweenness (contacts, exact)", () => Allies.Core.Graph.Betweenness.Compute(loaded.Contacts));
        Time($"betweenness (estimated, {OwnerNetwork.MapPivots} pivots)", () => Allies.Core.Graph.Betweenness.Estimate(loaded.Contacts, OwnerNetwork.MapPivots));
        Time("stats (incl. my constraint)", () => NetworkService.Stats(loaded));
        Time("bridges + weak ties + single bridges", () => NetworkService.Bridges(loaded));
        Time("holes", () => NetworkService.Holes(loaded, [], []));
        var target = loaded.People.Values.Where(p => p.MeStrength is null).Select(p => p.Id).FirstOrDefault(loaded.People.Keys.Last());
        Time("paths to one contact (k=3)", () => NetworkService.Paths(loaded, new PathQuery { ContactId = target }, 3));
        Time("map layout", () => MapLayout.Compute(loaded));
        var map = MapLayout.Compute(loaded);
        var all = map.Nodes.Select(n => n.Id).ToHashSet();
        Time("map SVG", () => MapSvg.Render(map, all, "You", "map"));
        return 0;
    }

    static object Louvain(OwnerNetwork n) => Allies.Core.Graph.Louvain.Detect(n.Contacts, seed: 42);

    static void Time<T>(string what, Func<T> work) => TimeAsync(what, () => Task.FromResult(work())).GetAwaiter().GetResult();

    static async Task TimeAsync<T>(string what, Func<Task<T>> work)
    {
        await work();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  {what,-40} {best,9:0.0} ms");
    }
}
