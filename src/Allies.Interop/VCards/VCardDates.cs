using System.Globalization;
using Allies.Interop.People;

namespace Allies.Interop.VCards;

/// <summary>The date forms found in BDAY: 1978-03-11, 19780311, 1978-03-11T00:00:00Z, --0311, --03-11.</summary>
static class VCardDates
{
    static readonly string[] Formats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy-M-d"];

    public static DateOnly? Parse(string text)
    {
        var value = text.Trim();
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t > 0)
        {
            value = value[..t];
        }

        if (value.StartsWith("--", StringComparison.Ordinal))
        {
            var digits = value[2..].Replace("-", "", StringComparison.Ordinal);
            return digits.Length == 4
                && int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && int.TryParse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(PersonRecord.UnknownBirthYear, month)
                ? new DateOnly(PersonRecord.UnknownBirthYear, month, day)
                : null;
        }

        return DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
