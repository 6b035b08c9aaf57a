using System.Diagnostics;
using Allies.Core.Contacts;
using Allies.Data.Contacts;
using Allies.Data.Network;
using Allies.Web.Pages.Network;
using Allies.Web.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Allies.Web.Tests.Network;

/// <summary>The map in a real browser: open it, click a person, land on their page; usable at phone width.</summary>
public sealed class NetworkBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_the_map_click_a_node_and_land_on_the_contact_page_at_phone_width()
    {
        var app = browser.App;
        var owner = await app.CreateAccountAsync("map@example.com");
        var ids = await app.WithServicesAsync(async sp =>
        {
            var contacts = sp.GetRequiredService<ContactService>();
            var network = sp.GetRequiredService<NetworkService>();
            var made = new List<Guid>();
            foreach (var (first, industry) in new[] { ("Claire", "Consulting"), ("Paul", "Finance"), ("Nina", "Finance"), ("Omar", "Tech"), ("Lea", "Tech") })
            {
                made.Add((await contacts.CreateAsync(owner, new ContactInput { FirstName = first, LastName = "Map", Industry = industry }, Ct)).Id);
            }

            await network.LinkAsync(owner, made[0], made[1], ct: Ct);
            await network.LinkAsync(owner, made[1], made[2], ct: Ct);
            await network.LinkAsync(owner, made[0], made[3], ct: Ct);
            await network.LinkAsync(owner, made[3], made[4], ct: Ct);
            return made;
        });

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(browser.BaseUrl + "/account/login");
        await page.FillAsync("#Input_Email", "map@example.com");
        await page.FillAsync("#Input_Password", "correct horse battery");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForPageAsync(browser.BaseUrl + "/");

        await page.ClickAsync("#nav-network");
        // The DOM is enough: waiting for "load" once timed out in CI after the network was idle (1 run in 4).
        await page.WaitForPageAsync(browser.BaseUrl + "/network");
        await page.Locator("svg#map g.people a").First.WaitForAsync();
        Assert.Equal(5, await page.Locator("svg#map g.people a").CountAsync());
        var shot = Path.Combine(BrowserFixture.ArtifactsDir, "network-map-375.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 376).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
        Assert.True(scrollWidth <= 375, $"the map page is {scrollWidth}px wide on a 375px screen: {wide}");

        // Zoom in with the button, then click a person on the picture.
        var before = await page.GetAttributeAsync("svg#map", "viewBox");
        await page.ClickAsync("[data-zoom=in]");
        Assert.NotEqual(before, await page.GetAttributeAsync("svg#map", "viewBox"));
        await page.ClickAsync("[data-zoom=reset]");
        await page.Locator($"#node-{ids[1]} circle").ClickAsync(new() { Force = true });
        await page.WaitForPageAsync(browser.BaseUrl + $"/contacts/{ids[1]}");
        Assert.Equal("Paul Map", (await page.InnerTextAsync("#contact-name")).Trim());
        Assert.Contains("Claire Map", await page.InnerTextAsync("#contact-links"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_of_2000_contacts_draws_every_person_and_tie_in_a_bounded_time()
    {
        var app = browser.App;
        var owner = await app.CreateAccountAsync("big@example.com");
        await app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Allies.Data.AlliesDb>();
            var random = new Random(7);
            var people = Enumerable.Range(0, 2000).Select(i => new Contact
            {
                OwnerId = owner,
                FirstName = $"P{i}",
                LastName = "Big",
                Industry = $"Industry {i % 12}",
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            }).ToList();
            db.Contacts.AddRange(people);
            var pairs = new HashSet<(int, int)>();
            while (pairs.Count < 5000)
            {
                var a = random.Next(2000);
                var b = random.Next(0, 10) < 8 ? ((a / 100 * 100) + random.Next(100)) : random.Next(2000);  // mostly within a group of 100
                if (a != b)
                {
                    pairs.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }

            db.ContactLinks.AddRange(pairs.Select(p => new Allies.Core.Network.ContactLink { OwnerId = owner, FromContactId = people[p.Item1].Id, ToContactId = people[p.Item2].Id, Strength = 0.5 }));
            await db.SaveChangesAsync(Ct);
            return 0;
        });

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(browser.BaseUrl + "/account/login");
        await page.FillAsync("#Input_Email", "big@example.com");
        await page.FillAsync("#Input_Password", "correct horse battery");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GotoAsync(browser.BaseUrl + "/network");  // warm-up: JIT and caches

        var timings = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            await page.GotoAsync(browser.BaseUrl + "/network", new() { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");  // painted
            timings.Add(watch.Elapsed.TotalSeconds);
        }

        Assert.Equal(2000, await page.Locator("svg#map g.people a").CountAsync());
        Assert.Equal(5000, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('svg#map g.ties path')].reduce((n, p) => n + Number(p.dataset.ties), 0)"));
        var best = timings.Min();
        TestContext.Current.SendDiagnosticMessage($"map of 2,000 contacts: {string.Join(", ", timings.Select(t => t.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))} s; load {File.ReadAllText("/proc/loadavg").Trim()}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "network-map-2000.png") });
        // The table under the map lists the 50 who matter most; everyone is one link away.
        Assert.Equal(MapView.TableRows, await page.Locator("#map-table tbody tr").CountAsync());
        await page.ClickAsync("#map-all-people");
        await page.WaitForPageAsync(browser.BaseUrl + "/network/people");
        Assert.Equal(2000, await page.Locator("#people-table tbody tr").CountAsync());
        // The 1 s goal is measured by the bench (bench/COMPARE.md, with the load average); on a machine shared with other
        // builds a test can only guard against a gross regression.
        Assert.True(best < 10.0, $"the map of 2,000 contacts took {best:0.000} s at best ({string.Join(", ", timings)})");
    }
}
