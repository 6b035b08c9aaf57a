namespace Allies.Cli.Shell;

/// <summary>A refusal to show the user as one line, with the exit code scripts see.</summary>
sealed class CliError(string message, int exitCode = ExitCodes.Refused) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
