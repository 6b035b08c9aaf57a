using System.Globalization;
using System.Text;
using Allies.Interop.Mail;
using Allies.Interop.People;
using Allies.Interop.Reading;
using Allies.Web.Localization;
using Allies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Allies.Web.Tests.Imports;

/// <summary>
/// Import reports store the readers' English; the report page shows the common problems in the reader's language. The
/// problems here are written by the real readers, so a reader whose wording changes breaks these tests instead of
/// silently falling back to English on French pages.
/// </summary>
public sealed class ImportProblemTextTests
{
    static IEnumerable<string> WrittenByTheReaders()
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
            yield return kept;
        }

        const string mbox = "From a@example.org Mon Jan  5 10:00:00 2026\nFrom: a@example.org\nTo: b@example.org\nSubject: no date\n\nx\n\n" +
                            "From a@example.org Mon Jan  5 10:00:00 2026\nFrom: a@example.org\nTo: b@example.org\nDate: last tuesday\n\nx\n\n" +
                            "From a@example.org Mon Jan  5 10:00:00 2026\nTo: b@example.org\nDate: Mon, 05 Jan 2026 10:00:00 +0000\n\nx\n";
        foreach (var problem in MailReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(mbox)), "t.mbox").Collect().Problems)
        {
            yield return problem.Reason;
        }

        yield return MailReader.Read(new MemoryStream(Encoding.ASCII.GetBytes("root:x:0:0:root:/root:/bin/bash\n")), "passwd").Collect().Problems.Single().Reason;
        yield return TextDecoding.NotText([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0])!;
        yield return TextDecoding.NotText("PK\u0003\u0004rest"u8)!;
    }

    public static TheoryData<string> Problems => [.. WrittenByTheReaders()];

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_problem_a_reader_writes_reads_the_same_in_English_and_is_translated_in_French(string problem)
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        Assert.Contains(ImportText.Problems, p => p.Pattern.IsMatch(problem));

        var english = In("en", () => text.Problem(problem));
        var french = In("fr", () => text.Problem(problem));

        Assert.Equal(problem, english);
        Assert.NotEqual(problem, french);
        foreach (var quoted in System.Text.RegularExpressions.Regex.Matches(problem, "'([^']+)'").Select(m => m.Groups[1].Value).Where(q => q != "From "))
        {
            Assert.Contains(quoted, french, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_recognised_problem_has_its_English_and_French_text_and_the_English_matches_its_pattern()
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();
        Assert.Equal(19, ImportText.Problems.Count);
        foreach (var (key, pattern) in ImportText.Problems)
        {
            var arguments = Enumerable.Repeat((object)"x y", pattern.GetGroupNumbers().Length - 1).ToArray();
            var english = In("en", () => text[key, arguments]);
            var french = In("fr", () => text[key, arguments]);

            Assert.False(english.ResourceNotFound, key);
            Assert.False(french.ResourceNotFound, key);
            Assert.Matches(pattern, english.Value);
            Assert.NotEqual(english.Value, french.Value);
        }
    }

    [Fact]
    public async Task A_problem_not_in_the_list_is_shown_as_it_was_written()
    {
        await using var factory = new AlliesWebFactory();
        var text = factory.Services.GetRequiredService<IStringLocalizer<Strings>>();

        Assert.Equal("Something only this file says.", In("fr", () => text.Problem("Something only this file says.")));
    }

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
