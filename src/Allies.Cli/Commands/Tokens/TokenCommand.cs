using System.CommandLine;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Tokens;

static class TokenCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("token", "Personal API tokens: send one as `Authorization: Bearer <secret>` to /api.");
        command.Aliases.Add("tokens");
        command.Add(TokenCreateCommand.Create(app));
        command.Add(TokenListCommand.Create(app));
        command.Add(TokenRevokeCommand.Create(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }
}
