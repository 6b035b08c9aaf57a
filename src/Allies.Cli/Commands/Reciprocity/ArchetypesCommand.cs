using System.CommandLine;
using System.Globalization;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Core.Reciprocity;
using Allies.Data.Reciprocity;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>`allies archetypes [--limit N] [--json]`: the whole network by archetype, and where to act.</summary>
static class ArchetypesCommand
{
    public static Command Create(CliApp app)
    {
        var limit = Parsers.Number("--limit", "How many contacts to show in each list (default 20).", 1, 1000);
        var json = Json.Flag();
        var command = new Command("archetypes", "Contacts by archetype (giver, matcher, taker), where you keep giving with nothing back, givers you have not thanked lately, people you ask without ever giving.")
        {
            limit, json,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var overview = await session.Get<ReciprocityService>().OverviewAsync(session.Owner.Id, parse.GetValue(limit) ?? 20, ct);
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, overview);
                return ExitCodes.Ok;
            }

            var io = session.Io;
            var c = CultureInfo.InvariantCulture;
            await io.Out.WriteLineAsync(string.Create(c,
                $"Since {session.Owner.Show(overview.Since)[..10]}: {overview.Counts[Archetype.Giver]} givers, {overview.Counts[Archetype.Matcher]} matchers, {overview.Counts[Archetype.Taker]} takers, {overview.Counts[Archetype.NotEnoughData]} not enough data."));
            foreach (var group in overview.Groups.Where(g => g.Contacts.Count > 0))
            {
                await io.Out.WriteLineAsync($"{LedgerCommand.Name(group.Archetype)}s:");
                var table = Tables.Create("Contact", "Confidence", "Last quarter", "Theirs", "Mine", "Weeks");
                foreach (var r in group.Contacts)
                {
                    table.Row(r.Name, r.Confidence.ToString("0.00", c), LedgerCommand.Name(r.Previous), r.Tally.Theirs.ToString(c), r.Tally.Mine.ToString(c), r.Tally.Weeks.ToString(c));
                }

                io.Console.Write(table);
            }

            await ListAsync("Where you keep giving with nothing back:", overview.GivingWithNothingBack, r => string.Create(c, $"gave {r.Tally.IGave} times, nothing back"));
            await ListAsync("Givers you have not thanked lately:", overview.GiversNotThanked, r => string.Create(c, $"gave you {r.Tally.Mine} times"));
            await ListAsync("Before you ask: you have never given to them:", overview.NeverGivenBeforeAsking, r => string.Create(c, $"you asked {r.Tally.IAsked} times"));
            return ExitCodes.Ok;

            async Task ListAsync(string title, IReadOnlyList<ArchetypeRow> rows, Func<ArchetypeRow, string> detail)
            {
                if (rows.Count == 0)
                {
                    return;
                }

                await io.Out.WriteLineAsync(title);
                foreach (var r in rows)
                {
                    await io.Out.WriteLineAsync($"  {r.Name} — {detail(r)}");
                }
            }
        });
        return command;
    }
}
