using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Allies.Cli.Output;

/// <summary>The --json answer: camelCase names, enums by name, indented.</summary>
static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The --json flag every listing and show command accepts.</summary>
    public static Option<bool> Flag() => new("--json") { Description = "Print the answer as JSON (camelCase, enums by name), for scripts." };

    public static async Task WriteAsync<T>(TextWriter output, T value)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(value, Options));
    }
}
