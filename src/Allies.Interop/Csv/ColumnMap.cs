using System.Text;

namespace Allies.Interop.Csv;

/// <summary>
/// Reads a header row by its names, so LinkedIn, Google, Outlook, Windows Address Book, Thunderbird and KDE exports
/// (and a column order chosen by the user) all map onto the same fields.
/// </summary>
sealed class ColumnMap
{
    static readonly Dictionary<string, Field> Exact = new()
    {
        ["firstname"] = Field.FirstName,
        ["givenname"] = Field.FirstName,
        ["first"] = Field.FirstName,
        ["lastname"] = Field.LastName,
        ["familyname"] = Field.LastName,
        ["surname"] = Field.LastName,
        ["last"] = Field.LastName,
        ["middlename"] = Field.MiddleName,
        ["additionalname"] = Field.MiddleName,
        ["additionalnames"] = Field.MiddleName,
        ["name"] = Field.FullName,
        ["displayname"] = Field.FullName,
        ["formattedname"] = Field.FullName,
        ["fullname"] = Field.FullName,
        ["nickname"] = Field.Nickname,
        ["shortname"] = Field.Nickname,
        ["nameprefix"] = Field.Prefix,
        ["honorificprefixes"] = Field.Prefix,
        ["suffix"] = Field.Suffix,
        ["namesuffix"] = Field.Suffix,
        ["honorificsuffixes"] = Field.Suffix,
        ["company"] = Field.Company,
        ["organization"] = Field.Company,
        ["organisation"] = Field.Company,
        ["organization1name"] = Field.Company,
        ["companyname"] = Field.Company,
        ["department"] = Field.Department,
        ["organization1department"] = Field.Department,
        ["jobtitle"] = Field.Role,
        ["position"] = Field.Role,
        ["role"] = Field.Role,
        ["organization1title"] = Field.Role,
        ["webpage"] = Field.Website,
        ["personalwebpage"] = Field.Website,
        ["businesswebpage"] = Field.Website,
        ["webpage1"] = Field.Website,
        ["webpage2"] = Field.Website,
        ["website"] = Field.Website,
        ["homepage"] = Field.Website,
        ["website1value"] = Field.Website,
        ["website2value"] = Field.Website,
        ["url"] = Field.Website,
        ["webaddress"] = Field.Website,
        ["profileurl"] = Field.Website,
        ["linkedinurl"] = Field.Website,
        ["birthday"] = Field.Birthday,
        ["birthdate"] = Field.Birthday,
        ["dateofbirth"] = Field.Birthday,
        ["birthyear"] = Field.BirthYear,
        ["birthmonth"] = Field.BirthMonth,
        ["notes"] = Field.Notes,
        ["note"] = Field.Notes,
        ["comment"] = Field.Notes,
        ["comments"] = Field.Notes,
        ["connectedon"] = Field.ConnectedOn,
        ["groupmembership"] = Field.Tags,
        ["categories"] = Field.Tags,
        ["labels"] = Field.Tags,
        ["location"] = Field.Location,
    };

    public IReadOnlyList<Column> Columns { get; }
    public string Source { get; }

    ColumnMap(IReadOnlyList<Column> columns, string source)
    {
        Columns = columns;
        Source = source;
    }

    /// <summary>How many of these cells are column names we know: a header row has several.</summary>
    public static int KnownNames(IReadOnlyList<string> cells) =>
        cells.Count(c => Classify(Key(c), []).Field != Field.Ignored);

    public static ColumnMap FromHeader(IReadOnlyList<string> header)
    {
        var keys = header.Select(Key).ToList();
        var all = keys.ToHashSet();
        var columns = new List<Column>();
        for (var i = 0; i < header.Count; i++)
        {
            var (field, group, label) = Classify(keys[i], all);
            columns.Add(new(i, header[i].Trim(), field, group, label));
        }

        return new(columns, Flavour(all));
    }

    /// <summary>Which program wrote it, from the columns only that program writes.</summary>
    static string Flavour(HashSet<string> keys) =>
        keys.Contains("connectedon") ? "linkedin"
        : keys.Contains("groupmembership") || keys.Contains("email1value") ? "google"
        : keys.Contains("emailaddress") && keys.Contains("jobtitle") && (keys.Contains("businessphone") || keys.Contains("mobilephone")) ? "outlook"
        : "csv";

    static (Field Field, string? Group, string? Label) Classify(string key, HashSet<string> all)
    {
        if (key == "title")
        {
            // Outlook's "Title" is Mr./Dr. next to its "Job Title"; elsewhere it is the job title.
            return (all.Contains("jobtitle") ? Field.Prefix : Field.Role, null, null);
        }

        if (key == "birthday" && all.Contains("birthyear"))
        {
            return (Field.BirthDayOfMonth, null, null); // Thunderbird splits the date: "Birth Day" is the day of the month
        }

        if (Exact.TryGetValue(key, out var field))
        {
            return (field, null, null);
        }

        // Google writes "E-mail 1 - Type" next to "E-mail 1 - Value".
        if (key.EndsWith("type", StringComparison.Ordinal) || key.EndsWith("label", StringComparison.Ordinal))
        {
            var stem = key[..^(key.EndsWith("type", StringComparison.Ordinal) ? 4 : 5)];
            return stem.Length > 0 && (stem.StartsWith("email", StringComparison.Ordinal) || stem.StartsWith("phone", StringComparison.Ordinal)) && char.IsAsciiDigit(stem[^1])
                ? (Field.Label, stem, null)
                : (Field.Ignored, null, null);
        }

        if (key.Contains("email", StringComparison.Ordinal) && !key.Contains("display", StringComparison.Ordinal))
        {
            return (Field.Email, GoogleGroup(key), null);
        }

        if (key.Contains("phone", StringComparison.Ordinal) || key.Contains("mobile", StringComparison.Ordinal)
            || key.Contains("fax", StringComparison.Ordinal) || key.Contains("pager", StringComparison.Ordinal))
        {
            return (Field.Phone, GoogleGroup(key), PhoneLabel(key));
        }

        foreach (var (suffix, place) in new[] { ("countryregion", Field.Country), ("country", Field.Country), ("city", Field.City), ("locality", Field.City), ("region", Field.Region), ("state", Field.Region) })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                return (place, AddressGroup(key[..^suffix.Length]), null);
            }
        }

        return (Field.Ignored, null, null);
    }

    static string? GoogleGroup(string key) =>
        key.EndsWith("value", StringComparison.Ordinal) ? key[..^5] : null;

    static string AddressGroup(string prefix)
    {
        var p = prefix.Replace("address", "", StringComparison.Ordinal);
        return p.StartsWith("business", StringComparison.Ordinal) || p.StartsWith("work", StringComparison.Ordinal) ? "business"
            : p.StartsWith("home", StringComparison.Ordinal) ? "home"
            : p.Length == 0 ? "main" : p;
    }

    static string? PhoneLabel(string key)
    {
        var labels = new List<string>();
        if (key.StartsWith("business", StringComparison.Ordinal) || key.StartsWith("work", StringComparison.Ordinal) || key.StartsWith("company", StringComparison.Ordinal))
        {
            labels.Add("work");
        }
        else if (key.StartsWith("home", StringComparison.Ordinal))
        {
            labels.Add("home");
        }
        else if (key.StartsWith("other", StringComparison.Ordinal))
        {
            labels.Add("other");
        }

        if (key.Contains("mobile", StringComparison.Ordinal))
        {
            labels.Add("cell");
        }

        if (key.Contains("fax", StringComparison.Ordinal))
        {
            labels.Add("fax");
        }

        if (key.Contains("pager", StringComparison.Ordinal))
        {
            labels.Add("pager");
        }

        return labels.Count == 0 ? null : string.Join(',', labels);
    }

    /// <summary>"E-mail 2 Address" → "email2address": case, spaces and punctuation do not matter.</summary>
    public static string Key(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
