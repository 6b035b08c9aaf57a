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
    /// in English and the report stores that text; the problems a user meets most are recognised here by their
    /// pattern and shown from the resources ("import.problem.{key}", the English one written as the reader writes
    /// it, so ImportProblemTextTests can prove each pattern still matches what the reader says). Any other problem
    /// is shown as it was written.
    /// </summary>
    public static string Problem(this IStringLocalizer text, string problem)
    {
        foreach (var (key, pattern) in Problems)
        {
            if (pattern.Match(problem) is { Success: true } m)
            {
                var arguments = m.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
                return text[$"import.problem.{key}", arguments] is { ResourceNotFound: false } found ? found.Value : problem;
            }
        }

        return problem;
    }

    /// <summary>The recognised problems: the resource key, and the English text as a pattern whose groups are its arguments.</summary>
    public static readonly IReadOnlyList<(string Key, Regex Pattern)> Problems =
    [
        ("email_kept", Pattern("^The email '(.*)' is not an email address; it was kept in the notes\\.$")),
        ("phone_kept", Pattern("^The phone '(.*)' is not a phone number; it was kept in the notes\\.$")),
        ("linkedin_kept", Pattern("^The LinkedIn address '(.*)' is not a web address; it was kept in the notes\\.$")),
        ("website_kept", Pattern("^The Website address '(.*)' is not a web address; it was kept in the notes\\.$")),
        ("birthday_kept", Pattern("^The birthday '(.*)' is not a date; it was kept in the notes\\.$")),
        ("mail_no_date", Pattern("^The message has no Date: without one it cannot become an interaction, so it was skipped\\.$")),
        ("mail_bad_date", Pattern("^The Date '(.*)' is not a date: without one the message cannot become an interaction, so it was skipped\\.$")),
        ("mail_no_sender", Pattern("^The message has no readable sender \\(From\\)\\.$")),
        ("not_mbox", Pattern("^This is not an mbox file \\(no 'From ' line before the first message\\)\\.$")),
        ("mailbox_empty", Pattern("^The mailbox is empty\\.$")),
        ("not_text", Pattern("^This is not a text file \\(it holds binary data\\): nothing was read from it\\. Check the file and the kind of import\\.$")),
        ("zip", Pattern("^This is a ZIP archive, not a text file: unzip it and import the file inside \\(for LinkedIn: Connections\\.csv\\)\\.$")),
        ("row_nobody", Pattern("^This row has no name, email, phone or company, so there is nobody to import; it was skipped\\.$")),
        ("card_nobody", Pattern("^The card has no name, email, phone or organisation, so there is nobody to import; it was skipped\\.$")),
        ("not_vcard_property", Pattern("^'(.*)' is not a vCard property \\(no 'NAME:value'\\); it was skipped\\.$")),
        ("not_vcard", Pattern("^No BEGIN:VCARD found: this is not a vCard file\\.$")),
        ("event_no_start", Pattern("^The event has no start \\(DTSTART\\); it was skipped\\.$")),
        ("header_only", Pattern("^The file holds a header but no contacts\\.$")),
    ];

    static Regex Pattern(string pattern) => new(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
