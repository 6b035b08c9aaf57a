using System.CommandLine;
using System.Globalization;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Imports;
using Allies.Core.Ties;
using Allies.Data.Imports;
using Allies.Data.Settings;
using Spectre.Console;

namespace Allies.Cli.Commands.Imports;

/// <summary>`allies import linkedin|google|outlook|csv|vcard|mbox|eml|maildir|ics|linkedin-messages &lt;path&gt; [--own-email …] [--json]`</summary>
static class ImportCommand
{
    public static Command Create(CliApp app)
    {
        var kind = Parsers.ChoiceArgument<ImportKind>("kind", "What the file is");
        var path = new Argument<string>("path") { Description = "The file, or a folder of such files (a Maildir, a folder of .vcf or .ics)." };
        var own = new Option<string[]>("--own-email")
        {
            Description = "One of your own addresses (saved in your settings), so mail and meetings get their direction; repeat for several.",
            HelpName = "email",
        };
        var json = Json.Flag();
        var command = new Command("import",
            "Import contacts (LinkedIn, Google or Outlook CSV, vCard), mail (mbox, .eml, Maildir), LinkedIn messages (messages.csv) or a calendar (.ics). " +
            "People already there are merged, not duplicated; running it again adds nothing.")
        {
            kind, path, own, json,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var file = parse.GetValue(path)!;
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                throw new CliError($"<path>: no file or folder at '{file}'.");
            }

            var owner = session.Owner;
            if (parse.GetValue(own) is { Length: > 0 } mine)
            {
                var bad = mine.FirstOrDefault(m => !Core.Contacts.ContactInput.IsEmail(m.Trim()));
                if (bad is not null)
                {
                    throw new CliError($"--own-email: '{bad}' is not an email address.");
                }

                await session.Get<SettingsService>().SaveAsync(owner.Id, s =>
                    s.OwnEmails = [.. s.OwnEmails.Concat(mine.Select(m => m.Trim().ToLowerInvariant())).Distinct(StringComparer.OrdinalIgnoreCase)], ct);
            }

            var service = session.Get<ImportService>();
            var io = session.Io;
            var what = parse.GetValue(kind);
            ImportRun run;
            if (io.IsTerminal && !parse.GetValue(json))
            {
                run = await io.Console.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Importing {Markup.Escape(Path.GetFileName(Path.TrimEndingDirectorySeparator(file)))}", maxValue: 1);
                    return await service.ImportAsync(owner.Id, what, file, null, (r, f) =>
                    {
                        task.Value = f;
                        task.Description = $"{r.Read:N0} read, {r.Added:N0} added, {r.Merged:N0} merged";
                    }, ct);
                });
            }
            else if (!parse.GetValue(json))
            {
                var last = DateTimeOffset.MinValue;
                run = await service.ImportAsync(owner.Id, what, file, null, (r, f) =>
                {
                    var now = io.Clock.GetUtcNow();
                    // No line before there is progress (under 0.5 % it reads "0 %": a tiny file printed a lone "0 %" line), nor at the end.
                    if (f >= 0.005 && f < 1 && now - last >= TimeSpan.FromSeconds(2))
                    {
                        last = now;
                        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f:P0}: {r.Read} read, {r.Added} added, {r.Merged} merged, {TieWords.Plural(r.Problems, "problem", "problems")}"));
                    }
                }, ct);
            }
            else
            {
                run = await service.ImportAsync(owner.Id, what, file, null, null, ct);
            }

            var report = await service.ReportAsync(owner.Id, run.Id, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(io.Out, ImportView.From(report));
                return ImportView.ExitFor(run);
            }

            await ImportView.WriteAsync(io, report);
            return ImportView.ExitFor(run);
        });
        return command;
    }
}

/// <summary>An import's report as the CLI shows it, and as --json prints it.</summary>
sealed record ImportView(
    Guid Id, string Kind, string File, string Status, int Read, int Added, int Merged, int Skipped, int Problems, int Duplicates,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error,
    IReadOnlyList<ImportView.ProblemView> ProblemList, IReadOnlyList<ImportView.SuggestionView> Suggestions, IReadOnlyList<ImportView.UpcomingView> Upcoming)
{
    public sealed record ProblemView(string? File, long? Line, long? Message, string Reason, string? Code, IReadOnlyList<string>? Args);

    public sealed record SuggestionView(Guid Id, string Name, string? Email, int Count, Guid? ContactId);

    public sealed record UpcomingView(DateTimeOffset? At, string Summary, int People);

    public static ImportView From(ImportReport r) => new(r.Run.Id, Choices.Name(r.Run.Kind), r.Run.FileName, Choices.Name(r.Run.Status),
        r.Run.Read, r.Run.Added, r.Run.Merged, r.Run.Skipped, r.Run.Problems, r.Run.Duplicates, r.Run.StartedAt, r.Run.FinishedAt, r.Run.Error,
        [.. r.Problems.Select(p => new ProblemView(p.File, p.Line, p.MessageNumber, p.Text, p.Code, p.Args))],
        [.. r.Suggestions.Select(s => new SuggestionView(s.Id, s.Text, s.Email, s.Count, s.ContactId))],
        [.. r.Upcoming.Select(u => new UpcomingView(u.At, u.Text, u.Count))]);

    public static async Task WriteAsync(CliContext io, ImportReport r)
    {
        var run = r.Run;
        await io.Out.WriteLineAsync(run.Error is { } error
            ? $"Could not import {run.FileName} ({Choices.Name(run.Kind)}): {error}"
            : string.Create(CultureInfo.InvariantCulture,
                $"Imported {run.FileName} ({Choices.Name(run.Kind)}): {run.Read} read, {run.Added} added, {run.Merged} merged, {run.Skipped} skipped, {TieWords.Plural(run.Problems, "problem", "problems")}, {TieWords.Plural(run.Duplicates, "possible duplicate", "possible duplicates")}."));
        // A run failed by its one problem has said it already.
        foreach (var p in r.Problems.Count == 1 && r.Problems[0].Text == run.Error ? [] : r.Problems.Take(50))
        {
            var where = p.Line is { } line ? $"{p.File}:{line}" : p.MessageNumber is { } m ? $"{p.File} message {m}" : p.File;
            await io.Out.WriteLineAsync($"  {where}: {p.Text}");
        }

        if (r.Problems.Count > 50)
        {
            await io.Out.WriteLineAsync($"  … and {r.Problems.Count - 50} more (see --json or the import page).");
        }

        if (r.Suggestions.Count > 0)
        {
            await io.Out.WriteLineAsync("People you write to often who are not contacts yet (web: Imports page to add them):");
            foreach (var s in r.Suggestions.Take(20))
            {
                // A bare address is the person's name too: "blah@example.com <blah@example.com>" said it twice.
                var who = string.IsNullOrWhiteSpace(s.Text) || string.Equals(s.Text, s.Email, StringComparison.OrdinalIgnoreCase) ? s.Email : $"{s.Text} <{s.Email}>";
                await io.Out.WriteLineAsync($"  {who}: {s.Count} times");
            }
        }

        if (r.Upcoming.Count > 0)
        {
            await io.Out.WriteLineAsync("Upcoming meetings:");
            foreach (var u in r.Upcoming.Take(20))
            {
                await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {u.At:yyyy-MM-dd HH:mm} UTC  {u.Text}"));
            }
        }

        if (run.Duplicates > 0)
        {
            await io.Out.WriteLineAsync("Review the possible duplicates with `allies duplicates`.");
        }
    }

    /// <summary>
    /// 0 when the import finished; 1 when it stopped, or when the file gave nothing but problems (not the format
    /// asked for), so a script notices the wrong file instead of reading "0 added" as success.
    /// </summary>
    public static int ExitFor(ImportRun run) =>
        run.Status == ImportStatus.Done && (run.Read > 0 || run.Problems == 0) ? ExitCodes.Ok : ExitCodes.Refused;
}
