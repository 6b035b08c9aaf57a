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
        foreach (var message in parse.Errors.Select(e => e.Message).Distinct())
        {
            await error.WriteLineAsync(message);
        }

        await error.WriteLineAsync($"Run `{CommandPath(parse.CommandResult)} --help` for usage.");
    }

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
