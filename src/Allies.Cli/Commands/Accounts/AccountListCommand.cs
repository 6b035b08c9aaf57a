using System.CommandLine;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Accounts;

namespace Allies.Cli.Commands.Accounts;

/// <summary>`allies account list [--json]`</summary>
static class AccountListCommand
{
    public static Command Create(CliApp app)
    {
        var json = Json.Flag();
        var command = new Command("list", "List the accounts in this database (use one with --user <email>).") { json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var accounts = (await session.Get<AccountService>().ListAsync(ct))
                .Select(u => new AccountRow(u.Id, u.Email ?? "", u.CreatedAt)).ToList();
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, accounts);
                return ExitCodes.Ok;
            }

            if (accounts.Count == 0)
            {
                await session.Io.Out.WriteLineAsync("No account yet: run `allies account create <email>`.");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("Email", "Created (UTC)", "Id");
            foreach (var a in accounts)
            {
                table.Row(a.Email, a.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), a.Id.ToString());
            }

            session.Io.Console.Write(table);
            return ExitCodes.Ok;
        }, Needs.Database);
        return command;
    }

    sealed record AccountRow(Guid Id, string Email, DateTimeOffset CreatedAt);
}
