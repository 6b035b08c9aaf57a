using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Interactions;
using Allies.Core.Ties;
using Allies.Data.Agenda;
using Allies.Web.Api;

namespace Allies.Cli.Commands.Agenda;

/// <summary>`allies agenda [--all] [--json] [--lang]`, `agenda done|snooze|skip &lt;key&gt;`</summary>
static class AgendaCommand
{
    public static Command Create(CliApp app)
    {
        var all = new Option<bool>("--all") { Description = "List every item, beyond what the ritual asks this week." };
        var json = Json.Flag();
        var lang = AgendaCommands.Lang();
        var command = new Command("agenda", "This week: who to contact, why now and what to do (the ritual's share unless --all).") { all, json, lang };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var language = await AgendaCommands.LanguageAsync(session, parse.GetValue(lang), ct);
            var plan = await session.Get<AgendaService>().GetAsync(session.Owner.Id, parse.GetValue(all), ct);
            var dto = AgendaDto.From(plan, language);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, dto);
                return ExitCodes.Ok;
            }

            var fr = TieWords.IsFrench(language);
            var o = session.Io.Out;
            await o.WriteLineAsync(fr
                ? $"Rituel : {plan.DoneThisPeriod} fait(s) sur {plan.RitualLimit}, {plan.Remaining} à faire ; {plan.Pending} personne(s) en attente en tout."
                : $"Ritual: {plan.DoneThisPeriod} done of {plan.RitualLimit}, {plan.Remaining} to go; {plan.Pending} people waiting in all.");
            if (dto.Items.Count == 0)
            {
                await o.WriteLineAsync(fr ? "Rien à faire maintenant." : "Nothing to do right now.");
            }

            var n = 0;
            foreach (var item in dto.Items)
            {
                await o.WriteLineAsync();
                await o.WriteLineAsync($"{++n}. {item.Name} — {item.Why}");
                await o.WriteLineAsync($"   {(fr ? "À faire" : "To do")}: {item.Todo}");
                await o.WriteLineAsync($"   {(fr ? "Brouillon" : "Draft")}: {(fr ? item.Draft.Fr : item.Draft.En)}");
                await o.WriteLineAsync($"   key: {item.Key}");
            }

            foreach (var w in dto.Warnings)
            {
                await o.WriteLineAsync();
                await o.WriteLineAsync($"! {w.Text}");
            }

            return ExitCodes.Ok;
        });
        command.Add(Done(app));
        command.Add(Snooze(app));
        command.Add(Skip(app));
        return command;
    }

    static Argument<string> Key() => new("key") { Description = "The item's key, as `allies agenda` shows it (e.g. overdue:…)." };

    static Command Done(CliApp app)
    {
        var key = Key();
        var kind = Parsers.Choice<InteractionKind>("--kind", "How you reached out (default message)");
        var note = new Option<string?>("--note") { Description = "What you said, in a few words.", HelpName = "text" };
        var command = new Command("done", "Mark an item done: logs the interaction with that person.") { key, kind, note };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var d = await session.Get<AgendaService>().DoneAsync(session.Owner.Id, parse.GetValue(key)!, new AgendaDone(parse.GetValue(kind) ?? InteractionKind.Message, Note: parse.GetValue(note)), ct);
            await session.Io.Out.WriteLineAsync($"Done: {d.ItemKey} (interaction {d.InteractionId}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Snooze(CliApp app)
    {
        var key = Key();
        var until = Parsers.Day("--until", "Show it again from this day (default in a week)");
        var command = new Command("snooze", "Hide an item until a later day.") { key, until };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var d = await session.Get<AgendaService>().SnoozeAsync(session.Owner.Id, parse.GetValue(key)!, parse.GetValue(until), ct);
            await session.Io.Out.WriteLineAsync($"Snoozed: {d.ItemKey} until {d.Until:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Until"] = "--until" });
        return command;
    }

    static Command Skip(CliApp app)
    {
        var key = Key();
        var command = new Command("skip", "Not this one: a recurring reason comes back in 30 days, a one-off does not.") { key };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var d = await session.Get<AgendaService>().SkipAsync(session.Owner.Id, parse.GetValue(key)!, ct);
            await session.Io.Out.WriteLineAsync(d.Until is { } u ? $"Skipped: {d.ItemKey} until {u:yyyy-MM-dd}." : $"Skipped: {d.ItemKey}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
