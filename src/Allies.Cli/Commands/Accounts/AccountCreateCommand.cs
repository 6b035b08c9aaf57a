using System.CommandLine;
using Allies.Cli.Shell;
using Allies.Core.Contacts;
using Allies.Data.Accounts;
using Spectre.Console;

namespace Allies.Cli.Commands.Accounts;

/// <summary>`allies account create &lt;email&gt; [--password]`</summary>
static class AccountCreateCommand
{
    public static Command Create(CliApp app)
    {
        var email = new Argument<string>("email") { Description = "The email address you will log in with." };
        var password = new Option<string?>("--password")
        {
            Description = "At least 8 characters. When omitted, it is asked for at a terminal, or read from the first line of standard input when piped.",
        };
        var command = new Command("create", "Create an account (on a fresh install, the first person creates theirs).") { email, password };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var address = parse.GetValue(email) ?? "";
            var secret = parse.GetValue(password) ?? await ReadPasswordAsync(session.Io, address);
            var user = await session.Get<AccountService>().CreateAsync(address, secret, ct);
            await session.Io.Out.WriteLineAsync($"Created account {user.Email} (id {user.Id}).");
            return ExitCodes.Ok;
        }, Needs.Database);
        return command;
    }

    static async Task<string> ReadPasswordAsync(CliContext io, string email)
    {
        if (!io.IsInteractive)
        {
            return await io.Input.ReadLineAsync()
                ?? throw new CliError("--password: no password given: pass --password, or pipe it on standard input.", ExitCodes.Usage);
        }

        // Fail before asking for a password that would be thrown away; the service still has the last word.
        if (!ContactInput.IsEmail(email.Trim()))
        {
            throw new CliError($"email: '{email}' is not a valid email address.");
        }

        var first = await io.Console.PromptAsync(new TextPrompt<string>("Password (at least 8 characters):").Secret());
        var again = await io.Console.PromptAsync(new TextPrompt<string>("Same password again:").Secret());
        return first == again ? first : throw new CliError("--password: the two passwords differ; nothing was created.");
    }
}
