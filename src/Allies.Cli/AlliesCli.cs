using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Allies.Cli.Shell;

namespace Allies.Cli;

/// <summary>The `allies` command line, runnable in-process: Program calls it with the console, tests with string writers.</summary>
public static class AlliesCli
{
    /// <summary>Runs one command line and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="input">Where a password is read from when not given; null means the console (prompting when it is a terminal).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null, TextReader? input = null)
    {
        var app = new CliApp(new CliContext(output, error, clock ?? TimeProvider.System, input));
        var root = app.BuildRoot();
        try
        {
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                await WriteParseErrorsAsync(parse, error);
                return ExitCodes.Usage;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Last resort: the per-command handler catches everything it can explain.
            await error.WriteLineAsync($"Unexpected error ({e.GetType().Name}): {e.Message}");
            if (args.Contains("--verbose"))
            {
                await error.WriteLineAsync(e.ToString());
            }

            return ExitCodes.Unexpected;
        }
    }

    static async Task WriteParseErrorsAsync(ParseResult parse, TextWriter error)
    {
        var messages = parse.Errors.Select(e => Explain(parse, e)).Distinct().ToList();
        // After one unknown word the rest are unknown too; the first says enough.
        var unknown = parse.UnmatchedTokens.Skip(1).Select(t => Unrecognized(t)).ToHashSet();
        foreach (var message in messages.Where(m => !unknown.Contains(m)))
        {
            await error.WriteLineAsync(message);
        }

        await error.WriteLineAsync($"Run `{CommandPath(parse.CommandResult)} --help` for usage.");
    }

    /// <summary>System.CommandLine's message, made to name what is missing when it does not.</summary>
    static string Explain(ParseResult parse, ParseError e)
    {
        switch (e.SymbolResult is ArgumentResult { Parent: CommandResult owner } ? owner : e.SymbolResult)
        {
            case CommandResult command when e.Message.Contains("'" + command.Command.Name + "'", StringComparison.Ordinal):
                var missing = command.Command.Arguments
                    .Where(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) < a.Arity.MinimumNumberOfValues)
                    .Select(a => $"<{a.Name}>").ToList();
                return missing.Count == 0
                    ? e.Message
                    : $"Missing {string.Join(" and ", missing)}: usage is `{CommandPath(command)} {string.Join(' ', command.Command.Arguments.Select(Usage))} [options]`.";
            case OptionResult option when option.Tokens.Count == 0:
                return $"{option.Option.Name} needs a value.";
            default:
                return e.Message;
        }
    }

    static string Usage(Argument a) => a.Arity.MinimumNumberOfValues > 0 ? $"<{a.Name}>" : $"[<{a.Name}>]";

    // System.CommandLine's wording for a word it does not know (English; localized text is simply shown as it is).
    static string Unrecognized(string token) => $"Unrecognized command or argument '{token}'.";

    static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Parent is null ? CliApp.Name : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
