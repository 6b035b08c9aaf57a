using System.Globalization;
using Allies.Core.Graph;

namespace Allies.Core.Tests.Graph;

/// <summary>Test data builder: a network written as "a-b:0.9" ties (strength 1 when omitted).</summary>
static class Network
{
    public static NetworkGraph<string> Of(params string[] ties) =>
        NetworkGraph<string>.FromEdges(ties.Select(Parse));

    public static NetworkGraph<string> Of(IEnumerable<string> alone, params string[] ties) =>
        NetworkGraph<string>.FromEdges(ties.Select(Parse), alone);

    /// <summary>Names read better than ids in reasons: "claire" → "Claire".</summary>
    public static string Name(string id) => char.ToUpperInvariant(id[0]) + id[1..];

    static (string, string, double) Parse(string tie)
    {
        var (pair, strength) = tie.Split(':') is [var p, var s] ? (p, double.Parse(s, CultureInfo.InvariantCulture)) : (tie, 1.0);
        var ends = pair.Split('-');
        return (ends[0], ends[1], strength);
    }
}
