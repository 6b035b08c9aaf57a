using System.CommandLine;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Accounts;

static class AccountCommand
{
    public static Command Create(CliApp app)
    {
        var command = new Command("account", "Create and list the accounts in this database.");
        command.Aliases.Add("accounts");
        command.Add(AccountCreateCommand.Create(app));
        command.Add(AccountListCommand.Create(app));
        CliApp.ShowHelpWhenBare(command);
        return command;
    }
}
