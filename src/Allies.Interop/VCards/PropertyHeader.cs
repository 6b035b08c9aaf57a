using System.Text;
using Allies.Interop.Reading;

namespace Allies.Interop.VCards;

/// <summary>
/// Splits "item1.EMAIL;TYPE=INTERNET,HOME;X-LABEL=\"a:b\":value" into group, name, parameters and value.
/// Handles vCard 2.1 bare parameters (TEL;CELL;PREF), quoted values with ':' and ';' inside, and RFC 6868 carets.
/// </summary>
static class PropertyHeader
{
    static readonly HashSet<string> Encodings = new(StringComparer.OrdinalIgnoreCase)
    {
        "QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT",
    };

    /// <summary>Index of the ':' that starts the value (the first one outside double quotes), or -1.</summary>
    public static int ValueStart(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ':' && !quoted)
            {
                return i;
            }
        }

        // an unbalanced quote: fall back to the first colon rather than lose the line
        return line.IndexOf(':', StringComparison.Ordinal);
    }

    public static VCardProperty? Parse(ContentLine line)
    {
        var text = line.Text;
        var colon = ValueStart(text);
        if (colon <= 0)
        {
            return null;
        }

        var parts = SplitOutsideQuotes(text.AsSpan(0, colon), ';');
        var fullName = parts[0].Trim();
        var dot = fullName.LastIndexOf('.');
        var group = dot > 0 ? fullName[..dot] : null;
        var name = dot > 0 ? fullName[(dot + 1)..] : fullName;
        if (name.Length == 0)
        {
            return null;
        }

        var parameters = new List<VCardParameter>();
        foreach (var part in parts.Skip(1))
        {
            var p = part.Trim();
            if (p.Length == 0)
            {
                continue;
            }

            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                // vCard 2.1 lets a parameter be just its value
                parameters.Add(new(BareParameterName(p), p));
                continue;
            }

            var key = p[..eq].Trim();
            foreach (var value in SplitOutsideQuotes(p.AsSpan(eq + 1), ','))
            {
                parameters.Add(new(key, Caret(Unquote(value.Trim()))));
            }
        }

        return new(group, name.ToUpperInvariant(), parameters, text[(colon + 1)..], line.Line);
    }

    static readonly HashSet<string> ValueKinds = new(StringComparer.OrdinalIgnoreCase) { "INLINE", "URL", "CID", "CONTENT-ID" };

    // 2.1 writers put any parameter bare: ENCODING, CHARSET, VALUE and LANGUAGE values must not become labels.
    static string BareParameterName(string value) =>
        Encodings.Contains(value) ? "ENCODING"
        : ValueKinds.Contains(value) ? "VALUE"
        : value.Contains('-', StringComparison.Ordinal) && !value.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && TextDecoding.FromCharset(value) is not null ? "CHARSET"
        : value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ? "CHARSET"
        : IsLanguageTag(value) ? "LANGUAGE"
        : "TYPE";

    static bool IsLanguageTag(string value) =>
        value.Length == 5 && value[2] == '-' && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1])
        && char.IsAsciiLetter(value[3]) && char.IsAsciiLetter(value[4]);

    static List<string> SplitOutsideQuotes(ReadOnlySpan<char> text, char separator)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == separator && !quoted)
            {
                parts.Add(text[start..i].ToString());
                start = i + 1;
            }
        }

        parts.Add(text[start..].ToString());
        return parts;
    }

    static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    /// <summary>RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret.</summary>
    static string Caret(string value)
    {
        if (!value.Contains('^', StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '^' && i + 1 < value.Length && value[i + 1] is 'n' or '\'' or '^')
            {
                sb.Append(value[++i] switch { 'n' => '\n', '\'' => '"', _ => '^' });
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }
}
