using System.CommandLine;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;
using Allies.Data.Settings;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>`allies promise add|list|done|broken`: what you promised them, what they promised you.</summary>
static class PromiseCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("promise", "Promises, yours and theirs: add, list, mark done (kept) or broken.");
        command.Aliases.Add("promises");
        command.Add(Add(app));
        command.Add(List(app));
        command.Add(Resolve(app, "done", PromiseStatus.Kept, "Mark a promise kept."));
        command.Add(Resolve(app, "broken", PromiseStatus.Broken, "Mark a promise broken."));
        command.Add(Resolve(app, "reopen", PromiseStatus.Open, "Mark a promise open again."));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }

    static Command Add(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var what = new Argument<string>("what") { Description = "What was promised, in a few words." };
        var by = new Option<string>("--by") { Description = "Who promised: me or them (default me).", HelpName = "me|them", DefaultValueFactory = _ => "me" };
        var due = Parsers.Day("--due", "When it is due");
        var interaction = new Option<Guid?>("--interaction") { Description = "The interaction it was made in (its id).", HelpName = "id" };
        var json = Json.Flag();
        var command = new Command("add", "Record a promise: `allies promise add Alice \"send the deck\" --by me --due 2026-03-20`.") { contact, what, by, due, interaction, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var promisedBy = ExchangeOptions.Enum("--by", parse.GetValue(by) ?? "me", PromisedBy.Me, PromisedBy.Them);
            var found = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var added = await session.Get<PromiseService>().AddAsync(session.Owner.Id, new PromiseInput
            {
                ContactId = found.Id,
                PromisedBy = promisedBy,
                What = parse.GetValue(what),
                DueOn = parse.GetValue(due),
                InteractionId = parse.GetValue(interaction),
            }, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, added);
                return ExitCodes.Ok;
            }

            var who = added.PromisedBy == PromisedBy.Me ? $"You promised {added.ContactName}" : $"{added.ContactName} promised you";
            await session.Io.Out.WriteLineAsync($"{who}: {added.What}{(added.DueOn is { } d ? $", due {d:yyyy-MM-dd}" : "")} (id {added.Id}).");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["DueOn"] = "--due", ["What"] = "what", ["InteractionId"] = "--interaction", ["ContactId"] = "contact" });
        return command;
    }

    static Command List(CliApp app)
    {
        var contact = new Option<string?>("--contact") { Description = "Only this person's promises (a name, an email or an id).", HelpName = "contact" };
        var status = new Option<string?>("--status") { Description = "open (default), kept, broken or all.", HelpName = "open|kept|broken|all" };
        var json = Json.Flag();
        var command = new Command("list", "Promises, due soonest first: open ones unless --status says otherwise.") { contact, status, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var statusText = parse.GetValue(status) ?? "open";
            PromiseStatus? filter = statusText.Equals("all", StringComparison.OrdinalIgnoreCase)
                ? null
                : ExchangeOptions.Enum<PromiseStatus>("--status", statusText.Equals("done", StringComparison.OrdinalIgnoreCase) ? "kept" : statusText);
            Guid? contactId = parse.GetValue(contact) is { } text ? (await ContactResolver.ResolveAsync(session, text, ct, archivedToo: true)).Id : null;
            var rows = await session.Get<PromiseService>().ListAsync(session.Owner.Id, new PromiseQuery { ContactId = contactId, Status = filter }, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, rows);
                return ExitCodes.Ok;
            }

            if (rows.Count == 0)
            {
                await session.Io.Out.WriteLineAsync("No promises.");
                return ExitCodes.Ok;
            }

            var today = await session.Get<SettingsService>().TodayAsync(session.Owner.Id, ct);
            var table = Tables.Create("Due", "By", "Contact", "What", "Status", "Id");
            foreach (var p in rows)
            {
                table.Row((p.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "") + (p.IsOverdue(today) ? " (overdue)" : ""),
                    Choices.Name(p.PromisedBy), p.ContactName, p.What, Choices.Name(p.Status), p.Id.ToString());
            }

            session.Io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Resolve(CliApp app, string name, PromiseStatus status, string description)
    {
        var id = Parsers.Id("id", "The promise's id (see `allies promise list`).", "a promise", "allies promise list");
        var command = new Command(name, description) { id };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var p = await session.Get<PromiseService>().SetStatusAsync(session.Owner.Id, parse.GetValue(id), status, ct);
            await session.Io.Out.WriteLineAsync($"Promise '{p.What}' ({p.ContactName}) is now {Choices.Name(p.Status)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
