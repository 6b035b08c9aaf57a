namespace Allies.Cli.Shell;

/// <summary>What `allies` returns, documented in `allies --help` and the README.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The request was refused: unknown or ambiguous contact, invalid value, no account, database unreachable.</summary>
    public const int Refused = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing argument, malformed date, number or choice.</summary>
    public const int Usage = 2;

    /// <summary>A bug: something failed that should not have.</summary>
    public const int Unexpected = 3;

    /// <summary>Stopped with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
