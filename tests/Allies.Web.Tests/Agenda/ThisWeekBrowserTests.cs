using Allies.Core.Contacts;
using Allies.Core.Interactions;
using Allies.Data.Accounts;
using Allies.Data.Contacts;
using Allies.Data.Interactions;
using Allies.Web.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;

namespace Allies.Web.Tests.Agenda;

/// <summary>Monday morning in a real browser at phone width: open This week, do the first item, see the next person.</summary>
public sealed class ThisWeekBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_this_week_mark_done_and_see_the_next_person()
    {
        var owner = await browser.App.WithServicesAsync(async sp => (await sp.GetRequiredService<AccountService>().CreateAsync("camille@example.com", "a long enough passphrase")).Id);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime);
        await browser.App.WithServicesAsync(async sp =>
        {
            var contacts = sp.GetRequiredService<ContactService>();
            var interactions = sp.GetRequiredService<InteractionService>();
            await contacts.CreateAsync(owner, new ContactInput { FirstName = "Léa", LastName = "Martin", MetOn = today.AddDays(-1), WhereMet = "the Bizzeo evening", PersonalDetail = "loves kitesurfing" }, Ct);
            foreach (var (name, days) in new[] { ("Zoé", 70), ("Omar", 40) })
            {
                var c = await contacts.CreateAsync(owner, new ContactInput { FirstName = name, LastName = "Close", PinnedCircle = Circle.Close }, Ct);
                await interactions.LogAsync(owner, new InteractionInput { ParticipantIds = [c.Id], Kind = InteractionKind.Coffee, OccurredAt = DateTimeOffset.UtcNow.AddDays(-days), Summary = "talked about " + name }, Ct);
            }

            return 0;
        });

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(browser.BaseUrl + "/account/login");
        await page.FillAsync("#Input_Email", "camille@example.com");
        await page.FillAsync("#Input_Password", "a long enough passphrase");
        await page.ClickAsync("#login");
        await page.WaitForPageAsync(browser.BaseUrl + "/");

        // The dashboard's heart links to This week.
        Assert.Contains("Léa Martin", await page.InnerTextAsync("#this-week"), StringComparison.Ordinal);
        await page.ClickAsync("#nav-agenda");
        await page.WaitForPageAsync(browser.BaseUrl + "/agenda");

        var items = page.Locator("#agenda-items > li");
        Assert.Equal(3, await items.CountAsync());
        Assert.Equal("Léa Martin", (await items.Nth(0).Locator(".agenda-name").InnerTextAsync()).Trim());
        Assert.Contains("loves kitesurfing", await items.Nth(0).Locator("textarea").InputValueAsync(), StringComparison.Ordinal);
        // Both close friends are overdue: the stronger tie (silent for 40 days, not 70) comes first.
        Assert.Equal("Omar Close", (await items.Nth(1).Locator(".agenda-name").InnerTextAsync()).Trim());
        Assert.Equal(1, await items.Nth(0).Locator("button.copy").CountAsync());

        var wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(wide <= 375, $"This week is {wide}px wide on a 375px screen");
        var shot = Path.Combine(BrowserFixture.ArtifactsDir, "this-week-375.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        TestContext.Current.AddAttachment("this-week-375.png", await File.ReadAllBytesAsync(shot, Ct), "image/png");

        await page.ClickAndWaitForReloadAsync(items.Nth(0).Locator("button.done"));
        Assert.Equal(browser.BaseUrl + "/agenda", page.Url);
        await page.WaitForSelectorAsync("#agenda-ritual-line");

        // Léa is done (her follow-up is logged), and the next person leads the list.
        Assert.Contains("1 done of 3", await page.InnerTextAsync("#agenda-ritual-line"), StringComparison.Ordinal);
        Assert.Equal(2, await items.CountAsync());
        Assert.Equal("Omar Close", (await items.Nth(0).Locator(".agenda-name").InnerTextAsync()).Trim());
        Assert.DoesNotContain("Léa Martin", await page.InnerTextAsync("#agenda-items"), StringComparison.Ordinal);
        var logged = await browser.App.WithServicesAsync(async sp => await sp.GetRequiredService<InteractionService>().ListAsync(owner, new InteractionQuery(), Ct));
        Assert.Contains(logged.Items, i => i.Participants.Any(p => p.Name == "Léa Martin") && i.Kind == InteractionKind.Message);
    }
}
