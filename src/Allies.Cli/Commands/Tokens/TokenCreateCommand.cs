using System.CommandLine;
using Allies.Cli.Output;
using Allies.Cli.Shell;
using Allies.Data.Accounts;

namespace Allies.Cli.Commands.Tokens;

/// <summary>`allies token create &lt;name&gt;`: the secret goes alone to standard output, so `TOKEN=$(allies token create ci)` works.</summary>
static class TokenCreateCommand
{
    public static Command Create(CliApp app)
    {
        var name = new Argument<string>("name") { Description = "What the token is for, e.g. 'laptop script'." };
        var json = Json.Flag();
        var command = new Command("create", "Create an API token and print its secret (shown only this once).") { name, json };
        CliAction.Set(command, app, async (session, parse, ct) =>
        {
            var (token, secret) = await session.Get<ApiTokenService>().CreateAsync(session.Owner.Id, parse.GetValue(name) ?? "", ct);
            if (parse.GetValue(json))
            {
                var view = TokenView.From(token, session.Owner.Local);
                await Json.WriteAsync(session.Io.Out, new { view.Id, view.Name, view.Prefix, view.CreatedAt, Secret = secret });
                return ExitCodes.Ok;
            }

            await session.Io.Error.WriteLineAsync($"Created token '{token.Name}' (id {token.Id}). Copy its secret now: it is not shown again.");
            await session.Io.Out.WriteLineAsync(secret);
            return ExitCodes.Ok;
        });
        return command;
    }
}
