using System.CommandLine;
using System.Text;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Data.Imports;
using Allies.Interop.VCards;

namespace Allies.Cli.Commands.Imports;

/// <summary>`allies export vcard|csv|json [-o file] [--vcard-version 3|4]` and `allies restore &lt;file&gt;`.</summary>
static class ExportCommand
{
    public enum ExportFormat { VCard, Csv, Json }

    public static Command Create(CliApp app)
    {
        var format = Parsers.ChoiceArgument<ExportFormat>("format", "What to write (json: a backup of everything)");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output).", HelpName = "file" };
        var version = Parsers.Number("--vcard-version", "vCard version: 4 (default) or 3, for older programs.", 3, 4);
        var command = new Command("export", "Write your contacts as vCard or CSV, or everything you own as a JSON backup (restore it with `allies restore`).")
        {
            format, output, version,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var path = parse.GetValue(output);
            var owner = session.Owner.Id;
            Stream stream;
            try
            {
                stream = path is null ? new MemoryStream() : File.Create(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new CliError($"--output: cannot write '{path}': {e.Message}");
            }

            await using (stream)
            {
                switch (parse.GetValue(format))
                {
                    case ExportFormat.Json:
                        await session.Get<BackupService>().WriteAsync(owner, stream, ct);
                        break;
                    case ExportFormat.Csv:
                        await using (var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                        {
                            await session.Get<ExportService>().WriteCsvAsync(owner, w, ct);
                        }

                        break;
                    default:
                        await using (var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                        {
                            await session.Get<ExportService>().WriteVCardsAsync(owner, w, parse.GetValue(version) == 3 ? VCardVersion.V3 : VCardVersion.V4, ct);
                        }

                        break;
                }

                if (stream is MemoryStream memory)
                {
                    await session.Io.Out.WriteAsync(Encoding.UTF8.GetString(memory.ToArray()));
                    await session.Io.Out.FlushAsync(ct);
                }
                else
                {
                    await session.Io.Error.WriteLineAsync($"Written to {path}.");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Restore(CliApp app)
    {
        var file = new Argument<string>("file") { Description = "A backup written by `allies export json`." };
        var command = new Command("restore", "Restore a JSON backup into your account, which must be empty (a new account).") { file };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path))
            {
                throw new CliError($"<file>: '{path}' is a folder; give the backup file itself (written by `allies export json -o <file>`).");
            }

            if (!File.Exists(path))
            {
                throw new CliError($"<file>: no file at '{path}'.");
            }

            await using var stream = File.OpenRead(path);
            var rows = await session.Get<BackupService>().RestoreAsync(session.Owner.Id, stream, ct);
            await session.Io.Out.WriteLineAsync($"Restored {rows} rows from {Path.GetFileName(path)} into {session.Owner.Email}.");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["File"] = "<file>" });
        return command;
    }
}
