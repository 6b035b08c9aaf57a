using System.CommandLine;
using Allies.Cli.Shell;

namespace Allies.Cli.Commands.Imports;

/// <summary>The data-in-and-out commands: import, export, restore, duplicates.</summary>
static class ImportsCommands
{
    public static void AddTo(RootCommand root, CliApp app)
    {
        root.Add(ImportCommand.Create(app));
        root.Add(ExportCommand.Create(app));
        root.Add(ExportCommand.Restore(app));
        root.Add(DuplicatesCommand.Create(app));
    }
}
