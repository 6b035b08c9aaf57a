using PhoneNumbers;

namespace Allies.Interop.People;

/// <summary>Phone numbers in E.164 (+33612345678), so the same number typed two ways matches when merging.</summary>
public static class E164
{
    static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The number in E.164, or null when it is not a valid number. A number without a country code is read in
    /// <paramref name="defaultRegion"/> (ISO 3166 code such as "FR", "US"); without one, only "+…" numbers can be read.
    /// </summary>
    public static string? TryFormat(string? raw, string? defaultRegion = null)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            var text = raw.Trim();
            if (text.StartsWith("00", StringComparison.Ordinal))
            {
                text = "+" + text[2..];
            }

            var number = Util.Parse(text, string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.ToUpperInvariant());
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
