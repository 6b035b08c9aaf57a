using System.Text;
using Allies.Interop.Reading;

namespace Allies.Interop.VCards;

/// <summary>Value decoding: quoted-printable with its charset, backslash escapes, and structured (;) and list (,) values.</summary>
static class VCardText
{
    /// <summary>The property's value as text, or null for binary data (photos, sounds, keys) which is skipped.</summary>
    public static string? Decode(VCardProperty property)
    {
        var encoding = property.Value("ENCODING");
        if (encoding is not null && (encoding.Equals("B", StringComparison.OrdinalIgnoreCase) || encoding.Equals("BASE64", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (property.RawValue.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && property.RawValue.Contains(";base64,", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (encoding is not null && encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
        {
            var charset = TextDecoding.FromCharset(property.Value("CHARSET")) ?? TextDecoding.Utf8OrWindows1252;
            // =0D=0A is a line break; keep it as one \n like escaped text
            return charset.GetString(QuotedPrintable(property.RawValue)).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return property.RawValue;
    }

    public static byte[] QuotedPrintable(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '=' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c == '=' && i == value.Length - 1)
            {
                // a trailing soft break
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                // already-decoded text in a QP value: keep it as UTF-8
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>Splits on a separator that is not escaped by a backslash; the parts are still escaped.</summary>
    public static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == separator)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    /// <summary>Undoes \n \N \, \; \: and \\; any other backslash is kept as written.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[i + 1];
                switch (next)
                {
                    case 'n' or 'N':
                        sb.Append('\n');
                        i++;
                        break;
                    case ',' or ';' or ':' or '\\':
                        sb.Append(next);
                        i++;
                        break;
                    default:
                        sb.Append('\\');
                        break;
                }
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes text for a 3.0/4.0 value.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
