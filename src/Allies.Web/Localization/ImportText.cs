using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Allies.Core.Imports;
using Allies.Interop.Reading;
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
    /// A problem line of an import report in the reader's language: its code's resource "import.problem.{code}" with
    /// its values (every code of <see cref="Reasons"/> has one in English and French, ImportProblemTextTests prove it).
    /// A line stored before problems had codes is recognised by its English text (<see cref="Problem(IStringLocalizer, string)"/>).
    /// </summary>
    public static string Problem(this IStringLocalizer text, ImportReportItem item) => text.Problem(item.Code, item.Args, item.Text);

    /// <summary>Why a run failed as a whole, in the reader's language, as its problems are; null when it did not fail.</summary>
    public static string? Error(this IStringLocalizer text, ImportRun run) =>
        run.Error is { } english ? text.Problem(run.ErrorCode, run.ErrorArgs, english) : null;

    static string Problem(this IStringLocalizer text, string? code, IReadOnlyList<string>? args, string english)
    {
        if (code is null)
        {
            return text.Problem(english);
        }

        // A code this version does not know (a report written by a newer one), or values that do not fit it, show the English.
        var values = args ?? [];
        return Reasons.Find(code) is { } reason && reason.Arity == values.Count
               && text[$"import.problem.{code}", [.. values]] is { ResourceNotFound: false } found
            ? found.Value
            : english;
    }

    /// <summary>
    /// A problem stored before problems had codes, in the reader's language: its English text is recognised by the
    /// pattern of a resource "import.problem.{code}" (the English sentence with {0}, {1}… for its values), and shown
    /// from that resource with the values it matched. Any other text is shown as it was written.
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

    /// <summary>The problems recognised by their English text: each resource key, and its English text as a pattern whose groups are its values.</summary>
    public static IReadOnlyList<(string Key, Regex Pattern)> Problems => ProblemPatterns.Value;

    static readonly Lazy<IReadOnlyList<(string Key, Regex Pattern)>> ProblemPatterns = new(() =>
    {
        var english = new ResourceManager("Allies.Web.Resources.Localization.Strings", typeof(Strings).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return [.. english.Cast<DictionaryEntry>()
            .Where(e => e.Key is string key && key.StartsWith("import.problem.", StringComparison.Ordinal))
            .Select(e => ((string)e.Key, Pattern((string)e.Value!)))
            // The most specific first: "This is not a mail message: it has no From…" is not_mail, not mail_unparsable's "This is not a mail message: {0}".
            .OrderBy(p => p.Item2.GetGroupNumbers().Length).ThenByDescending(p => p.Item2.ToString().Length).ThenBy(p => p.Item1, StringComparer.Ordinal)];
    });

    /// <summary>"The email '{0}' is not…" as ^The email '(.*)' is not…$.</summary>
    static Regex Pattern(string english) =>
        new("^" + Placeholder().Replace(Regex.Escape(english), "(.*)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\\\{[0-9]+}")]
    private static partial Regex Placeholder();
}
