using System.CommandLine;
using Allies.Core;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Allies.Cli.Shell;

/// <summary>What a command needs before it runs.</summary>
enum Needs
{
    /// <summary>The database and the account to act for.</summary>
    Account,

    /// <summary>The database only (creating or listing accounts, the demo).</summary>
    Database,
}

/// <summary>Runs a command's body in a session and turns every failure into one line and an exit code: never a stack trace.</summary>
static class CliAction
{
    public delegate Task<int> Body(Session session, ParseResult parse, CancellationToken ct);

    public static void Set(Command command, CliApp app, Body body, Needs needs = Needs.Account, IReadOnlyDictionary<string, string>? fieldNames = null) =>
        command.SetAction((parse, ct) => RunAsync(app, parse, async () =>
        {
            var target = Session.TargetFrom(parse, app.Global);
            await using var session = await Session.OpenAsync(app.Io, target, parse.GetValue(app.Global.User), needs == Needs.Account, ct);
            return await body(session, parse, ct);
        }, fieldNames, ct));

    /// <summary>Runs any work with the same error handling (also used by `serve`, which opens no session).</summary>
    public static async Task<int> RunAsync(CliApp app, ParseResult parse, Func<Task<int>> work, IReadOnlyDictionary<string, string>? fieldNames, CancellationToken ct)
    {
        var error = app.Io.Error;
        try
        {
            return await work();
        }
        catch (CliError e)
        {
            await error.WriteLineAsync(e.Message);
            return e.ExitCode;
        }
        catch (InvalidInputException e)
        {
            foreach (var field in e.Errors)
            {
                await error.WriteLineAsync($"{FieldNames.For(field.Field, fieldNames)}: {field.Message}");
            }

            return ExitCodes.Refused;
        }
        catch (NotFoundException e)
        {
            await error.WriteLineAsync($"{e.Message}.");
            return ExitCodes.Refused;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or TimeoutException
                                  || e.InnerException is SqliteException or NpgsqlException)
        {
            var inner = e is SqliteException or NpgsqlException ? e : e.InnerException ?? e;
            await error.WriteLineAsync($"The database {Session.TargetFrom(parse, app.Global)} cannot be used: {OneLine(inner.Message)}");
            await VerboseAsync(app, parse, e);
            return ExitCodes.Refused;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"Unexpected error ({e.GetType().Name}): {OneLine(e.Message).TrimEnd('.')}.{(parse.GetValue(app.Global.Verbose) ? "" : " Run again with --verbose for details.")}");
            await VerboseAsync(app, parse, e);
            return ExitCodes.Unexpected;
        }
    }

    static async Task VerboseAsync(CliApp app, ParseResult parse, Exception e)
    {
        if (parse.GetValue(app.Global.Verbose))
        {
            await app.Io.Error.WriteLineAsync(e.ToString());
        }
    }

    static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
