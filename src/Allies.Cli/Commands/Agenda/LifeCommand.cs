using System.CommandLine;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Contacts;
using Allies.Data.Agenda;
using Allies.Web.Api;

namespace Allies.Cli.Commands.Agenda;

/// <summary>`allies life list|add|edit|delete`: life events (birthdays recur every year).</summary>
static class LifeCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("life", "Life events of your contacts: new job, promotion, publication, birthday (yearly), move…");
        command.Add(List(app));
        command.Add(Add(app));
        command.Add(Edit(app));
        command.Add(Delete(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }

    static Command List(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var json = Json.Flag();
        var command = new Command("list", "A contact's life events, newest first.") { contact, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var who = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var events = (await session.Get<LifeEventService>().ListAsync(session.Owner.Id, who.Id, ct)).Select(LifeEventDto.From).ToList();
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, events);
                return ExitCodes.Ok;
            }

            if (events.Count == 0)
            {
                await session.Io.Out.WriteLineAsync($"No life event for {who.DisplayName} yet: add one with `allies life add`.");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("Date", "Kind", "Note", "Id");
            foreach (var e in events)
            {
                table.Row(e.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Choices.Name(e.Kind) + (e.Recurring ? " (yearly)" : ""), e.Note ?? "", e.Id.ToString());
            }

            session.Io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Add(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var kind = Parsers.ChoiceArgument<LifeEventKind>("kind", "What happened");
        var on = AgendaCommands.DayArgument("date", "When (for a birthday, the date of birth; it recurs yearly)");
        var note = new Option<string?>("--note") { Description = "A few words (the new company, the title…).", HelpName = "text" };
        var command = new Command("add", "Add a life event to a contact.") { contact, kind, on, note };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var who = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var e = await session.Get<LifeEventService>().AddAsync(session.Owner.Id, who.Id, new LifeEventInput(parse.GetValue(kind), parse.GetValue(on), parse.GetValue(note)), ct);
            await session.Io.Out.WriteLineAsync($"Added {Choices.Name(e.Kind)} on {e.OccurredOn:yyyy-MM-dd} for {who.DisplayName} (id {e.Id}).");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Note"] = "--note", ["OccurredOn"] = "date", ["Kind"] = "kind" });
        return command;
    }

    static Command Edit(CliApp app)
    {
        var id = Parsers.Id("id", "The life event's id.", "a life event", "allies life list <contact>");
        var kind = Parsers.ChoiceArgument<LifeEventKind>("kind", "What happened");
        var on = AgendaCommands.DayArgument("date", "When");
        var note = new Option<string?>("--note") { Description = "A few words.", HelpName = "text" };
        var command = new Command("edit", "Replace a life event's kind, date and note.") { id, kind, on, note };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var e = await session.Get<LifeEventService>().UpdateAsync(session.Owner.Id, parse.GetValue(id), new LifeEventInput(parse.GetValue(kind), parse.GetValue(on), parse.GetValue(note)), ct);
            await session.Io.Out.WriteLineAsync($"Changed: {Choices.Name(e.Kind)} on {e.OccurredOn:yyyy-MM-dd} (id {e.Id}).");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Note"] = "--note", ["OccurredOn"] = "date", ["Kind"] = "kind" });
        return command;
    }

    static Command Delete(CliApp app)
    {
        var id = Parsers.Id("id", "The life event's id.", "a life event", "allies life list <contact>");
        var command = new Command("delete", "Delete a life event.") { id };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            await session.Get<LifeEventService>().DeleteAsync(session.Owner.Id, parse.GetValue(id), ct);
            await session.Io.Out.WriteLineAsync("Deleted.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
