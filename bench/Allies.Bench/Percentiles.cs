namespace Allies.Bench;

/// <summary>Latency figures of one series of timed calls, in milliseconds.</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    // Nearest-rank percentile: the value below which p of the samples fall.
    static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
