using Allies.Core.Contacts;
using Allies.Core.Imports;
using Allies.Data.Imports;
using Allies.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Allies.Data.Tests.Imports;

/// <summary>
/// Every contact, mail and calendar file of the corpus, imported through the service into SQLite: each is read to
/// the end, and every record is counted as added, merged or skipped, or reported with a reason — no crash, no silent loss.
/// </summary>
public sealed class CorpusImportTests(SqliteDatabase database) : DataTest(database), IClassFixture<SqliteDatabase>
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(AppContext.BaseDirectory, "TestData");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.Contains("maildir", StringComparison.Ordinal) || !Kind(relative).HasValue)
            {
                continue;
            }

            data.Add(relative);
        }

        data.Add("email/maildir");
        return data;
    }

    static ImportKind? Kind(string relative) =>
        relative.StartsWith("email/maildir", StringComparison.Ordinal) ? ImportKind.Maildir
        : relative.StartsWith("csv/", StringComparison.Ordinal) && relative.EndsWith(".csv", StringComparison.Ordinal) ? ImportKind.Csv
        : ImportSource.GuessKind(relative) is ImportKind.Csv ? null : ImportSource.GuessKind(relative);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_corpus_file_is_imported_or_its_problems_reported(string relative)
    {
        var owner = NewOwner();
        await Settings.SaveAsync(owner, s => s.OwnEmails = ["me@example.org"], Ct);
        // Known people for mail and calendars: one contact per sender/attendee address seen in the corpus is too many;
        // a few common ones are enough for interactions to appear.
        foreach (var email in new[] { "fred@example.com", "john.doe@example.net", "jdoe@one.test", "user@example.com", "jane@example.com", "john@example.com" })
        {
            await Contacts.CreateAsync(owner, new ContactInput { FirstName = email.Split('@')[0], Emails = [email] }, Ct);
        }

        var kind = Kind(relative)!.Value;
        var run = await Service<ImportService>().ImportAsync(owner, kind, ImportFiles.Corpus(relative), null, null, Ct);
        var report = await Service<ImportService>().ReportAsync(owner, run.Id, Ct);

        // A file that is not of the kind asked as a whole (a fuzzed calendar of binary noise) fails, saying why; any other is done.
        if (run.Status == ImportStatus.Failed)
        {
            Assert.Equal(0, run.Read);
            Assert.All(report.Problems, p => Assert.True(Interop.Reading.Reasons.Find(p.Code)?.WholeFile, p.Text));
            Assert.Equal(report.Problems[0].Text, run.Error);
        }
        else
        {
            Assert.Equal(ImportStatus.Done, run.Status);
        }

        Assert.True(run.Read + run.Problems > 0, "nothing read and nothing reported");
        Assert.Equal(run.Read, run.Added + run.Merged + run.Skipped);
        Assert.Equal(Math.Min(run.Problems, 1000), report.Problems.Count);
        Assert.All(report.Problems, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.File));
            Assert.False(string.IsNullOrWhiteSpace(p.Text));
        });
        if (kind is ImportKind.VCard or ImportKind.Csv)
        {
            await using var db = Db();
            Assert.Equal(run.Added + 6, await db.Contacts.CountAsync(c => c.OwnerId == owner, Ct));
        }
    }
}
