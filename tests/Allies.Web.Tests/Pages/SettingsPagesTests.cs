using Allies.Web.Tests.Infrastructure;

namespace Allies.Web.Tests.Pages;

public sealed class SettingsPagesTests
{
    [Fact]
    public async Task A_token_is_shown_once_listed_by_its_prefix_and_revoked()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");

        var noName = await session.SubmitAsync("/settings", "#token-form", ("TokenName", ""));
        Assert.StartsWith("A token needs a name", noName.ErrorFor("TokenName"), StringComparison.Ordinal);

        var created = await session.SubmitAsync("/settings", "#token-form", ("TokenName", "laptop script"));
        var secret = created.Value("#new-token-secret")!;
        Assert.StartsWith("allies_", secret, StringComparison.Ordinal);
        Assert.Equal("laptop script", created.Text("table.tokens tbody th"));
        Assert.Equal(secret[..12] + "…", created.Text("table.tokens code"));

        var again = await session.GetAsync("/settings");
        Assert.Null(again.Document.QuerySelector("#new-token-secret"));
        Assert.DoesNotContain(secret, again.Html, StringComparison.Ordinal);

        var revoked = await session.SubmitAsync(again, "form[action*='handler=RevokeToken']");
        Assert.StartsWith("Revoked on", revoked.Text("table.tokens .badge"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_next_to_the_field_and_a_known_one_changes_how_times_show()
    {
        await using var factory = new AlliesWebFactory();
        var session = new PageSession(factory);
        await session.RegisterAsync("ada@example.com");

        var refused = await session.SubmitAsync("/settings", "#preferences-form", ("Preferences.TimeZone", "Mars/Olympus"));
        Assert.Equal("'Mars/Olympus' is not a known time zone (e.g. Europe/Paris).", refused.ErrorFor("Preferences_TimeZone"));
        Assert.Equal("Mars/Olympus", refused.Value("#Preferences_TimeZone"));

        var saved = await session.SubmitAsync("/settings", "#preferences-form", ("Preferences.TimeZone", "America/Montreal"));
        Assert.Equal("America/Montreal", saved.Value("#Preferences_TimeZone"));
        var log = await session.GetAsync("/interactions/new");
        Assert.Contains("America/Montreal", log.Text("#Input_When-hint"), StringComparison.Ordinal);
    }
}
