using Allies.Web.Tests.Browser;

namespace Allies.Web.Tests.Reciprocity;

/// <summary>Logging exchanges with one-tap chips and reading the ledger, in Chromium at phone width.</summary>
public sealed class ReciprocityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Log_exchanges_with_chips_see_the_ledger_and_change_an_outcome_later()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(browser.BaseUrl + "/account/register");
        await page.FillAsync("#Input_Email", "camille@example.com");
        await page.FillAsync("#Input_Password", "a long enough passphrase");
        await page.FillAsync("#Input_ConfirmPassword", "a long enough passphrase");
        await page.ClickAsync("#register");
        await page.WaitForPageAsync(browser.BaseUrl + "/");
        await page.GotoAsync(browser.BaseUrl + "/contacts/new");
        await page.FillAsync("#Input_FirstName", "Grace");
        await page.FillAsync("#Input_LastName", "Hopper");
        await page.ClickAsync("#save-contact");
        await page.WaitForSelectorAsync("#contact-name");
        var contactUrl = new Uri(page.Url).AbsolutePath;

        // One tap per choice: they asked for an introduction; I gave some expertise, as a small probe.
        await page.ClickAsync("#log-with");
        await page.SelectOptionAsync("#Input_Kind", "Coffee");
        await page.ClickAsync("label[for='x0-dir-TheyAsked']");
        await page.ClickAsync("label[for='x0-kind-Introduction']");
        await page.FillAsync("#x0-what", "to the Navy's CTO");
        await page.ClickAsync("label[for='x1-dir-IGave']");
        await page.ClickAsync("label[for='x1-kind-Expertise']");
        await page.FillAsync("#x1-what", "COBOL review");
        await page.ClickAsync("label[for='x1-probe']");
        var shotForm = Path.Combine(BrowserFixture.ArtifactsDir, "log-exchange-chips-375.png");
        await page.ScreenshotAsync(new() { Path = shotForm, FullPage = true });
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "the log form is wider than a 375px screen");
        await page.ClickAsync("#save-interaction");
        await page.WaitForPageAsync(browser.BaseUrl + contactUrl);

        // The ledger on the contact page says it in one sentence, and lists the exchanges.
        var sentence = (await page.InnerTextAsync("#ledger-sentence")).Trim();
        Assert.StartsWith("You have given once since", sentence, StringComparison.Ordinal);
        Assert.EndsWith("they have asked once and given nothing.", sentence, StringComparison.Ordinal);
        Assert.Contains("Not enough data yet", await page.InnerTextAsync("#ledger-archetype"), StringComparison.Ordinal);
        Assert.Contains("Introduction", await page.InnerTextAsync("#ledger-evidence"), StringComparison.Ordinal);
        Assert.Contains("probe", await page.InnerTextAsync("#ledger-evidence"), StringComparison.Ordinal);

        // Later: the probe was amplified. Open the exchange from the evidence and change its outcome.
        await page.ClickAsync("#ledger-evidence a:has-text('COBOL review')");
        await page.WaitForSelectorAsync("#exchange-form");
        await page.ClickAsync("label[for='outcome-Amplified']");
        await page.ClickAsync("#save-exchange");
        await page.WaitForPageAsync(url => url.StartsWith(browser.BaseUrl + contactUrl, StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#ledger-sentence");
        Assert.Contains("1 amplified", await page.InnerTextAsync("#ledger-probes"), StringComparison.Ordinal);
        Assert.Contains("amplified", await page.InnerTextAsync("#ledger-evidence"), StringComparison.OrdinalIgnoreCase);

        // A promise they made, due in a few days: on the dashboard.
        await page.ClickAsync("#add-promise");
        await page.ClickAsync("label[for='promised-by-Them']");
        await page.FillAsync("#Input_What", "Intro to Katherine");
        await page.FillAsync("#Input_DueOn", DateTime.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#save-promise");
        await page.WaitForPageAsync(url => url.StartsWith(browser.BaseUrl + contactUrl, StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#ledger-sentence");
        await page.GotoAsync(browser.BaseUrl + "/");
        Assert.Contains("Intro to Katherine", await page.InnerTextAsync("#promises-due"), StringComparison.Ordinal);
        await page.ClickAndWaitForReloadAsync("#promises-due button[value='Kept']");
        Assert.Equal(browser.BaseUrl + "/", page.Url);
        Assert.DoesNotContain("Intro to Katherine", await page.InnerTextAsync("#promises-due"), StringComparison.Ordinal);

        await page.GotoAsync(browser.BaseUrl + contactUrl);
        Assert.Contains("100", await page.InnerTextAsync("#ledger-kept"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "the contact page is wider than a 375px screen");
        var shot = Path.Combine(BrowserFixture.ArtifactsDir, "contact-ledger-375.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        await page.GotoAsync(browser.BaseUrl + "/archetypes");
        await page.WaitForSelectorAsync("#archetype-counts");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "archetypes-375.png"), FullPage = true });
        Assert.Equal("1", (await page.InnerTextAsync("#count-notenoughdata")).Trim());
    }
}
