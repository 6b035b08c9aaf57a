namespace Allies.Core.Graph;

/// <summary>
/// Burt's structural-hole measures (Burt 1992, <i>Structural Holes</i>; Borgatti 1997, "Unpacking Burt's redundancy
/// measures"), with networkx's <c>constraint</c> and <c>effective_size</c> semantics on undirected graphs:
/// p_ij = w_ij / Σ_k w_ik (proportional tie strength), m_jq = w_jq / max_k w_jk (marginal strength).
/// Unweighted means every tie counts 1. Isolated people get NaN: the measures are undefined without ties.
/// </summary>
public static class StructuralHoles
{
    /// <summary>
    /// Constraint C_i = Σ_j (p_ij + Σ_q p_iq·p_qj)² over i's contacts j. Low constraint = the contacts do not know
    /// each other = many structural holes to broker; high = a closed circle (a star of n scores 1/n, a clique (2n−1)²/n³).
    /// </summary>
    public static NodeValues<TId> Constraint<TId>(NetworkGraph<TId> graph, bool weighted = false) where TId : notnull
    {
        var n = graph.NodeCount;
        var result = new double[n];
        var strength = Strengths(graph, weighted);
        var share = new double[n];      // p_iq for q in N(i), 0 elsewhere
        var indirect = new double[n];   // Σ_q p_iq·p_qj for j in N(i)
        var isContact = new bool[n];
        var offsets = graph.Offsets;
        var targets = graph.Targets;

        for (var i = 0; i < n; i++)
        {
            if (offsets[i] == offsets[i + 1])
            {
                result[i] = double.NaN;
                continue;
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var j = targets[e];
                isContact[j] = true;
                share[j] = Weight(graph, e, weighted) / strength[i];
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var q = targets[e];
                var piq = share[q];
                for (var f = offsets[q]; f < offsets[q + 1]; f++)
                {
                    var j = targets[f];
                    if (isContact[j])
                    {
                        indirect[j] += piq * (Weight(graph, f, weighted) / strength[q]);
                    }
                }
            }

            var c = 0.0;
            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var j = targets[e];
                var local = share[j] + indirect[j];
                c += local * local;
            }

            result[i] = c;
            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var j = targets[e];
                isContact[j] = false;
                share[j] = 0;
                indirect[j] = 0;
            }
        }

        return new NodeValues<TId>(graph, result);
    }

    /// <summary>
    /// Effective size: the number of contacts minus their redundancy, ES_i = Σ_j [1 − Σ_q p_iq·m_jq]. Unweighted it is
    /// Borgatti's n − 2t/n (n contacts, t ties among them), as networkx computes it. Efficiency is ES / n.
    /// </summary>
    public static NodeValues<TId> EffectiveSize<TId>(NetworkGraph<TId> graph, bool weighted = false) where TId : notnull
    {
        var n = graph.NodeCount;
        var result = new double[n];
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var isContact = new bool[n];

        if (!weighted)
        {
            for (var i = 0; i < n; i++)
            {
                var degree = offsets[i + 1] - offsets[i];
                if (degree == 0)
                {
                    result[i] = double.NaN;
                    continue;
                }

                MarkContacts(graph, i, isContact, true);
                long twiceTies = 0;
                for (var e = offsets[i]; e < offsets[i + 1]; e++)
                {
                    var q = targets[e];
                    for (var f = offsets[q]; f < offsets[q + 1]; f++)
                    {
                        if (isContact[targets[f]])
                        {
                            twiceTies++;
                        }
                    }
                }

                MarkContacts(graph, i, isContact, false);
                result[i] = degree - (double)twiceTies / degree;
            }

            return new NodeValues<TId>(graph, result);
        }

        var strength = Strengths(graph, true);
        var strongest = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                strongest[v] = Math.Max(strongest[v], graph.EdgeWeights[e]);
            }
        }

        var share = new double[n];
        var redundancy = new double[n];  // Σ_q p_iq·w_qj for j in N(i), divided by max_k w_jk at the end
        for (var i = 0; i < n; i++)
        {
            if (offsets[i] == offsets[i + 1])
            {
                result[i] = double.NaN;
                continue;
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                isContact[targets[e]] = true;
                share[targets[e]] = graph.EdgeWeights[e] / strength[i];
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var q = targets[e];
                var piq = share[q];
                for (var f = offsets[q]; f < offsets[q + 1]; f++)
                {
                    var j = targets[f];
                    if (isContact[j])
                    {
                        redundancy[j] += piq * (graph.EdgeWeights[f] / strongest[j]);
                    }
                }
            }

            var size = 0.0;
            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var j = targets[e];
                size += 1 - redundancy[j];
                isContact[j] = false;
                share[j] = 0;
                redundancy[j] = 0;
            }

            result[i] = size;
        }

        return new NodeValues<TId>(graph, result);
    }

    static void MarkContacts<TId>(NetworkGraph<TId> graph, int i, bool[] isContact, bool value) where TId : notnull
    {
        for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
        {
            isContact[graph.Targets[e]] = value;
        }
    }

    static double Weight<TId>(NetworkGraph<TId> graph, int edge, bool weighted) where TId : notnull =>
        weighted ? graph.EdgeWeights[edge] : 1.0;

    static double[] Strengths<TId>(NetworkGraph<TId> graph, bool weighted) where TId : notnull
    {
        var s = new double[graph.NodeCount];
        for (var v = 0; v < s.Length; v++)
        {
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                s[v] += Weight(graph, e, weighted);
            }
        }

        return s;
    }
}
