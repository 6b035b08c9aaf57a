using System.Globalization;

namespace Allies.Interop.Csv;

/// <summary>The dates contact exports write: LinkedIn "14 May 2026" and "1/8/18, 6:14 PM", ISO, US and Google forms.</summary>
static class CsvDates
{
    static readonly string[] Formats =
    [
        "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy",
        "M/d/yy, h:mm tt", "M/d/yy h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy", "M/d/yyyy",
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy/MM/dd", "yyyyMMdd",
    ];

    public static DateOnly? Parse(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("--", StringComparison.Ordinal) && DateOnly.TryParseExact("1604" + value[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var noYear))
        {
            return noYear; // Google's birthday without a year: --03-11
        }

        return DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
    }
}
