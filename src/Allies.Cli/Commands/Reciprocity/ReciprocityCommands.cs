using System.CommandLine;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Reciprocity;

/// <summary>The reciprocity commands: ledger, archetypes, promise, exchange, reply.</summary>
static class ReciprocityCommands
{
    public static void AddTo(RootCommand root, CliApp app)
    {
        root.Add(LedgerCommand.Create(app));
        root.Add(ArchetypesCommand.Create(app));
        root.Add(PromiseCommand.Create(app));
        root.Add(ExchangeCommand.Create(app));
        root.Add(ExchangeCommand.Reply(app));
    }
}
