using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Allies.Core.Imports;
using Allies.Interop.Mail;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Allies.Interop.VCards;
using Allies.Web.Localization;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Tests.Imports;

/// <summary>
/// Import reports store each problem's code and values beside its English; the report page shows the code's resource
/// in the reader's language. These tests go through every code of <see cref="Reasons"/> (a code without its English or
/// French text, or with placeholders that do not fit its values, fails here), and through problems the real readers
/// write (a reader whose sentence leaves its code fails here instead of showing English on French pages).
/// </summary>
public sealed partial class ImportProblemTextTests
{
    /// <summary>Codes whose French is deliberately the English: none yet.</summary>
    static readonly HashSet<string> SameInFrench = [];

    public static TheoryData<string> Codes => [.. Reasons.All.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Every_code_has_its_English_as_the_readers_write_it_and_a_French_text_with_the_same_values(string code)
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var reason = Reasons.Find(code)!;
        var values = Enumerable.Range(1, reason.Arity).Select(i => $"<value {i}>").ToArray();
        var made = Make(reason, values);

        var english = In("en", () => text[$"import.problem.{code}", values]);
        var french = In("fr", () => text[$"import.problem.{code}", values]);

        Assert.False(english.ResourceNotFound, $"import.problem.{code} has no English resource");
        Assert.False(french.ResourceNotFound, $"import.problem.{code} has no French resource");
        Assert.Equal(made.English, english.Value);
        Assert.Equal(Placeholders(reason.English), Placeholders(Raw("en", code)));
        Assert.Equal(Placeholders(reason.English), Placeholders(Raw("fr", code)));
        Assert.All(values, v => Assert.Contains(v, french.Value, StringComparison.Ordinal));
        if (SameInFrench.Contains(code))
        {
            Assert.Equal(english.Value, french.Value);
        }
        else
        {
            Assert.NotEqual(english.Value, french.Value);
        }
    }

    [Fact]
    public void Every_problem_resource_is_a_code_the_readers_know()
    {
        var keys = Resources("en").Keys.Concat(Resources("fr").Keys).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Reasons.All.Select(r => r.Code).Order(StringComparer.Ordinal), keys);
    }

    static IEnumerable<ImportProblem> WrittenByTheReaders()
    {
        var mapped = PersonMapping.Map(new PersonRecord
        {
            FullName = "Bob Odd",
            Emails = [new LabeledValue("bob(at)example.org")],
            Phones = [new LabeledValue("call me")],
            LinkedInUrl = "linkedin bob",
            Website = "my site",
        });
        foreach (var kept in mapped.KeptInNotes)
        {
            yield return ImportProblem.AtLine("bob.csv", 2, kept);
        }

        const string mbox = "From a@example.org Mon Jan  5 10:00:00 2026\nFrom: a@example.org\nTo: b@example.org\nSubject: no date\n\nx\n\n" +
                            "From a@example.org Mon Jan  5 10:00:00 2026\nFrom: a@example.org\nTo: b@example.org\nDate: last tuesday\n\nx\n\n" +
                            "From a@example.org Mon Jan  5 10:00:00 2026\nTo: b@example.org\nDate: Mon, 05 Jan 2026 10:00:00 +0000\n\nx\n";
        foreach (var problem in MailReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(mbox)), "t.mbox").Collect().Problems)
        {
            yield return problem;
        }

        yield return MailReader.Read(new MemoryStream(Encoding.ASCII.GetBytes("root:x:0:0:root:/root:/bin/bash\n")), "passwd").Collect().Problems.Single();
        const string cards = "junk before\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nno colon here\r\nEND:VCARD\r\nEND:VCARD\r\n";
        foreach (var problem in VCardReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(cards)), "a.vcf").Collect().Problems)
        {
            yield return problem;
        }

        yield return ImportProblem.InFile("x.bin", TextDecoding.NotText([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0])!);
        yield return ImportProblem.InFile("x.zip", TextDecoding.NotText("PK\u0003\u0004rest"u8)!);
    }

    public static TheoryData<string, string> Problems => [.. WrittenByTheReaders().Select(p => (p.Reason, p.Text.Code))];

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_problem_a_reader_writes_reads_the_same_in_English_and_is_translated_in_French(string reason, string code)
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var written = WrittenByTheReaders().First(p => p.Reason == reason && p.Text.Code == code);
        var item = new ImportReportItem { Kind = ReportItemKind.Problem, Text = written.Reason, Code = written.Text.Code, Args = [.. written.Text.Args] };

        var english = In("en", () => text.Problem(item));
        var french = In("fr", () => text.Problem(item));

        Assert.Equal(reason, english);
        Assert.NotEqual(reason, french);
        Assert.All(written.Text.Args, v => Assert.Contains(v, french, StringComparison.Ordinal));
        // A row stored before codes (its English only) reads the same, recognised by its text.
        Assert.Equal(french, In("fr", () => text.Problem(reason)));
    }

    [Fact]
    public async Task A_failed_run_says_why_in_the_readers_language_and_an_unknown_code_or_text_is_shown_as_it_was_written()
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var why = Reasons.FileUnreadable.With("Disk on fire.");
        var failed = new ImportRun { Status = ImportStatus.Failed, Error = why.English, ErrorCode = why.Code, ErrorArgs = [.. why.Args] };
        var newer = new ImportReportItem { Text = "Something a newer version says.", Code = "from_the_future", Args = [] };

        Assert.Equal("Le fichier ne peut pas être lu : Disk on fire.", In("fr", () => text.Error(failed)));
        Assert.Equal("The file cannot be read: Disk on fire.", In("en", () => text.Error(failed)));
        Assert.Null(In("fr", () => text.Error(new ImportRun { Status = ImportStatus.Done })));
        Assert.Equal("Something a newer version says.", In("fr", () => text.Problem(newer)));
        Assert.Equal("Something only this file says.", In("fr", () => text.Problem("Something only this file says.")));
    }

    [Fact]
    public async Task An_old_row_is_recognised_by_its_most_specific_sentence()
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();

        // "This is not a mail message: {0}" matches it too; the sentence without values is the one that was written.
        Assert.Equal(In("fr", () => text["import.problem.not_mail"].Value), In("fr", () => text.Problem(Reasons.NotMail.Text.English)));
    }

    static ProblemText Make(ProblemReason reason, string[] values) => reason switch
    {
        ProblemReason0 r => r.Text,
        ProblemReason1 r => r.With(values[0]),
        ProblemReason3 r => r.With(values[0], values[1], values[2]),
        _ => throw new InvalidOperationException($"A reason with {reason.Arity} values needs a case here."),
    };

    static string Raw(string culture, string code) => Resources(culture)[code];

    /// <summary>The import.problem.* resources of one culture as they are written, by code (not falling back to English).</summary>
    static Dictionary<string, string> Resources(string culture) =>
        new ResourceManager("Allies.Web.Resources.Localization.Strings", typeof(Strings).Assembly)
            .GetResourceSet(culture == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Where(e => ((string)e.Key).StartsWith("import.problem.", StringComparison.Ordinal))
            .ToDictionary(e => ((string)e.Key)["import.problem.".Length..], e => (string)e.Value!);

    static string[] Placeholders(string format) => [.. Placeholder().Matches(format).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();

    static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
