using System.CommandLine;
using Allies.Cli.Input;
using Allies.Cli.Shell;
using Allies.Data.Accounts;

namespace Allies.Cli.Commands.Tokens;

/// <summary>`allies token revoke &lt;id&gt;`</summary>
static class TokenRevokeCommand
{
    public static Command Create(CliApp app)
    {
        var id = Parsers.Id("id", "The token's id, from `allies token list`.", "a token", "allies token list");
        var command = new Command("revoke", "Revoke an API token: requests using it are refused from now on.") { id };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var tokenId = parse.GetValue(id);
            var tokens = session.Get<ApiTokenService>();
            var token = (await tokens.ListAsync(session.Owner.Id, ct)).FirstOrDefault(t => t.Id == tokenId)
                ?? throw new CliError($"No token has the id {tokenId} (see `allies token list`).");
            if (token.RevokedAt is { } revoked)
            {
                await session.Io.Out.WriteLineAsync($"Token '{token.Name}' (id {token.Id}) was already revoked on {session.Owner.Show(revoked)}.");
                return ExitCodes.Ok;
            }

            await tokens.RevokeAsync(session.Owner.Id, tokenId, ct);
            await session.Io.Out.WriteLineAsync($"Revoked token '{token.Name}' (id {token.Id}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
