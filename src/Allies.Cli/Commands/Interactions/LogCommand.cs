using System.CommandLine;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Commands.Reciprocity;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Core.Interactions;
using Allies.Data.Contacts;
using Allies.Data.Interactions;

namespace Allies.Cli.Commands.Interactions;

/// <summary>`allies log &lt;contact&gt; &lt;kind&gt; [--with &lt;contact&gt; …] [--when] [--note] [--depth] [--started-by me|them] [--gave|--they-gave|--asked|--they-asked kind:what …] [--probe]`</summary>
static class LogCommand
{
    public static Command Create(CliApp app)
    {
        var contact = ContactsCommand.ContactArgument();
        var kind = Parsers.ChoiceArgument<InteractionKind>("kind", "What happened");
        var with = new Option<string[]>("--with") { Description = "Another person who was there; repeat the option for several.", HelpName = "contact" };
        var when = Parsers.Moment("--when", "When it happened (default now)");
        var note = new Option<string?>("--note") { Description = "What was said or agreed, in a few words.", HelpName = "text" };
        var depth = Parsers.Choice<Depth>("--depth", "How deep the conversation went (default small-talk)");
        var startedBy = Parsers.Choice("--started-by", "Who reached out", Initiator.Me, Initiator.Them);
        var command = new Command("log", "Log an interaction: who and what kind are enough; it happened now unless --when says otherwise.")
        {
            contact, kind, with, when, note, depth, startedBy,
        };
        var exchanges = new ExchangeOptions();
        exchanges.AddTo(command);
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var owner = session.Owner;
            var given = exchanges.Read(parse);
            var people = new List<ContactSummary>();
            foreach (var text in new[] { parse.GetValue(contact) }.Concat(parse.GetValue(with) ?? []))
            {
                people.Add(await ContactResolver.ResolveAsync(session, text, ct));
            }

            var input = new InteractionInput
            {
                ParticipantIds = [.. people.Select(p => p.Id).Distinct()],
                Kind = parse.GetValue(kind),
                OccurredAt = parse.GetValue(when)?.Resolve(session.Io.Clock.GetUtcNow(), owner.Zone),
                Summary = parse.GetValue(note),
                Depth = parse.GetValue(depth) ?? Depth.SmallTalk,
                InitiatedBy = parse.GetValue(startedBy) ?? Initiator.Unknown,
                Exchanges = given,
            };
            var logged = await session.Get<InteractionService>().LogAsync(owner.Id, input, ct);
            var names = logged.Participants.Select(p => p.Name).ToList();
            var who = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
            await session.Io.Out.WriteLineAsync($"Logged {Choices.Name(logged.Kind)} with {who} on {owner.Show(logged.OccurredAt)} (id {logged.Id}).");
            foreach (var e in logged.Exchanges)
            {
                await session.Io.Out.WriteLineAsync($"  {ExchangeOptions.Name(e.Direction)} {Choices.Name(e.Kind)}{(e.What is { } w ? $": {w}" : "")}{(e.IsProbe ? " (probe)" : "")} (exchange {e.Id})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
