using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Localization;

/// <summary>The import pages' counts and review reasons in the reader's language.</summary>
public static partial class ImportText
{
    /// <summary>"{key}.one" when there is exactly one (English and French say "1 problem", "1 doublon"), else "{key}".</summary>
    public static string Count(this IStringLocalizer text, string key, int count, params object[] arguments)
    {
        if (count == 1 && text[key + ".one", arguments] is { ResourceNotFound: false } one)
        {
            return one.Value;
        }

        return text[key, arguments].Value;
    }

    /// <summary>
    /// Why a pair is in the review, translated: imports store the English reason ("same name Ada Lovelace",
    /// "Ada Lovelace: same email ada@example.org"), which the review shows in the reader's language; a reason
    /// in another form is shown as it is.
    /// </summary>
    public static string Reason(this IStringLocalizer text, string reason)
    {
        if (ReasonPattern().Match(reason) is not { Success: true } m)
        {
            return reason;
        }

        var what = text[$"import.reason.{m.Groups["what"].Value.ToLowerInvariant()}", m.Groups["value"].Value].Value;
        return m.Groups["who"].Success ? text["import.reason.of", m.Groups["who"].Value, what].Value : what;
    }

    [GeneratedRegex("^(?:(?<who>.+): )?same (?<what>name|email|phone|id|LinkedIn) (?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex ReasonPattern();
}
