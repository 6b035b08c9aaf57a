namespace Allies.Web.Tests.Browser;

/// <summary>Import a vCard file through the import page in a real browser at phone width, watch it finish, read the report.</summary>
public sealed class ImportPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Upload_a_vcard_file_see_the_report_and_the_history_at_phone_width()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(browser.BaseUrl + "/account/register");
        await page.FillAsync("#Input_Email", "importer@example.com");
        await page.FillAsync("#Input_Password", "a long enough passphrase");
        await page.FillAsync("#Input_ConfirmPassword", "a long enough passphrase");
        await page.ClickAsync("#register");
        await page.WaitForPageAsync(browser.BaseUrl + "/");

        var file = Path.Combine(Directory.CreateTempSubdirectory("allies-browser-").FullName, "friends.vcf");
        await File.WriteAllTextAsync(file, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nEMAIL:grace@example.com\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n", TestContext.Current.CancellationToken);

        await page.ClickAsync("#nav-imports");
        await page.SelectOptionAsync("#import-kind", "VCard");
        await page.SetInputFilesAsync("#import-file", file);
        await page.ClickAsync("#import-start");
        await page.WaitForSelectorAsync("#import-status:text('Done')");
        Assert.Contains("2 read, 2 added", await page.InnerTextAsync("#import-counts"), StringComparison.Ordinal);

        await page.GotoAsync(browser.BaseUrl + "/imports");
        Assert.Contains("friends.vcf", await page.InnerTextAsync("#history"), StringComparison.Ordinal);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"the page is {scrollWidth}px wide on a 375px screen");
        var shot = Path.Combine(BrowserFixture.ArtifactsDir, "imports-375.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }
}
