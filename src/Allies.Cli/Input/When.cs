using System.Globalization;

namespace Allies.Cli.Input;

/// <summary>A moment typed by a person ("yesterday", "14:30", "2025-03-14 09:00"), placed in time once the owner's zone is known.</summary>
sealed record When(string Text, Func<DateTimeOffset, TimeZoneInfo, DateTimeOffset> Place)
{
    public const string Formats = "YYYY-MM-DD, \"YYYY-MM-DD HH:MM\", HH:MM (today), now, today or yesterday";

    static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Places this moment, given now and the owner's time zone.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now, TimeZoneInfo zone) => Place(now, zone);

    public static When? TryParse(string text)
    {
        var t = text.Trim();
        var c = CultureInfo.InvariantCulture;
        switch (t.ToLowerInvariant())
        {
            case "now":
            case "today":
                return new(t, (now, _) => now);
            case "yesterday":
                return new(t, (now, _) => now.AddDays(-1));
        }

        if (TimeOnly.TryParseExact(t, ["HH:mm", "H:mm"], c, DateTimeStyles.None, out var time))
        {
            return new(t, (now, zone) => At(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).ToDateTime(time), zone));
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            // A day without a time: say noon, but never later than now (logging this morning's coffee at 9:00).
            return new(t, (now, zone) => Min(At(day.ToDateTime(new TimeOnly(12, 0)), zone), now));
        }

        if (DateTime.TryParseExact(t, DateTimeFormats, c, DateTimeStyles.None, out var local))
        {
            return new(t, (_, zone) => At(local, zone));
        }

        // An explicit offset or Z wins over the owner's zone.
        if (t.Length > 16 && (t.EndsWith('Z') || t[^6] is '+' or '-') && DateTimeOffset.TryParse(t, c, DateTimeStyles.None, out var exact))
        {
            return new(t, (_, _) => exact);
        }

        return null;
    }

    static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
