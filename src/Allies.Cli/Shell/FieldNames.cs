using System.Text;

namespace Allies.Cli.Shell;

/// <summary>Names a service's field the way the command line spells it, so an error points at what to fix.</summary>
static class FieldNames
{
    static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["FirstName"] = "first name",
        ["LastName"] = "last name",
        ["Emails"] = "--email",
        ["Phones"] = "--phone",
        ["HowMet"] = "--how-met",
        ["WhereMet"] = "--where-met",
        ["MetOn"] = "--met-on",
        ["IntroducedById"] = "--introduced-by",
        ["Tags"] = "--tag",
        ["PersonalDetail"] = "--detail",
        ["LinkedInUrl"] = "--linkedin",
        ["ParticipantIds"] = "contact",
        ["OccurredAt"] = "--when",
        ["Summary"] = "--note",
        ["Email"] = "email",
        ["Password"] = "--password",
        ["Name"] = "name",
    };

    /// <summary>The label for a field; a command may rename some (edit says --first-name where add says first name).</summary>
    public static string For(string field, IReadOnlyDictionary<string, string>? overrides = null)
    {
        if (overrides is not null && overrides.TryGetValue(field, out var renamed))
        {
            return renamed;
        }

        return Known.TryGetValue(field, out var known) ? known : "--" + Kebab(field);
    }

    /// <summary>"PersonalDetail" → "personal-detail".</summary>
    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(pascal[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
