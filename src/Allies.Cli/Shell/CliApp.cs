using System.CommandLine;
using System.CommandLine.Help;
using Allies.Cli.Commands.Accounts;
using Allies.Cli.Commands.Contacts;
using Allies.Cli.Commands.Demo;
using Allies.Cli.Commands.Interactions;
using Allies.Cli.Commands.Network;
using Allies.Cli.Commands.Reciprocity;
using Allies.Cli.Commands.Serve;
using Allies.Cli.Commands.Tokens;

namespace Allies.Cli.Shell;

/// <summary>The command tree of one run, and what its commands share: where they write, and the global options.</summary>
sealed class CliApp(CliContext io)
{
    public const string Name = "allies";

    public CliContext Io { get; } = io;
    public GlobalOptions Global { get; } = new();

    public RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Allies: your personal relationship manager, from the command line.\n" +
            "Exit codes: 0 done; 1 refused (unknown or ambiguous contact, invalid value, no account); " +
            "2 wrong command line (unknown option, missing argument, malformed date, number or choice); 3 unexpected error.");
        Global.AddTo(root);
        root.Add(AccountCommand.Create(this));
        root.Add(TokenCommand.Create(this));
        root.Add(ContactsCommand.Create(this));
        root.Add(LogCommand.Create(this));
        ReciprocityCommands.AddTo(root, this);
        root.Add(DemoCommand.Create(this));
        root.Add(ServeCommand.Create(this));
        NetworkCommand.AddTo(root, this);
        Commands.Imports.ImportsCommands.AddTo(root, this);
        Commands.Agenda.AgendaCommands.Create(this).ToList().ForEach(root.Add);
        ShowHelpWhenBare(root);
        return root;
    }

    /// <summary>A group of commands typed alone (`allies`, `allies contacts`) shows its help rather than an error.</summary>
    public static void ShowHelpWhenBare(Command group) =>
        group.SetAction(parse =>
        {
            new HelpAction().Invoke(parse);
            return ExitCodes.Ok;
        });
}
