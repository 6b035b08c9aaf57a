using System.Collections;
using System.Globalization;
using System.Resources;
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

    /// <summary>
    /// A problem line of an import report in the reader's language. The readers (Allies.Interop) write their problems
    /// in English and the report stores that text; the problems a user meets most have a resource
    /// "import.problem.{key}" whose English text is the reader's sentence with {0}, {1}… for its values, so the line is
    /// recognised by that text and shown from the reader's language (ImportProblemTextTests prove each English text
    /// still matches what the readers write). Any other problem is shown as it was written.
    /// </summary>
    public static string Problem(this IStringLocalizer text, string problem)
    {
        foreach (var (key, pattern) in Problems)
        {
            if (pattern.Match(problem) is { Success: true } m)
            {
                var arguments = m.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
                return text[key, arguments] is { ResourceNotFound: false } found ? found.Value : problem;
            }
        }

        return problem;
    }

    /// <summary>The recognised problems: each resource key, and its English text as a pattern whose groups are its values.</summary>
    public static IReadOnlyList<(string Key, Regex Pattern)> Problems => ProblemPatterns.Value;

    static readonly Lazy<IReadOnlyList<(string Key, Regex Pattern)>> ProblemPatterns = new(() =>
    {
        var english = new ResourceManager("Allies.Web.Resources.Localization.Strings", typeof(Strings).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return [.. english.Cast<DictionaryEntry>()
            .Where(e => e.Key is string key && key.StartsWith("import.problem.", StringComparison.Ordinal))
            .Select(e => ((string)e.Key, Pattern((string)e.Value!)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)];
    });

    /// <summary>"The email '{0}' is not…" as ^The email '(.*)' is not…$.</summary>
    static Regex Pattern(string english) =>
        new("^" + Placeholder().Replace(Regex.Escape(english), "(.*)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\\\{[0-9]+}")]
    private static partial Regex Placeholder();
}
