using System.Text.Json;

namespace Allies.Core.Tests.Graph;

/// <summary>Reads networkx's answers (JSON written by the corpus scripts) and compares numbers to 1e-9.</summary>
sealed class NetworkxReference(JsonElement root)
{
    public const double Tolerance = 1e-9;

    // Python's json writes undefined values as a bare NaN, which is not JSON: quote it before parsing.
    public static NetworkxReference Load(string relative) =>
        new(JsonDocument.Parse(System.IO.File.ReadAllText(TestDataFolder.File(relative)).Replace(": NaN", ": \"NaN\"", StringComparison.Ordinal)).RootElement);

    public JsonElement At(params string[] path)
    {
        var e = root;
        foreach (var p in path)
        {
            if (!e.TryGetProperty(p, out e))
            {
                throw new KeyNotFoundException($"The reference has no '{string.Join('/', path)}'.");
            }
        }

        return e;
    }

    public Dictionary<string, double> Values(params string[] path) =>
        At(path).EnumerateObject().ToDictionary(p => p.Name, p => Number(p.Value));

    static double Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String when e.GetString() is "NaN" or "nan" => double.NaN,
        _ => throw new FormatException($"Not a number: {e}"),
    };

    /// <summary>Equal within 1e-9, relative for values above 1 (effective sizes run into the hundreds).</summary>
    public static bool Close(double actual, double expected) =>
        (double.IsNaN(actual) && double.IsNaN(expected)) || Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));

    /// <summary>Every node's value equals networkx's; the message lists the first differences.</summary>
    public static void AssertAllClose(IReadOnlyDictionary<string, double> expected, Func<string, double> actual, string what)
    {
        var wrong = expected
            .Where(kv => !Close(actual(kv.Key), kv.Value))
            .Take(5)
            .Select(kv => $"{kv.Key}: ours {actual(kv.Key):R}, networkx {kv.Value:R}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{what} differs from networkx on {wrong.Count}+ nodes: {string.Join("; ", wrong)}");
    }
}
