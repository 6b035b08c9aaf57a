using Allies.Core;
using Allies.Core.Settings;
using Allies.Data.Tests.Infrastructure;

namespace Allies.Data.Tests.Settings;

public abstract class SettingsServiceTests(TestDatabase database) : DataTest(database)
{
    readonly Guid _owner = NewOwner();

    [Fact]
    public async Task An_owner_without_saved_settings_gets_the_defaults()
    {
        var settings = await Settings.GetAsync(_owner, Ct);
        Assert.Equal((_owner, "en", "Europe/Paris", 3), (settings.OwnerId, settings.Language, settings.TimeZone, settings.RitualPerWeek));
    }

    [Fact]
    public async Task Valid_changes_are_saved()
    {
        await Settings.SaveAsync(_owner, s =>
        {
            s.Language = "fr";
            s.TimeZone = "America/New_York";
            s.RitualPerWeek = 5;
            s.RitualMode = RitualMode.DailyFifteenMinutes;
            s.OwnEmails = ["me@example.org"];
        }, Ct);
        await Settings.SaveAsync(_owner, s => s.CloseCadenceDays = 21, Ct);

        var stored = await Settings.GetAsync(_owner, Ct);
        Assert.Equal(("fr", "America/New_York", 5, RitualMode.DailyFifteenMinutes, 21), (stored.Language, stored.TimeZone, stored.RitualPerWeek, stored.RitualMode, stored.CloseCadenceDays));
        Assert.Equal(["me@example.org"], stored.OwnEmails);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_and_the_saved_ones_kept()
    {
        await Settings.SaveAsync(_owner, s => s.Language = "fr", Ct);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Settings.SaveAsync(_owner, s =>
        {
            s.Language = "de";
            s.TimeZone = "Mars/Olympus_Mons";
            s.RitualPerWeek = 0;
            s.ReciprocityWindowMonths = 24;
            s.WeakCadenceDays = 0;
        }, Ct));

        Assert.Equal(
            [("Language", "language_unknown"), ("ReciprocityWindowMonths", "out_of_range"), ("RitualPerWeek", "out_of_range"), ("TimeZone", "timezone_unknown"), ("WeakCadenceDays", "cadence_range")],
            error.Errors.Select(e => (e.Field, e.Code)).Order());
        var stored = await Settings.GetAsync(_owner, Ct);
        Assert.Equal(("fr", "Europe/Paris", 3), (stored.Language, stored.TimeZone, stored.RitualPerWeek));
    }

    [Fact]
    public async Task An_invalid_first_save_stores_nothing()
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => Settings.SaveAsync(_owner, s => s.Language = "xx", Ct));
        await using var db = Db();
        Assert.False(db.Settings.Any(s => s.OwnerId == _owner));
    }

    [Fact]
    public async Task Today_is_the_date_in_the_owners_time_zone()
    {
        // 10:00 UTC on Saturday 14 March 2026 is already midnight on Sunday in Kiritimati (UTC+14).
        await Settings.SaveAsync(_owner, s => s.TimeZone = "Pacific/Kiritimati", Ct);
        Assert.Equal(new DateOnly(2026, 3, 15), await Settings.TodayAsync(_owner, Ct));

        // 23:30 UTC: already Sunday in Paris (UTC+1), still Saturday in New York (UTC-4).
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 3, 15), await Settings.TodayAsync(NewOwner(), Ct));
        await Settings.SaveAsync(_owner, s => s.TimeZone = "Europe/Paris", Ct);
        Assert.Equal(new DateOnly(2026, 3, 15), await Settings.TodayAsync(_owner, Ct));
        await Settings.SaveAsync(_owner, s => s.TimeZone = "America/New_York", Ct);
        Assert.Equal(new DateOnly(2026, 3, 14), await Settings.TodayAsync(_owner, Ct));
    }

    [Fact]
    public async Task A_met_date_is_checked_against_the_owners_today()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 2, 0, 0, TimeSpan.Zero));
        var sunday = new DateOnly(2026, 3, 15);
        var newYorker = NewOwner();
        await Settings.SaveAsync(newYorker, s => s.TimeZone = "America/New_York", Ct);

        await Contacts.CreateAsync(_owner, People.Named("Met", "Today") with { MetOn = sunday }, Ct);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Contacts.CreateAsync(newYorker, People.Named("Met", "Tomorrow") with { MetOn = sunday }, Ct));
        Assert.Contains(error.Errors, e => e is { Field: "MetOn", Code: "date_in_future" });
    }
}

public sealed class SettingsServiceTestsOnSqlite(SqliteDatabase db) : SettingsServiceTests(db), IClassFixture<SqliteDatabase>;

public sealed class SettingsServiceTestsOnPostgres(PostgresDatabase db) : SettingsServiceTests(db), IClassFixture<PostgresDatabase>;
