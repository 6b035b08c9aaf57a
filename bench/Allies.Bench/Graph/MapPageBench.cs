using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Allies.Bench.Graph;

/// <summary>
/// Times the map page in Debian's Chromium through Playwright, against a running `allies serve`:
/// `map-page &lt;base-url&gt; [email] [password]` (default the demo account). From navigation start to the second
/// animation frame after the load event (the picture painted); one warm-up, then five runs.
/// </summary>
public static class MapPageBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var baseUrl, .. var rest])
        {
            Console.Error.WriteLine("Usage: map-page <base-url> [email] [password]");
            return 2;
        }

        var email = rest.Length > 0 ? rest[0] : "demo@allies.local";
        var password = rest.Length > 1 ? rest[1] : "allies-demo";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ALLIES_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/");
        await page.GotoAsync(baseUrl + "/network");
        var nodes = await page.Locator("svg#map g.people a").CountAsync();
        var ties = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('svg#map g.ties path')].reduce((n, p) => n + Number(p.dataset.ties), 0)");
        var times = new List<double>();
        var server = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(baseUrl + "/network", new() { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            times.Add(clock.Elapsed.TotalSeconds);
            server.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].responseStart - performance.getEntriesByType('navigation')[0].requestStart") / 1000);
        }

        string F(IEnumerable<double> xs) => string.Join(", ", xs.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)));
        Console.WriteLine($"map page: {nodes} people, {ties} ties; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"  painted after (s):       {F(times)}  best {times.Min():0.000}, median {times.Order().ElementAt(2):0.000}");
        Console.WriteLine($"  server time to 1st byte: {F(server)}");
        return 0;
    }
}
