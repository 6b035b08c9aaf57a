using System.CommandLine;

namespace Allies.Cli.Shell;

/// <summary>Options every command accepts (they are recursive: allowed after any sub-command).</summary>
sealed class GlobalOptions
{
    public const string DatabaseVariable = "ALLIES_DATABASE";

    public Option<string?> Database { get; } = new("--database")
    {
        Description = $"An SQLite file path or a PostgreSQL connection string (default: ${DatabaseVariable}, else an SQLite file in your data folder).",
        HelpName = "path-or-connection-string",
        Recursive = true,
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = "The account to act as (its email); needed only when the database holds several accounts.",
        HelpName = "email",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the full details of an unexpected error.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Database);
        root.Add(User);
        root.Add(Verbose);
    }
}
