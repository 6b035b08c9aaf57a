using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Imports;
using Allies.Data.Imports;

namespace Allies.Cli.Commands.Imports;

/// <summary>`allies duplicates [list] [--all] [--json]`, `allies duplicates merge &lt;id&gt;`, `allies duplicates keep-apart &lt;id&gt;`.</summary>
static class DuplicatesCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("duplicates", "Contacts that may be the same person, found by imports: list them, merge a pair, or keep it apart.");
        command.Add(List(app, new Command("list", "The pairs waiting for your decision (the default).")));
        command.Add(Decide(app, "merge", "Merge the pair: the second contact's values, emails, interactions, promises, links… go to the first, then it is deleted.", merge: true));
        command.Add(Decide(app, "keep-apart", "Keep the pair apart: they are two people, and imports will not propose them again.", merge: false));
        List(app, command);
        return command;
    }

    static Command List(CliApp app, Command command)
    {
        var all = new Option<bool>("--all") { Description = "Also pairs already merged or kept apart." };
        var json = Json.Flag();
        command.Add(all);
        command.Add(json);
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var pairs = await session.Get<DuplicateService>().ListAsync(session.Owner.Id, parse.GetValue(all) ? null : DuplicateStatus.Open, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, pairs);
                return ExitCodes.Ok;
            }

            if (pairs.Count == 0)
            {
                await session.Io.Out.WriteLineAsync("No possible duplicates to review.");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("id", "contact", "maybe the same as", "why", "status");
            foreach (var p in pairs)
            {
                table.Row(p.Id.ToString(), Side(p.ContactAName, p.ContactACompany, p.ContactAEmails, p.ContactAPhones),
                    Side(p.ContactBName, p.ContactBCompany, p.ContactBEmails, p.ContactBPhones), p.Reason, Choices.Name(p.Status));
            }

            session.Io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"Ada Lovelace (Analytical Engines)" and, below, her emails and phones: what tells two namesakes apart.</summary>
    internal static string Side(string name, string? company, IReadOnlyList<string> emails, IReadOnlyList<string> phones)
    {
        var who = company is null ? name : $"{name} ({company})";
        var reach = string.Join(", ", emails.Concat(phones));
        return reach.Length == 0 ? who : $"{who}\n{reach}";
    }

    static Command Decide(CliApp app, string name, string description, bool merge)
    {
        var id = Parsers.Id("id", "The pair's id (see `allies duplicates`).", "a duplicate pair", "allies duplicates");
        var command = new Command(name, description) { id };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var service = session.Get<DuplicateService>();
            if (merge)
            {
                var kept = await service.MergeAsync(session.Owner.Id, parse.GetValue(id), ct);
                await session.Io.Out.WriteLineAsync($"Merged into contact {kept}.");
            }
            else
            {
                await service.KeepApartAsync(session.Owner.Id, parse.GetValue(id), ct);
                await session.Io.Out.WriteLineAsync("Kept apart.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
