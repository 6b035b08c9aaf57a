using System.CommandLine;
using System.Globalization;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Data.Demo;
using Spectre.Console;

namespace Allies.Cli.Commands.Demo;

/// <summary>`allies demo [--contacts N] [--seed S] [--interactions N]`: creates or refreshes the demo account's network.</summary>
static class DemoCommand
{
    public static Command Create(CliApp app)
    {
        var defaults = new DemoOptions();
        var contacts = Parsers.Number("--contacts", $"How many contacts (default {defaults.Contacts}).", 1, DemoNetwork.MaxContacts);
        var seed = Parsers.Number("--seed", $"Same seed, same people (default {defaults.Seed}).", 0, int.MaxValue);
        var interactions = Parsers.Number("--interactions", "About how many interactions in all (default: about 6 per contact; benches use more).", 0, 100_000_000);
        var command = new Command("demo",
            $"Create (or refresh) the demo account {defaults.Email} with a realistic network: companies, 18 months of interactions, promises, links. " +
            "Its previous demo data is replaced; other accounts are not touched.")
        {
            contacts, seed, interactions,
        };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var options = defaults with { Contacts = parse.GetValue(contacts) ?? defaults.Contacts, Seed = parse.GetValue(seed) ?? defaults.Seed, Interactions = parse.GetValue(interactions) };
            var demo = session.Get<DemoNetwork>();
            var io = session.Io;
            var result = io.IsTerminal
                ? await io.Console.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Building {options.Contacts:N0} demo contacts", maxValue: 1);
                    return await demo.CreateAsync(options, new Bar(task), ct);
                })
                : await demo.CreateAsync(options, null, ct);
            var c = CultureInfo.InvariantCulture;
            await io.Out.WriteLineAsync(string.Create(c,
                $"Demo network ready: {result.Contacts:N0} contacts and {result.Interactions:N0} interactions for {result.Email} (password {result.Password})."));
            await io.Out.WriteLineAsync($"See it with `allies serve`, or here with `--user {result.Email}`.");
            return ExitCodes.Ok;
        }, Needs.Database);
        return command;
    }

    /// <summary>Moves the progress bar as the demo reports (0 to 1).</summary>
    sealed class Bar(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0, 1);
    }
}
