using Allies.Core.Contacts;
using Allies.Interop.People;
using Allies.Interop.Reading;

namespace Allies.Interop.VCards;

/// <summary>Turns the properties of one card into a <see cref="PersonRecord"/>, reporting the values it cannot use.</summary>
static class CardBuilder
{
    static readonly HashSet<string> NoiseTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "PREF", "INTERNET", "VOICE", "X400", "TEXT", "MSG",
    };

    public static PersonRecord? Build(IReadOnlyList<VCardProperty> properties, string file, long line, List<ImportProblem> problems)
    {
        string? fullName = null, nickname = null, company = null, department = null, role = null, title = null;
        string? linkedIn = null, website = null, uid = null, howMet = null, location = null;
        string[]? n = null;
        DateOnly? birthday = null, metOn = null;
        Channel? channel = null;
        var locationPreferred = false;
        var emails = new List<LabeledValue>();
        var phones = new List<LabeledValue>();
        var notes = new List<string>();
        var tags = new List<string>();
        var labels = GroupLabels(properties);

        foreach (var property in properties)
        {
            var value = VCardText.Decode(property);
            if (value is null)
            {
                continue;
            }

            switch (property.Name)
            {
                case "FN":
                    fullName ??= Clean(VCardText.Unescape(value));
                    break;
                case "N":
                    n = [.. VCardText.Split(value, ';').Select(c => string.Join(' ', VCardText.Split(c, ',').Select(VCardText.Unescape).Where(s => s.Trim().Length > 0)).Trim())];
                    break;
                case "NICKNAME":
                    nickname ??= Clean(VCardText.Split(value, ',').Select(VCardText.Unescape).FirstOrDefault());
                    break;
                case "EMAIL":
                    AddValue(emails, StripScheme(VCardText.Unescape(value), "mailto:"), Label(property, labels));
                    break;
                case "TEL":
                    AddValue(phones, StripScheme(VCardText.Unescape(value), "tel:"), Label(property, labels));
                    break;
                case "ORG":
                    var org = VCardText.Split(value, ';').Select(VCardText.Unescape).ToList();
                    company ??= Clean(org[0]);
                    department ??= org.Count > 1 ? Clean(string.Join(", ", org.Skip(1).Where(o => o.Trim().Length > 0))) : null;
                    break;
                case "TITLE":
                    title ??= Clean(VCardText.Unescape(value));
                    break;
                case "ROLE":
                    role ??= Clean(VCardText.Unescape(value));
                    break;
                case "ADR":
                    if (Place(value) is { } where && (location is null || (!locationPreferred && IsPreferred(property))))
                    {
                        location = where;
                        locationPreferred = IsPreferred(property);
                    }

                    break;
                case "URL":
                case "X-SOCIALPROFILE":
                    var url = Clean(VCardText.Unescape(value));
                    if (url is null)
                    {
                        break;
                    }

                    if (url.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase) || property.Has("TYPE", "linkedin"))
                    {
                        linkedIn ??= url;
                    }
                    else if (property.IsNamed("URL"))
                    {
                        website ??= url;
                    }

                    break;
                case "BDAY":
                    var text = Clean(VCardText.Unescape(value));
                    if (text is null)
                    {
                        break;
                    }

                    if (property.Has("VALUE", "text"))
                    {
                        notes.Add($"Birthday: {text}");
                    }
                    else if (VCardDates.Parse(text) is { } day)
                    {
                        birthday ??= day;
                    }
                    else
                    {
                        problems.Add(ImportProblem.AtLine(file, property.Line, Reasons.BirthdayKept.With(text)));
                        notes.Add($"Birthday: {text}");
                    }

                    break;
                case "NOTE":
                    if (Clean(VCardText.Unescape(value)) is { } note)
                    {
                        notes.Add(note);
                    }

                    break;
                case "CATEGORIES":
                    tags.AddRange(VCardText.Split(value, ',').Select(t => VCardText.Unescape(t).Trim()).Where(t => t.Length > 0));
                    break;
                case "UID":
                    uid ??= Clean(value);
                    break;
                case "X-ALLIES-CHANNEL":
                    channel = Enum.TryParse<Channel>(value.Trim(), ignoreCase: true, out var c) ? c : channel;
                    break;
                case "X-ALLIES-HOW-MET":
                    howMet = Clean(VCardText.Unescape(value));
                    break;
                case "X-ALLIES-MET-ON":
                    metOn = VCardDates.Parse(value.Trim());
                    break;
                default:
                    break; // photos, keys, X- properties of other programs: nothing a relationship needs
            }
        }

        var record = new PersonRecord
        {
            FullName = fullName,
            LastName = Part(n, 0),
            FirstName = Part(n, 1),
            MiddleName = Part(n, 2),
            Prefix = Part(n, 3),
            Suffix = Part(n, 4),
            Nickname = nickname,
            Emails = emails,
            Phones = phones,
            Company = company,
            Department = department,
            Role = title ?? role,
            Location = location,
            LinkedInUrl = linkedIn,
            Website = website,
            Birthday = birthday,
            Notes = notes.Count == 0 ? null : string.Join("\n\n", notes),
            Tags = [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)],
            ExternalId = uid,
            Channel = channel,
            HowMet = howMet,
            MetOn = metOn,
            Source = "vcard",
            File = file,
            Line = line,
        };

        if (record.FullName is null && record.FirstName is null && record.LastName is null && record.Nickname is null
            && emails.Count == 0 && phones.Count == 0 && company is null)
        {
            problems.Add(ImportProblem.AtLine(file, line, Reasons.CardNobody));
            return null;
        }

        return record;
    }

    static Dictionary<string, string> GroupLabels(IReadOnlyList<VCardProperty> properties)
    {
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in properties.Where(p => p.Group is not null && p.IsNamed("X-ABLABEL")))
        {
            var label = VCardText.Unescape(p.RawValue).Trim();
            if (label.StartsWith("_$!<", StringComparison.Ordinal) && label.EndsWith(">!$_", StringComparison.Ordinal))
            {
                label = label[4..^4]; // Apple's built-in labels: _$!<Mobile>!$_
            }

            if (label.Length > 0)
            {
                labels[p.Group!] = label.ToLowerInvariant();
            }
        }

        return labels;
    }

    static string? Label(VCardProperty property, Dictionary<string, string> labels)
    {
        if (property.Group is { } group && labels.TryGetValue(group, out var label))
        {
            return label;
        }

        var types = property.Values("TYPE")
            .Select(t => t.Trim().ToLowerInvariant())
            .Where(t => t.Length > 0 && !NoiseTypes.Contains(t))
            .Distinct()
            .ToList();
        return types.Count == 0 ? null : string.Join(',', types);
    }

    // The same number listed twice (cell, then work fax) is one number with both labels.
    static void AddValue(List<LabeledValue> list, string value, string? label)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        var index = list.FindIndex(v => v.Value.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            list.Add(new(trimmed, label));
            return;
        }

        var labels = (list[index].Label ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Concat((label ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Distinct()
            .ToList();
        list[index] = list[index] with { Label = labels.Count == 0 ? null : string.Join(',', labels) };
    }

    static string StripScheme(string value, string scheme) =>
        value.TrimStart().StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? value.TrimStart()[scheme.Length..] : value;

    static string? Place(string value)
    {
        var parts = VCardText.Split(value, ';').Select(p => VCardText.Unescape(p).Replace('\n', ' ').Trim()).ToList();
        var place = new[] { 3, 4, 6 }.Where(i => i < parts.Count && parts[i].Length > 0).Select(i => parts[i]).ToList();
        return place.Count == 0 ? null : string.Join(", ", place);
    }

    static string? Part(string[]? parts, int index) =>
        parts is not null && index < parts.Length ? Clean(parts[index]) : null;

    static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static bool IsPreferred(VCardProperty property) => property.Has("TYPE", "PREF") || property.Value("PREF") is not null;
}
