using System.Globalization;
using System.Text;
using Allies.Interop.People;

namespace Allies.Interop.VCards;

/// <summary>
/// Writes people as vCard 4.0 (or 3.0 on request): CRLF line ends, lines folded at 75 octets without splitting a
/// character, values escaped. What Allies knows beyond vCard (how and when you met) goes in X-ALLIES-* properties,
/// which other programs ignore and <see cref="VCardReader"/> reads back.
/// </summary>
public static class VCardWriter
{
    const int MaxOctets = 75;

    public static void WriteAll(TextWriter writer, IEnumerable<PersonRecord> people, VCardVersion version = VCardVersion.V4)
    {
        foreach (var person in people)
        {
            Write(writer, person, version);
        }
    }

    public static string ToText(IEnumerable<PersonRecord> people, VCardVersion version = VCardVersion.V4)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteAll(writer, people, version);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, PersonRecord person, VCardVersion version = VCardVersion.V4)
    {
        var v4 = version == VCardVersion.V4;
        Line(writer, "BEGIN:VCARD");
        Line(writer, v4 ? "VERSION:4.0" : "VERSION:3.0");
        Line(writer, "PRODID:-//Allies//Allies//EN");
        if (person.ExternalId is { Length: > 0 } uid)
        {
            Line(writer, "UID:" + uid);
        }

        Line(writer, "FN:" + VCardText.Escape(person.DisplayName));
        Line(writer, "N:" + string.Join(';', new[] { person.LastName, person.FirstName, person.MiddleName, person.Prefix, person.Suffix }
            .Select(p => VCardText.Escape(p ?? ""))));
        Optional(writer, "NICKNAME", person.Nickname);
        foreach (var email in person.Emails)
        {
            Line(writer, "EMAIL" + Types(email.Label, v4) + ":" + VCardText.Escape(email.Value));
        }

        foreach (var phone in person.Phones)
        {
            Line(writer, "TEL" + Types(phone.Label, v4) + ":" + VCardText.Escape(phone.Value));
        }

        if (person.Company is not null || person.Department is not null)
        {
            Line(writer, "ORG:" + VCardText.Escape(person.Company ?? "") + (person.Department is null ? "" : ";" + VCardText.Escape(person.Department)));
        }

        Optional(writer, "TITLE", person.Role);
        if (person.Location is { Length: > 0 } location)
        {
            Line(writer, "ADR:;;;" + VCardText.Escape(location) + ";;;");
        }

        if (person.Birthday is { } birthday)
        {
            Line(writer, "BDAY:" + Date(birthday, v4));
        }

        Optional(writer, "URL", person.Website);
        if (person.LinkedInUrl is { Length: > 0 } linkedIn)
        {
            Line(writer, (v4 ? "URL;TYPE=linkedin:" : "URL;TYPE=LINKEDIN:") + VCardText.Escape(linkedIn));
        }

        if (person.Tags.Count > 0)
        {
            Line(writer, "CATEGORIES:" + string.Join(',', person.Tags.Select(VCardText.Escape)));
        }

        Optional(writer, "NOTE", person.Notes);
        if (person.Channel is { } channel)
        {
            Line(writer, "X-ALLIES-CHANNEL:" + channel);
        }

        Optional(writer, "X-ALLIES-HOW-MET", person.HowMet);
        if (person.MetOn is { } metOn)
        {
            Line(writer, "X-ALLIES-MET-ON:" + metOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Line(writer, "END:VCARD");
    }

    static string Date(DateOnly date, bool v4) =>
        date.Year == PersonRecord.UnknownBirthYear && v4
            ? "--" + date.ToString("MMdd", CultureInfo.InvariantCulture)
            : date.ToString(v4 ? "yyyyMMdd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Types(string? label, bool v4)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return "";
        }

        var types = label.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => v4 ? t.ToLowerInvariant() : t.ToUpperInvariant())
            .Select(t => t.Any(c => c is ':' or ';' or ',' or '"' or ' ' or '^') ? Quote(t) : t);
        return ";TYPE=" + string.Join(',', types);
    }

    // RFC 6868 turns the characters a parameter cannot hold into carets.
    static string Quote(string value) =>
        "\"" + value.Replace("^", "^^", StringComparison.Ordinal).Replace("\"", "^'", StringComparison.Ordinal).Replace("\n", "^n", StringComparison.Ordinal) + "\"";

    static void Optional(TextWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Line(writer, name + ":" + VCardText.Escape(value));
        }
    }

    static void Line(TextWriter writer, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        var sb = new StringBuilder(line.Length + 8);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit && octets > 0)
            {
                sb.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            sb.Append(element);
            octets += size;
        }

        writer.Write(sb.Append("\r\n"));
    }
}
