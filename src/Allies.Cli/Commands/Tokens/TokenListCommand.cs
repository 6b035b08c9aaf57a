using System.CommandLine;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Accounts;

namespace Allies.Cli.Commands.Tokens;

/// <summary>`allies token list [--json]`</summary>
static class TokenListCommand
{
    public static Command Create(CliApp app)
    {
        var json = Json.Flag();
        var command = new Command("list", "List your API tokens, revoked ones included.") { json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var owner = session.Owner;
            var tokens = (await session.Get<ApiTokenService>().ListAsync(owner.Id, ct)).Select(t => TokenView.From(t, owner.Local)).ToList();
            if (parse.GetValue(json))
            {
                await Json.WriteAsync(session.Io.Out, tokens);
                return ExitCodes.Ok;
            }

            if (tokens.Count == 0)
            {
                await session.Io.Out.WriteLineAsync("No API token yet: create one with `allies token create <name>`.");
                return ExitCodes.Ok;
            }

            var table = Tables.Create("Name", "Starts with", "Created", "Last used", "Revoked", "Id");
            foreach (var t in tokens)
            {
                table.Row(t.Name, t.Prefix + "…", owner.Show(t.CreatedAt), owner.Show(t.LastUsedAt) ?? "never", owner.Show(t.RevokedAt) ?? "", t.Id.ToString());
            }

            session.Io.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
