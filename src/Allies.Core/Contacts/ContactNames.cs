using System.Globalization;
using System.Text;

namespace Allies.Core.Contacts;

public static class ContactNames
{
    public static string Display(string first, string last) =>
        string.Join(' ', new[] { first, last }.Where(s => !string.IsNullOrWhiteSpace(s))).Trim();

    /// <summary>Lower case without accents, so "Hélène" is found by "helene".</summary>
    public static string Fold(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = Readable(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Normalize throws on a lone surrogate or U+FFFE (a byte-swapped BOM from a badly decoded file):
    /// such characters become U+FFFD so that searching or importing that text never fails.
    /// </summary>
    static string Readable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.Value == 0xFFFE ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return sb.ToString();
    }
}
