using Allies.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Allies.Web.Tests.Browser;

/// <summary>The real app on a real socket, and Debian's Chromium driven by Playwright (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public AlliesWebFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    IPlaywright? _playwright;

    /// <summary>ALLIES_CHROMIUM, else Debian's /usr/bin/chromium (test.sh installs it).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("ALLIES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots go: ALLIES_ARTIFACTS (test.sh sets it), else a folder beside the test binaries.</summary>
    public static string ArtifactsDir
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("ALLIES_ARTIFACTS") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's chromium (./test.sh does) or set ALLIES_CHROMIUM.");
        }

        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
