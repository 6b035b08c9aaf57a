using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Allies.Data;
using Allies.Data.Accounts;
using Allies.Data.Demo;
using Allies.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Bench;

/// <summary>
/// End-to-end latency of the contacts search (API) and the contacts list page, on a demo network of N contacts,
/// against a reference measured in the same run: the same search as one raw SQL query on the same connection string.
/// </summary>
public static class ListBench
{
    static readonly string[] Terms = ["mar", "paris", "conseil", "dupont", "tech", "lyon", "smith", "finance", "sophie", "eng"];

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Arg(args, "--contacts", "10000,100000").Split(',').Select(int.Parse).ToArray();
        var providers = Arg(args, "--providers", "sqlite,postgres").Split(',');
        var requests = int.Parse(Arg(args, "--requests", "200"), CultureInfo.InvariantCulture);
        var pg = Environment.GetEnvironmentVariable("ALLIES_BENCH_POSTGRES");
        Console.WriteLine($"| provider | contacts | what | n | p50 ms | p95 ms | p99 ms | reference p95 ms | ratio |");
        Console.WriteLine($"|---|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var provider in providers)
        {
            foreach (var size in sizes)
            {
                if (provider == "postgres" && string.IsNullOrEmpty(pg))
                {
                    Console.Error.WriteLine("ALLIES_BENCH_POSTGRES is not set: skipping PostgreSQL (bench/run.sh starts a cluster).");
                    continue;
                }

                var target = provider == "postgres"
                    ? DatabaseTarget.Parse($"{pg};Database=allies_bench_{size}")
                    : DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"allies-bench-{size}.db"));
                await RunOneAsync(provider, size, target, requests);
            }
        }

        return 0;
    }

    static async Task RunOneAsync(string provider, int size, DatabaseTarget target, int requests)
    {
        var app = AlliesWebApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], target);
        await app.StartAsync();
        try
        {
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Guid owner;
            string secret;
            using (var scope = app.Services.CreateScope())
            {
                var demo = scope.ServiceProvider.GetRequiredService<DemoNetwork>();
                var db = scope.ServiceProvider.GetRequiredService<AlliesDb>();
                var existing = await db.Users.FirstOrDefaultAsync(u => u.Email == "demo@allies.local");
                var count = existing is null ? 0 : await db.Contacts.CountAsync(c => c.OwnerId == existing.Id);
                if (count != size)
                {
                    var sw = Stopwatch.StartNew();
                    var result = await demo.CreateAsync(new DemoOptions(Contacts: size));
                    Console.Error.WriteLine($"{provider}: seeded {result.Contacts} contacts, {result.Interactions} interactions in {sw.Elapsed.TotalSeconds:F1} s");
                    owner = result.OwnerId;
                }
                else
                {
                    owner = existing!.Id;
                }

                (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(owner, "bench");
            }

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

            var api = await TimeAsync(requests, i => GetAsync(http, $"/api/contacts?search={Terms[i % Terms.Length]}&pageSize=25"));
            var page = await TimeAsync(requests, i => GetAsync(http, $"/contacts?page={1 + (i % 40)}"));
            var pageSearch = await TimeAsync(requests, i => GetAsync(http, $"/contacts?search={Terms[i % Terms.Length]}"));
            var reference = await ReferenceAsync(target, owner, requests);
            Row(provider, size, "API search /api/contacts?search=", api, reference);
            Row(provider, size, "page /contacts?page=", page, reference);
            Row(provider, size, "page /contacts?search=", pageSearch, reference);
            Row(provider, size, "reference: raw SQL search", reference, reference);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    static async Task GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The same filtered, sorted, counted page as one raw SQL round trip each, through ADO.NET.</summary>
    static async Task<Percentiles> ReferenceAsync(DatabaseTarget target, Guid owner, int requests)
    {
        await using var db = new AlliesDb(DataServices.Options(target));
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var quote = target.Provider == DatabaseProvider.Postgres ? "\"" : "\"";
        return await TimeAsync(requests, async i =>
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText =
                $"SELECT {quote}Id{quote}, {quote}FirstName{quote}, {quote}LastName{quote}, {quote}Company{quote}, (SELECT COUNT(*) FROM {quote}Contacts{quote} WHERE {quote}OwnerId{quote} = @o AND {quote}ArchivedAt{quote} IS NULL AND {quote}SearchText{quote} LIKE @t) " +
                $"FROM {quote}Contacts{quote} WHERE {quote}OwnerId{quote} = @o AND {quote}ArchivedAt{quote} IS NULL AND {quote}SearchText{quote} LIKE @t ORDER BY {quote}SortName{quote} LIMIT 25";
            Param(cmd, "@o", target.Provider == DatabaseProvider.Sqlite ? owner.ToString().ToUpperInvariant() : owner);
            Param(cmd, "@t", $"%{Terms[i % Terms.Length]}%");
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        });
    }

    static void Param(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    static async Task<Percentiles> TimeAsync(int n, Func<int, Task> call)
    {
        for (var i = 0; i < Math.Min(20, n); i++)
        {
            await call(i);
        }

        var samples = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Percentiles.Of(samples);
    }

    static void Row(string provider, int size, string what, Percentiles p, Percentiles reference) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {size:N0} | {what} | {p.Count} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {reference.P95:F1} | {p.P95 / reference.P95:F1}× |"));

    static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
