using Microsoft.Playwright;

namespace Allies.Web.Tests.Browser;

/// <summary>A newcomer's first session in a real browser, at phone width.</summary>
public sealed class FirstSessionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Register_add_contacts_log_a_coffee_with_two_people_and_read_it_in_French()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        // A fresh install: the home page offers to create the first account.
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.GotoAsync(browser.BaseUrl + "/account/register");
        await page.FillAsync("#Input_Email", "camille@example.com");
        await page.FillAsync("#Input_Password", "a long enough passphrase");
        await page.FillAsync("#Input_ConfirmPassword", "a long enough passphrase");
        await page.ClickAsync("#register");
        await page.WaitForPageAsync(browser.BaseUrl + "/");

        var grace = await AddContactAsync(page, "Grace", "Hopper", "grace@example.com", "Navy");
        var alan = await AddContactAsync(page, "Alan", "Turing", "alan@example.com", "Bletchley");

        // Log one coffee with both, starting from Grace's page, naming Alan in the people field.
        await page.GotoAsync(browser.BaseUrl + grace);
        await page.ClickAsync("#log-with");
        await page.FillAsync("#Input_People", "Alan Turing");
        await page.SelectOptionAsync("#Input_Kind", "Coffee");
        await page.FillAsync("#Input_Summary", "Coffee about compilers and machines that think");
        await page.ClickAsync("#save-interaction");
        await page.WaitForPageAsync(browser.BaseUrl + grace);

        // The interaction is on both contact pages, each naming the other participant.
        var onGrace = page.Locator("ol.timeline li.interaction").Filter(new() { HasText = "machines that think" });
        Assert.Equal(1, await onGrace.CountAsync());
        Assert.Contains("Alan Turing", await onGrace.InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(browser.BaseUrl + alan);
        var onAlan = page.Locator("ol.timeline li.interaction").Filter(new() { HasText = "machines that think" });
        Assert.Equal(1, await onAlan.CountAsync());
        Assert.Contains("Grace Hopper", await onAlan.InnerTextAsync(), StringComparison.Ordinal);

        // Switch to French: the same page, in French.
        Assert.Equal("Log an interaction", (await page.InnerTextAsync("#log-with")).Trim());
        await page.ClickAndWaitForReloadAsync("#lang-fr");
        Assert.Equal(browser.BaseUrl + alan, page.Url);
        Assert.Equal("Noter un échange", (await page.InnerTextAsync("#log-with")).Trim());
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));

        // Usable at phone width: nothing forces the page wider than the screen.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"the page is {scrollWidth}px wide on a 375px screen");

        var shot = Path.Combine(BrowserFixture.ArtifactsDir, "contact-page-fr-375.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        TestContext.Current.AddAttachment("contact-page-fr-375.png", await File.ReadAllBytesAsync(shot, TestContext.Current.CancellationToken), "image/png");
    }

    static async Task<string> AddContactAsync(IPage page, string first, string last, string email, string company)
    {
        await page.GotoAsync(page.Url[..page.Url.IndexOf('/', 8)] + "/contacts/new");
        await page.FillAsync("#Input_FirstName", first);
        await page.FillAsync("#Input_LastName", last);
        await page.FillAsync("#Input_Emails", email);
        await page.FillAsync("#Input_Company", company);
        await page.ClickAsync("#save-contact");
        await page.WaitForSelectorAsync("#contact-name");
        Assert.Contains($"{first} {last}", await page.InnerTextAsync("#contact-name"), StringComparison.Ordinal);
        return new Uri(page.Url).AbsolutePath;
    }
}
