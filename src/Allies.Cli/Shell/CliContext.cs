using Spectre.Console;

namespace Allies.Cli.Shell;

/// <summary>Where one run of `allies` reads and writes, and its clock: the real console, or writers given by tests.</summary>
sealed class CliContext
{
    // Wide enough that tables written to a file or a pipe are not wrapped.
    const int PipeWidth = 240;

    public CliContext(TextWriter output, TextWriter error, TimeProvider clock, TextReader? input)
    {
        Out = output;
        Error = error;
        Clock = clock;
        IsTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        IsInteractive = input is null && !System.Console.IsInputRedirected && IsTerminal;
        Input = input ?? System.Console.In;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            Console.Profile.Width = PipeWidth;
        }
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public TextReader Input { get; }
    public TimeProvider Clock { get; }

    /// <summary>Spectre's console on <see cref="Out"/>: tables and progress bars, no colours when not a terminal.</summary>
    public IAnsiConsole Console { get; }

    public bool IsTerminal { get; }

    /// <summary>A person can answer prompts (stdin and stdout are a terminal).</summary>
    public bool IsInteractive { get; }
}
