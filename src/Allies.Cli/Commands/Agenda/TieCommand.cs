using System.CommandLine;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Ties;
using Allies.Data.Agenda;
using Allies.Web.Api;

namespace Allies.Cli.Commands.Agenda;

/// <summary>`allies tie &lt;contact&gt; [--lang] [--json]`: strength, factors, circle and cadence.</summary>
static class TieCommand
{
    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var lang = AgendaCommands.Lang();
        var json = Json.Flag();
        var command = new Command("tie", "How strong a tie is now (0–100) and why, its circle and cadence.") { contact, lang, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var who = await ContactResolver.ResolveAsync(session, parse.GetValue(contact), ct);
            var language = await AgendaCommands.LanguageAsync(session, parse.GetValue(lang), ct);
            var tie = await session.Get<AgendaService>().TieAsync(session.Owner.Id, who.Id, ct);
            var factors = TieWords.Explain(tie.Score, language);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, new TieDto(tie.Score.Score, tie.Circle, tie.Pinned, tie.CadenceDays, tie.CadenceOverridden, factors,
                    tie.Score.Summary.LastExchangeAt, tie.Score.Summary.Exchanges, tie.Score.Summary.TwoWay, Math.Round(tie.Score.Summary.Stability, 1)));
                return ExitCodes.Ok;
            }

            var circle = TieWords.CircleName(tie.Circle, language) + (tie.Pinned ? " (pinned)" : "");
            var cadence = tie.CadenceDays is { } d ? $"; every {d} days{(tie.CadenceOverridden ? " (own cadence)" : "")}" : "";
            await session.Io.Out.WriteLineAsync($"{who.DisplayName}: {tie.Score.Score}/100, {circle}{cadence} — {factors}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
