using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Interactions;
using Allies.Data.Reciprocity;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>
/// `allies exchange add &lt;interaction-id&gt; &lt;direction&gt; &lt;kind[:what]&gt;`, `allies exchange outcome &lt;exchange-id&gt; &lt;outcome&gt;`
/// and `allies reply &lt;interaction-id&gt; &lt;answered|accepted|declined|no-answer|clear&gt;`.
/// </summary>
static class ExchangeCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("exchange", "Add an exchange to an interaction after the fact, or change how one ended.");
        command.Add(Add(app));
        command.Add(Outcome(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }

    static Command Add(CliApp app)
    {
        var interaction = Parsers.Id("interaction", "The interaction's id (shown by `allies log`).", "an interaction", "allies contacts show <contact>");
        var direction = new Argument<string>("direction") { Description = "Who gave or asked: gave, they-gave, asked or they-asked." };
        var kind = new Argument<string>("kind") { Description = $"kind[:what]; kinds: {ExchangeOptions.KindsHelp}." };
        var probe = new Option<bool>("--probe") { Description = "It was a small probe (only for what you gave or asked)." };
        var json = Json.Flag();
        var command = new Command("add", "Add what was given or asked to an interaction.") { interaction, direction, kind, probe, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var dir = Direction(parse.GetValue(direction) ?? "");
            var (k, what) = ExchangeOptions.Parse("kind", parse.GetValue(kind) ?? "");
            var added = await session.Get<ExchangeService>().AddAsync(session.Owner.Id, parse.GetValue(interaction), new ExchangeInput(k, dir, what, IsProbe: parse.GetValue(probe)), ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, added);
                return ExitCodes.Ok;
            }

            await session.Io.Out.WriteLineAsync($"Added {ExchangeOptions.Name(added.Direction)} {Choices.Name(added.Kind)}{(added.What is { } w ? $": {w}" : "")} (id {added.Id}).");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Outcome"] = "--outcome", ["IsProbe"] = "--probe", ["ContactId"] = "interaction" });
        return command;
    }

    static Command Outcome(CliApp app)
    {
        var exchange = Parsers.Id("exchange", "The exchange's id (see `allies ledger <contact>`).", "an exchange", "allies ledger <contact>");
        var outcome = new Argument<string>("outcome") { Description = $"How it ended: {Choices.List<ExchangeOutcome>()}." };
        var probe = new Option<bool?>("--probe") { Description = "Mark (true) or unmark (false) it as a probe.", HelpName = "true|false" };
        var command = new Command("outcome", "Change how an exchange ended: `allies exchange outcome <id> done`.") { exchange, outcome, probe };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var value = ExchangeOptions.Enum<ExchangeOutcome>("outcome", parse.GetValue(outcome) ?? "");
            var updated = await session.Get<ExchangeService>().UpdateAsync(session.Owner.Id, parse.GetValue(exchange), value, parse.GetValue(probe), ct);
            await session.Io.Out.WriteLineAsync($"{ExchangeOptions.Name(updated.Direction)} {Choices.Name(updated.Kind)} is now {Choices.Name(updated.Outcome)}.");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Outcome"] = "outcome", ["IsProbe"] = "--probe" });
        return command;
    }

    public static Command Reply(CliApp app)
    {
        var interaction = Parsers.Id("interaction", "The id of the message or proposal you started.", "an interaction", "allies contacts show <contact>");
        var status = new Argument<string>("answer") { Description = "answered, accepted, declined, no-answer, or clear (derive it again from what came next)." };
        var when = Parsers.Moment("--when", "When they answered (default now)");
        var command = new Command("reply", "Record how they answered something you started: `allies reply <id> accepted --when yesterday`.") { interaction, status, when };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var text = parse.GetValue(status) ?? "";
            ReplyStatus? reply = text.Equals("clear", StringComparison.OrdinalIgnoreCase) ? null : ExchangeOptions.Enum<ReplyStatus>("answer", text);
            var at = parse.GetValue(when)?.Resolve(session.Io.Clock.GetUtcNow(), session.Owner.Zone);
            var saved = await session.Get<ExchangeService>().SetReplyAsync(session.Owner.Id, parse.GetValue(interaction), reply, at, ct);
            await session.Io.Out.WriteLineAsync(saved.Reply is { } r
                ? $"Recorded: {Choices.Name(r)}{(saved.RepliedAt is { } t ? $" on {session.Owner.Show(t)}" : "")}."
                : "Cleared: the answer is derived again from what came next.");
            return ExitCodes.Ok;
        }, fieldNames: new Dictionary<string, string> { ["Reply"] = "answer", ["RepliedAt"] = "--when" });
        return command;
    }

    static ExchangeDirection Direction(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gave" or "i-gave" or "igave" => ExchangeDirection.IGave,
        "they-gave" or "theygave" => ExchangeDirection.TheyGave,
        "asked" or "i-asked" or "iasked" => ExchangeDirection.IAsked,
        "they-asked" or "theyasked" => ExchangeDirection.TheyAsked,
        _ => throw new CliError($"direction: '{text}' is not one of: gave, they-gave, asked, they-asked."),
    };
}
