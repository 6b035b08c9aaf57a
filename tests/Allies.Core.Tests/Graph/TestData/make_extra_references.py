#!/usr/bin/python3
"""Extra networkx references for the graph tests (weighted measures, all-pairs lengths, facebook betweenness).

Run from this folder with Debian's networkx:  /usr/bin/python3 make_extra_references.py [facebook]
Writes *.extra.reference.networkx-<version>.json beside the graphs. The shared corpus only has unweighted answers
and a handful of path lengths; these fill the gaps with the same library, same conventions (string keys, repr floats).
"""
import json, sys, time
import networkx as nx

def dump(path, data):
    data["generated_with"] = {"networkx_version": nx.__version__, "python": sys.version.split()[0],
                              "script": "make_extra_references.py"}
    with open(path, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)

def keyed(d):
    return {str(k): v for k, v in d.items()}

def all_lengths(G, weight=None):
    out = {}
    for s, lengths in (nx.all_pairs_dijkstra_path_length(G, weight=weight) if weight else nx.all_pairs_shortest_path_length(G)):
        out[str(s)] = keyed(lengths)
    return out

def timed(f):
    t = time.perf_counter(); v = f(); return v, round(time.perf_counter() - t, 3)

def small():
    karate = nx.read_gml("karate/karate.gml", label="id")
    lesmis = nx.read_gml("lesmis/lesmis.gml")
    davis = nx.read_gml("davis_southern_women/davis_southern_women.gml")
    for name, G in [("karate", karate), ("lesmis", lesmis), ("davis_southern_women", davis)]:
        dump(f"{name}/{name}.extra.reference.networkx-{nx.__version__}.json",
             {"graph": name, "all_pairs_shortest_path_length": all_lengths(G)})
    weighted = {"graph": "lesmis", "weight": "value (co-appearance count)",
                "betweenness_weight_is_distance": {"call": "nx.betweenness_centrality(G, normalized=True, weight='value')",
                                                   "values": keyed(nx.betweenness_centrality(lesmis, weight="value"))},
                "constraint": {"call": "nx.constraint(G, weight='value')", "values": keyed(nx.constraint(lesmis, weight="value"))},
                "effective_size": {"call": "nx.effective_size(G, weight='value')",
                                   "values": keyed(nx.effective_size(lesmis, weight="value"))},
                "all_pairs_dijkstra_path_length": {"call": "nx.all_pairs_dijkstra_path_length(G, weight='value')",
                                                   "values": all_lengths(lesmis, "value")}}
    women = [n for n, b in davis.nodes(data="bipartite") if b == 0]
    P = nx.bipartite.weighted_projected_graph(davis, women)
    projection = {"graph": "davis_southern_women women projection", "weight": "weight (shared events)",
                  "betweenness_weight_is_distance": {"values": keyed(nx.betweenness_centrality(P, weight="weight"))},
                  "constraint": {"values": keyed(nx.constraint(P, weight="weight"))},
                  "effective_size": {"values": keyed(nx.effective_size(P, weight="weight"))}}
    dump(f"lesmis/lesmis.weighted.reference.networkx-{nx.__version__}.json", weighted)
    dump(f"davis_southern_women/davis_women_projection.weighted.reference.networkx-{nx.__version__}.json", projection)

def facebook():
    G = nx.read_edgelist("facebook_combined/facebook_combined.txt", nodetype=int)
    bc, secs = timed(lambda: nx.betweenness_centrality(G))
    comms, lsecs = timed(lambda: nx.community.louvain_communities(G, seed=42))
    dump(f"facebook_combined/facebook_combined.reference.networkx-{nx.__version__}.json",
         {"graph": "facebook_combined", "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
          "betweenness_centrality": {"call": "nx.betweenness_centrality(G, normalized=True)", "seconds": secs, "values": keyed(bc)},
          "louvain": {"call": "nx.community.louvain_communities(G, seed=42)", "seconds": lsecs, "count": len(comms),
                      "modularity": nx.community.modularity(G, comms)},
          "shortest_path_lengths_from_0": keyed(nx.single_source_shortest_path_length(G, 0))})

if __name__ == "__main__":
    if "facebook" in sys.argv:
        facebook()
    else:
        small()
