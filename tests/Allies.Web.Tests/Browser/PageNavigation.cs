using Microsoft.Playwright;

namespace Allies.Web.Tests.Browser;

/// <summary>Waiting for a form post that lands on the page it came from.</summary>
/// <remarks>
/// <c>WaitForURLAsync</c> returns at once when the URL already matches, so after a post that redirects back to the
/// same address a test could read the old page (it did in CI once). This waits until the old document is gone.
/// </remarks>
public static class PageNavigation
{
    /// <summary>
    /// Waiting for a page to arrive means its DOM is ready. The "load" event timed out twice in CI, after the network
    /// had gone idle (once on the map, once after logging an interaction), so no test waits for it.
    /// </summary>
    public static PageWaitForURLOptions Loaded => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static async Task ClickAndWaitForReloadAsync(this IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__alliesOldDocument = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__alliesOldDocument !== true && document.readyState !== 'loading'");
    }

    public static Task ClickAndWaitForReloadAsync(this IPage page, string selector) =>
        page.ClickAndWaitForReloadAsync(page.Locator(selector));
}
