using Allies.Core;
using Allies.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Settings;

public sealed class SettingsService(AlliesDb db, TimeProvider clock)
{
    /// <summary>The owner's settings, or the defaults when none are saved yet.</summary>
    public async Task<OwnerSettings> GetAsync(Guid ownerId, CancellationToken ct = default) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.OwnerId == ownerId, ct) ?? new OwnerSettings { OwnerId = ownerId };

    public async Task<OwnerSettings> SaveAsync(Guid ownerId, Action<OwnerSettings> change, CancellationToken ct = default)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.OwnerId == ownerId, ct);
        if (settings is null)
        {
            settings = new OwnerSettings { OwnerId = ownerId };
            db.Settings.Add(settings);
        }

        change(settings);
        var errors = Validate(settings);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new InvalidInputException(errors);
        }

        await db.SaveChangesAsync(ct);
        return settings;
    }

    /// <summary>Today in the owner's time zone.</summary>
    public async Task<DateOnly> TodayAsync(Guid ownerId, CancellationToken ct = default)
    {
        var tzId = await db.Settings.Where(s => s.OwnerId == ownerId).Select(s => s.TimeZone).FirstOrDefaultAsync(ct) ?? "Europe/Paris";
        var tz = FindZone(tzId) ?? TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tz).DateTime);
    }

    public static TimeZoneInfo? FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : null;

    static List<FieldError> Validate(OwnerSettings s)
    {
        var errors = new List<FieldError>();
        if (!OwnerSettings.SupportedLanguages.Contains(s.Language))
        {
            errors.Add(new("Language", "language_unknown", $"Language must be one of: {string.Join(", ", OwnerSettings.SupportedLanguages)}."));
        }

        if (FindZone(s.TimeZone) is null)
        {
            errors.Add(new("TimeZone", "timezone_unknown", $"'{s.TimeZone}' is not a known time zone (e.g. Europe/Paris)."));
        }

        if (s.RitualPerWeek is < 1 or > 50)
        {
            errors.Add(new("RitualPerWeek", "out_of_range", "The weekly ritual must be between 1 and 50 people."));
        }

        errors.AddRange(s.ReciprocityRules().Validate());

        foreach (var (value, name) in new[] { (s.CloseCadenceDays, "CloseCadenceDays"), (s.ExtendedCadenceDays, "ExtendedCadenceDays"), (s.WeakCadenceDays, "WeakCadenceDays") })
        {
            if (value is < 1 or > 3650)
            {
                errors.Add(new(name, "cadence_range", "A cadence must be between 1 and 3650 days."));
            }
        }

        return errors;
    }
}
