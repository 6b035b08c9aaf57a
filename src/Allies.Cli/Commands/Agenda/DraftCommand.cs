using System.CommandLine;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Agenda;
using Allies.Web.Api;

namespace Allies.Cli.Commands.Agenda;

/// <summary>`allies draft &lt;contact&gt; [--lang fr|en] [--json]`</summary>
static class DraftCommand
{
    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var lang = AgendaCommands.Lang();
        var json = Json.Flag();
        var command = new Command("draft", "A personal message for this contact, built from what you noted (their agenda reason, else a reconnect).") { contact, lang, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var who = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var language = await AgendaCommands.LanguageAsync(session, parse.GetValue(lang), ct);
            var draft = await session.Get<AgendaService>().DraftAsync(session.Owner.Id, who.Id, language, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, new DraftDto(draft.Kind, language, draft.Text, draft.Item.Key));
            }
            else
            {
                await session.Io.Out.WriteLineAsync(draft.Text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
