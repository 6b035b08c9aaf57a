namespace Allies.Core.Graph;

/// <summary>
/// How far apart two people are across one tie, for path-based measures (shortest paths, weighted betweenness).
/// Edge weights in a <see cref="NetworkGraph{TId}"/> are strengths (higher = closer), but path algorithms add up
/// distances (lower = closer), so a mapping is needed and it is chosen here, once.
/// </summary>
public static class TieCost
{
    /// <summary>
    /// The cost of crossing a tie of the given strength: <c>1 / strength</c>. A tie at full strength (1) costs one
    /// hop; a tie at half strength costs as much as two full-strength ties; a faint tie (0.1) costs ten. So a path
    /// through two close friends beats a single acquaintance of strength below 0.5, which matches the advice "ask
    /// through people who know you well". Unlike <c>−log(strength)</c>, a perfect tie never costs zero, so longer
    /// chains of strong ties are still penalised for their length.
    /// </summary>
    public static double FromStrength(double strength) => 1.0 / strength;

    /// <summary>The weight already is a distance (networkx's convention for <c>weight='weight'</c>).</summary>
    public static double WeightIsDistance(double weight) => weight;
}
