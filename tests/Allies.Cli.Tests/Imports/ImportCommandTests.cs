using System.Diagnostics;
using System.Globalization;
using System.Text;
using Allies.Cli.Tests.Infrastructure;
using Allies.Data.Imports;
using Microsoft.Data.Sqlite;

namespace Allies.Cli.Tests.Imports;

public sealed class ImportCommandTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static string Cards(int count, int start = 1) =>
        string.Concat(Enumerable.Range(start, count).Select(i => $"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {i}\r\nN:P{i};Person;;;\r\nEMAIL:p{i}@example.org\r\nTEL:+336{10000000 + i}\r\nEND:VCARD\r\n"));

    static string Temp(string name, string text)
    {
        var dir = Directory.CreateTempSubdirectory("allies-cli-import-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Imports_twice_then_exports_vcard_csv_and_a_backup_that_restores_into_another_account()
    {
        using var cli = await TempCli.WithAccountAsync("a@example.com");
        var cards = Temp("people.vcf", Cards(12) + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person 1\r\nN:P1;Person;;;\r\nEMAIL:other@example.org\r\nTEL:+33610000001\r\nEND:VCARD\r\n");

        var first = await cli.JsonAsync("import", "vcard", cards);
        var second = await cli.OkAsync("import", "vcard", cards);
        var vcard = await cli.OkAsync("export", "vcard");
        var v3 = await cli.OkAsync("export", "vcard", "--vcard-version", "3");
        var csv = await cli.OkAsync("export", "csv");
        var backup = Path.Combine(Path.GetDirectoryName(cards)!, "backup.json");
        await cli.OkAsync("export", "json", "-o", backup);
        await cli.OkAsync("account", "create", "b@example.com", "--password", "correct horse battery");
        var restored = await cli.OkAsync("restore", backup, "--user", "b@example.com");
        var again = Path.Combine(Path.GetDirectoryName(cards)!, "again.json");
        await cli.OkAsync("export", "json", "-o", again, "--user", "b@example.com");
        var refused = await cli.RunAsync("restore", backup, "--user", "b@example.com");

        Assert.Equal((13, 12, 1), (first.GetProperty("read").GetInt32(), first.GetProperty("added").GetInt32(), first.GetProperty("merged").GetInt32()));
        Assert.StartsWith("Imported people.vcf (vcard): 13 read, 0 added, 0 merged, 13 skipped", second.Out);
        Assert.Equal(12, vcard.Out.Split("BEGIN:VCARD").Length - 1);
        Assert.Contains("VERSION:4.0", vcard.Out);
        Assert.Contains("VERSION:3.0", v3.Out);
        Assert.Equal(13, csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("p1@example.org", csv.Out);
        Assert.StartsWith("Restored ", restored.Out);
        Assert.Equal(new FileInfo(backup).Length, new FileInfo(again).Length);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("empty account", refused.Error);
    }

    [Fact]
    public async Task Duplicates_are_listed_merged_or_kept_apart_and_another_account_cannot_touch_them()
    {
        using var cli = await TempCli.WithAccountAsync("a@example.com");
        await cli.OkAsync("account", "create", "b@example.com", "--password", "correct horse battery");
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--email", "ada@one.example", "--user", "a@example.com");
        await cli.OkAsync("contacts", "add", "Alan", "Turing", "--email", "alan@one.example", "--user", "a@example.com");
        var csv = Temp("google.csv", "Name,Given Name,Family Name,E-mail 1 - Value\nAda Lovelace,Ada,Lovelace,ada@two.example\nAlan Turing,Alan,Turing,alan@two.example\n");
        await cli.OkAsync("import", "google", csv, "--user", "a@example.com");
        var pairs = await cli.JsonAsync("duplicates", "--user", "a@example.com");
        var ids = pairs.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        var table = await cli.OkAsync("duplicates", "--user", "a@example.com");
        // Two namesakes are told apart by their addresses.
        Assert.Contains("ada@one.example", table.Out);
        Assert.Contains("ada@two.example", table.Out);
        Assert.Equal("ada@two.example", pairs[0].GetProperty("contactBEmails")[0].GetString());

        foreach (var attempt in new[] { ["duplicates", "merge", ids[0]], new[] { "duplicates", "keep-apart", ids[0] } })
        {
            var denied = await cli.RunAsync([.. attempt, "--user", "b@example.com"]);
            Assert.Equal(1, denied.ExitCode);
            Assert.Equal("Duplicate not found.", denied.Error.Trim());
        }

        Assert.Equal(0, (await cli.JsonAsync("duplicates", "--all", "--user", "b@example.com")).GetArrayLength());
        Assert.Equal(2, ids.Count);
        await cli.OkAsync("duplicates", "merge", ids[0], "--user", "a@example.com");
        await cli.OkAsync("duplicates", "keep-apart", ids[1], "--user", "a@example.com");
        var list = await cli.OkAsync("duplicates", "list", "--user", "a@example.com");
        var ada = await cli.JsonAsync("contacts", "show", "Ada Lovelace", "--user", "a@example.com");
        var bExport = await cli.OkAsync("export", "csv", "--user", "b@example.com");
        var bImports = await cli.OkAsync("export", "json", "--user", "b@example.com");

        Assert.Equal("No possible duplicates to review.", list.Out.Trim());
        Assert.Equal(2, ada.GetProperty("emails").GetArrayLength());
        Assert.Single(bExport.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Lovelace", bImports.Out);
    }

    [Fact]
    public async Task People_often_written_to_are_suggested_by_name_and_address_or_by_address_alone()
    {
        using var cli = await TempCli.WithAccountAsync("me@example.com");
        await cli.OkAsync("contacts", "add", "Ada", "Lovelace", "--email", "ada@example.org");
        var mbox = Temp("mail.mbox", string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"From me@example.com Mon Jan  5 10:00:00 2026\nMessage-ID: <m{i}@x>\nDate: Mon, 5 Jan 2026 10:0{i}:00 +0000\nFrom: me@example.com\n" +
            $"To: ada@example.org, Grace Hopper <grace@navy.example>, blah@example.com\nSubject: s{i}\n\nbody\n\n")));

        var run = await cli.OkAsync("import", "mbox", mbox, "--own-email", "me@example.com");

        Assert.Contains("\n  Grace Hopper <grace@navy.example>: 3 times", run.Out.ReplaceLineEndings("\n"));
        Assert.Contains("\n  blah@example.com: 3 times", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Bad_arguments_are_named()
    {
        using var cli = await TempCli.WithAccountAsync();

        var missing = await cli.RunAsync("import", "vcard", "/nowhere/at/all.vcf");
        var kind = await cli.RunAsync("import", "fax", "x");
        var own = await cli.RunAsync("import", "mbox", Temp("m.mbox", "From a\n"), "--own-email", "not-an-email");
        var notBackup = await cli.RunAsync("restore", Temp("x.json", "[1,2]"));
        var folder = Path.GetDirectoryName(Temp("a.csv", "First Name\nAda\n"))!;
        var restoreFolder = await cli.RunAsync("restore", folder);
        var program = Temp("true", "");
        await File.WriteAllBytesAsync(program, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, .. "\"Bob\",Martin\n"u8.ToArray()], Ct);
        var binary = await cli.RunAsync("import", "linkedin", program);

        Assert.Equal((1, "<path>: no file or folder at '/nowhere/at/all.vcf'."), (missing.ExitCode, missing.Error.Trim()));
        Assert.Equal(2, kind.ExitCode);
        Assert.Equal((1, "--own-email: 'not-an-email' is not an email address."), (own.ExitCode, own.Error.Trim()));
        Assert.Equal(1, notBackup.ExitCode);
        Assert.StartsWith("<file>: The file is not an Allies backup", notBackup.Error);
        Assert.Equal((1, $"<file>: '{folder}' is a folder; give the backup file itself (written by `allies export json -o <file>`)."),
            (restoreFolder.ExitCode, restoreFolder.Error.Trim()));
        Assert.Equal(1, binary.ExitCode);
        Assert.Equal("Could not import true (linkedin): This is not a text file (it holds binary data): nothing was read from it. Check the file and the kind of import.",
            binary.Out.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_binary_file_fails_the_import_with_a_non_zero_exit_and_says_so_in_json_too()
    {
        using var cli = await TempCli.WithAccountAsync();
        var image = Temp("photo.ics", "");
        await File.WriteAllBytesAsync(image, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Ct);

        var text = await cli.RunAsync("import", "ics", image);
        var json = await cli.RunAsync("import", "vcard", image, "--json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);

        Assert.Equal(1, text.ExitCode);
        Assert.StartsWith("Could not import photo.ics (ics): This is not a text file", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("failed", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal("This is not a text file (it holds binary data): nothing was read from it. Check the file and the kind of import.", doc.RootElement.GetProperty("error").GetString());
        Assert.Equal("not_text", doc.RootElement.GetProperty("problemList")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("vcard", "two.vcf")]
    [InlineData("google", "google.csv")]
    [InlineData("mbox", "two.mbox")]
    [InlineData("eml", "one.eml")]
    [InlineData("ics", "two.ics")]
    [InlineData("linkedin-messages", "messages.csv")]
    [InlineData("vcard", "empty.vcf")]
    [InlineData("ics", "empty.ics")]
    [InlineData("mbox", "empty.mbox")]
    public async Task A_tiny_import_into_a_pipe_prints_its_summary_and_no_lone_progress_line(string kind, string name)
    {
        using var cli = await TempCli.WithAccountAsync();
        var mail = "From: Ada <ada@example.org>\nTo: me@example.org\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nSubject: hi\nMessage-ID: <1@example.org>\n\nHello\n";
        var file = Temp(name, name.StartsWith("empty", StringComparison.Ordinal) ? "" : kind switch
        {
            "vcard" => Cards(2),
            "google" => "Name,Given Name,Family Name,E-mail 1 - Value\nAda Lovelace,Ada,Lovelace,ada@example.org\n",
            "mbox" => "From ada@example.org Mon Mar  2 10:00:00 2026\n" + mail + "\nFrom ada@example.org Mon Mar  2 11:00:00 2026\n" + mail.Replace("<1@", "<2@", StringComparison.Ordinal),
            "eml" => mail,
            "ics" => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260301T100000Z\r\nSUMMARY:Tea\r\nATTENDEE:mailto:ada@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            _ => "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
                 "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,2026-03-01 10:00:00 UTC,,Hello,INBOX\n",
        });

        var run = await cli.RunAsync("import", kind, file);

        Assert.StartsWith($"Imported {name} ({kind}): ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("%", run.Out, StringComparison.Ordinal);
    }

    /// <summary>Records an import commits at once: its batches, several to a transaction.</summary>
    const int Committed = ImportService.DefaultBatchSize * ImportService.DefaultBatchesPerCommit;

    /// <summary>The real `allies` process, killed during a large import, then run again: the rows equal one clean run's.</summary>
    [Fact]
    public async Task A_killed_import_leaves_whole_batches_and_a_rerun_finishes_without_duplicates()
    {
        const int count = 30_000;
        var cards = Temp("big.vcf", Cards(count));
        using var killed = await TempCli.WithAccountAsync();
        using var clean = await TempCli.WithAccountAsync();

        await KillOnceReadAsync(Committed, killed.DatabasePath, "import", "vcard", cards);

        var partial = await CountAsync(killed.DatabasePath, "Contacts");
        Assert.InRange(partial, Committed, count - 1);
        Assert.Equal(0, partial % Committed);

        await RunToEndAsync("Imported big.vcf (vcard): 30000 read", killed.DatabasePath, "import", "vcard", cards);
        await RunToEndAsync("Imported big.vcf (vcard): 30000 read", clean.DatabasePath, "import", "vcard", cards);

        foreach (var table in new[] { "Contacts", "ContactEmails", "ContactPhones" })
        {
            Assert.Equal(await CountAsync(clean.DatabasePath, table), await CountAsync(killed.DatabasePath, table));
        }

        Assert.Equal(count, await CountAsync(killed.DatabasePath, "Contacts"));
        Assert.Equal(1, await CountAsync(killed.DatabasePath, "ImportRuns WHERE Status = 'Interrupted'"));
    }

    /// <summary>
    /// The same for mail: the real `allies` process killed during a large mbox import commits whole batches only (every
    /// interaction with its participants), and a re-run adds exactly what one uninterrupted import adds, no message twice.
    /// </summary>
    [Fact]
    public async Task A_killed_mbox_import_leaves_whole_batches_and_a_rerun_finishes_without_duplicates()
    {
        const int count = 30_000;
        var contacts = Temp("people.vcf", Cards(20));
        var mbox = Temp("big.mbox", Mails(count));
        using var killed = await TempCli.WithAccountAsync();
        using var clean = await TempCli.WithAccountAsync();
        await killed.OkAsync("import", "vcard", contacts);
        await clean.OkAsync("import", "vcard", contacts);

        // The first progress line comes right after the first commit.
        await KillOnceReadAsync(Committed, killed.DatabasePath, "import", "mbox", mbox);

        // Whole commits of interactions (every message is about contacts), none without its participants.
        var partial = await CountAsync(killed.DatabasePath, "Interactions");
        Assert.InRange(partial, Committed, count - 1);
        Assert.Equal(0, partial % Committed);
        Assert.Equal(2 * partial, await CountAsync(killed.DatabasePath, "InteractionParticipants"));

        await RunToEndAsync($"Imported big.mbox (mbox): {count} read, {count - partial} added", killed.DatabasePath, "import", "mbox", mbox);
        await RunToEndAsync($"Imported big.mbox (mbox): {count} read, {count} added", clean.DatabasePath, "import", "mbox", mbox);

        foreach (var table in new[] { "Interactions", "InteractionParticipants", "ContactLinks" })
        {
            Assert.Equal(await CountAsync(clean.DatabasePath, table), await CountAsync(killed.DatabasePath, table));
        }

        Assert.Equal(count, await CountAsync(killed.DatabasePath, "Interactions"));
        Assert.Equal(0, await CountAsync(killed.DatabasePath, "(SELECT ExternalId FROM Interactions GROUP BY ExternalId HAVING COUNT(*) > 1)"));
        // Each message counted once as evidence that its two people know each other.
        Assert.Equal(count, await ScalarAsync(clean.DatabasePath, "SELECT SUM(Evidence) FROM ContactLinks"));
        Assert.Equal(count, await ScalarAsync(killed.DatabasePath, "SELECT SUM(Evidence) FROM ContactLinks"));
        Assert.Equal(1, await CountAsync(killed.DatabasePath, "ImportRuns WHERE Status = 'Interrupted'"));
    }

    /// <summary>Messages between two of the 20 card people (p1..p20@example.org), each with its own Message-ID.</summary>
    static string Mails(int count)
    {
        var text = new StringBuilder(count * 260);
        var start = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(i);
            var (from, to) = (1 + (i % 20), 1 + ((i * 7 / 20) % 20));
            to = to == from ? 1 + (from % 20) : to;
            text.Append(CultureInfo.InvariantCulture, $"From p{from}@example.org {date:ddd MMM dd HH:mm:ss yyyy}\n")
                .Append(CultureInfo.InvariantCulture, $"Message-ID: <m{i}@example.org>\nDate: {date:ddd, dd MMM yyyy HH:mm:ss +0000}\n")
                .Append(CultureInfo.InvariantCulture, $"From: Person {from} <p{from}@example.org>\nTo: p{to}@example.org\nSubject: Note {i}\n\nHello.\n\n");
        }

        return text.ToString();
    }

    static readonly StringBuilder Output = new();

    static void Append(string? line)
    {
        lock (Output)
        {
            Output.Append(line).Append('\n');
        }
    }

    /// <summary>
    /// Runs the real `allies` process and kills it once its progress lines say at least <paramref name="read"/> records
    /// were read, that is once some batches are committed. The database is not read meanwhile: a reader in this process
    /// would only test SQLite's locking, not the import.
    /// </summary>
    async Task KillOnceReadAsync(int read, string database, params string[] args)
    {
        SqliteConnection.ClearAllPools();
        using var process = Start(database, args);
        var deadline = Stopwatch.StartNew();
        while (ReadSoFar() < read && deadline.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
        {
            await Task.Delay(10, Ct);
        }

        Assert.False(process.HasExited, "the import finished before it could be killed");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(Ct);
        Output.Clear();
    }

    static int ReadSoFar()
    {
        lock (Output)
        {
            return System.Text.RegularExpressions.Regex.Matches(Output.ToString(), @"(\d+) read").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        }
    }

    static Process Start(string database, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "allies.dll"));
        foreach (var a in args.Concat(["--database", database]))
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static async Task RunToEndAsync(string expected, string database, params string[] args)
    {
        using var process = Start(database, args);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {Output}");
        Assert.Contains(expected, Output.ToString());
        Output.Clear();
    }

    static Task<long> CountAsync(string database, string table) => ScalarAsync(database, "SELECT COUNT(*) FROM " + table);

    static async Task<long> ScalarAsync(string database, string sql)
    {
        // The account was made in this process: its pooled connection must not keep an old view of the file.
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
