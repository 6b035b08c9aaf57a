using System.CommandLine;
using System.Globalization;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Input;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Network;

namespace Allies.Cli.Commands.Network;

/// <summary>`allies path [&lt;target&gt;] [--company] [--industry] [--function] [--paths k] [--json]`: warm intro paths.</summary>
static class PathCommand
{
    public static Command Create(CliApp app)
    {
        var target = new Argument<string?>("target") { Description = "The contact to reach: a name (or part of one), an email or an id.", Arity = ArgumentArity.ZeroOrOne };
        var company = new Option<string?>("--company") { Description = "Reach anyone at this company.", HelpName = "name" };
        var industry = new Option<string?>("--industry") { Description = "Reach anyone in this industry.", HelpName = "name" };
        var function = new Option<string?>("--function") { Description = "Reach anyone in this function.", HelpName = "name" };
        var k = Parsers.Number("--paths", "How many paths to show (default 3).", 1, 20);
        var json = Json.Flag();
        var command = new Command("path", "The best warm introduction paths to a contact, or to anyone at a company, in an industry or a function.")
            { target, company, industry, function, k, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var text = parse.GetValue(target);
            var query = new PathQuery { Company = parse.GetValue(company), Industry = parse.GetValue(industry), Function = parse.GetValue(function) };
            string label;
            if (!string.IsNullOrWhiteSpace(text))
            {
                var found = await ContactResolver.ResolveAsync(session, text, ct);
                query = query with { ContactId = found.Id };
                label = found.DisplayName;
            }
            else if (query.IsEmpty)
            {
                throw new CliError("Say whom to reach: a contact, or --company, --industry or --function.", ExitCodes.Usage);
            }
            else
            {
                label = string.Join(", ", new[] { query.Company, query.Industry, query.Function }.Where(s => !string.IsNullOrWhiteSpace(s)));
            }

            var result = await session.Get<NetworkService>().PathsAsync(session.Owner.Id, query, parse.GetValue(k) ?? 3, ct);
            var io = session.Io;
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(io.Out, result);
                return ExitCodes.Ok;
            }

            if (result.Paths.Count == 0)
            {
                await io.Out.WriteLineAsync(result.TargetsMatched == 0
                    ? $"None of your contacts matches {label}."
                    : $"No warm path to {label}: nobody you know is linked to {(result.TargetsMatched == 1 ? "them" : $"any of the {result.TargetsMatched} people matching")}.");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("#", "Path", "Weakest link", "Ask first", "Why");
            var n = 1;
            foreach (var p in result.Paths)
            {
                table.Row((n++).ToString(CultureInfo.InvariantCulture), string.Join(" → ", p.Steps.Select(s => s.Name)),
                    $"{p.WeakestLink.From.Name} – {p.WeakestLink.To.Name} ({p.WeakestLink.Strength.ToString("0.00", CultureInfo.InvariantCulture)})",
                    p.AskFirst?.Name ?? "—", string.Join(" ", p.Reasons));
            }

            io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
