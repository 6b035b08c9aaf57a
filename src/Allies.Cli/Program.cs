namespace Allies.Cli;

/// <summary>The `allies` executable. Not a top-level Program, so tests can reference both the CLI and the web app.</summary>
static class EntryPoint
{
    static Task<int> Main(string[] args) => AlliesCli.RunAsync(args, Console.Out, Console.Error);
}
