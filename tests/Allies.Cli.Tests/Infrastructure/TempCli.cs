using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Allies.Cli.Tests.Infrastructure;

/// <summary>Runs `allies` in-process on a fresh SQLite file, with a pinned clock (10 March 2026, 10:00 in Paris).</summary>
public sealed class TempCli : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "allies-cli-tests", Guid.NewGuid().ToString("n"));

    public TempCli()
    {
        Directory.CreateDirectory(folder);
        DatabasePath = Path.Combine(folder, "allies.db");
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Runs one command line on this database; <paramref name="stdin"/> plays a pipe into standard input.</summary>
    public async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var code = await AlliesCli.RunAsync(["--database", DatabasePath, .. args], output, error, Clock, input);
        return new(code, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs and insists on success, so a test's set-up fails loudly where it breaks.</summary>
    public async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, $"`allies {string.Join(' ', args)}` exited {result.ExitCode}: {result.Error}");
        return result;
    }

    /// <summary>A database with one account, the usual starting point.</summary>
    public static async Task<TempCli> WithAccountAsync(string email = "owner@example.com")
    {
        var cli = new TempCli();
        await cli.OkAsync("account", "create", email, "--password", "correct horse battery");
        return cli;
    }

    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await OkAsync([.. args, "--json"]);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder.
        }
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The error output as lines, for "exactly one line" checks.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
