using Microsoft.Playwright;

namespace Allies.Web.Tests.Browser;

/// <summary>Waiting for a page to arrive, and for a form post that lands on the page it came from.</summary>
/// <remarks>
/// <c>WaitForURLAsync</c> returns at once when the URL already matches, so after a post that redirects back to the
/// same address a test could read the old page (it did in CI once). This waits until the old document is gone.
/// </remarks>
public static class PageNavigation
{
    /// <summary>
    /// Waits until the page is at an address that matches and its DOM is ready, by asking the page itself
    /// (<c>document.readyState</c>), not through Playwright's lifecycle events: in CI, <c>WaitForURLAsync</c> timed out
    /// waiting for "load" (twice), then for "DOMContentLoaded" (once), each time after the network had gone idle on a
    /// page that had arrived.
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (url(page.Url))
            {
                try
                {
                    if (await page.EvaluateAsync<string>("() => document.readyState") != "loading")
                    {
                        return;
                    }
                }
                catch (PlaywrightException)
                {
                    // The document went away under the question (a navigation): ask the next one.
                }
            }

            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException($"After {Timeout.TotalSeconds:0} s the page is still at {page.Url}, not at the expected address.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>The same, for one exact address.</summary>
    public static Task WaitForPageAsync(this IPage page, string url) => page.WaitForPageAsync(u => u == url);

    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task ClickAndWaitForReloadAsync(this IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__alliesOldDocument = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__alliesOldDocument !== true && document.readyState !== 'loading'");
    }

    public static Task ClickAndWaitForReloadAsync(this IPage page, string selector) =>
        page.ClickAndWaitForReloadAsync(page.Locator(selector));
}
