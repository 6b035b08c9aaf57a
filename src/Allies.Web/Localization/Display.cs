using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Localization;

/// <summary>Shows values the way the reader expects: in their time zone, their language's date format, enums translated.</summary>
public sealed class Display(IStringLocalizer<Strings> text, OwnerPreferences preferences)
{
    public TimeZoneInfo Zone => preferences.Zone;

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public string DateTime(DateTimeOffset utc) => Local(utc).ToString(text["format.datetime"].Value, CultureInfo.CurrentCulture);

    public string Date(DateTimeOffset utc) => Local(utc).ToString(text["format.date"].Value, CultureInfo.CurrentCulture);

    public string Date(DateOnly date) => date.ToString(text["format.date"].Value, CultureInfo.CurrentCulture);

    /// <summary>Machine-readable local time for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTimeOffset utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public string Enum<T>(T value) where T : struct, System.Enum => text[$"{typeof(T).Name}.{value}"].Value;

    public string Enum<T>(T? value) where T : struct, System.Enum => value is { } v ? Enum(v) : "";
}
