#!/usr/bin/python3
"""Times networkx and igraph on the same edge list as `dotnet run ... -- graph <edges.txt>`.

Usage: /usr/bin/python3 compare_networkx.py <edges.txt> [--skip-networkx-holes] [--igraph-only]
Each figure is one run (networkx is too slow to repeat on the big graphs).
"""
import sys, time
import networkx as nx
import igraph as ig

def timed(what, f):
    t = time.perf_counter(); r = f(); s = time.perf_counter() - t
    print(f"  {what:<34} {s:8.3f} s", flush=True)
    return r

path = sys.argv[1]
pairs = set()
for line in open(path):
    parts = line.split()
    if len(parts) < 2 or parts[0].startswith("#") or parts[0] == parts[1]:
        continue
    pairs.add(tuple(sorted(parts[:2])))
G = nx.Graph(); G.add_edges_from(pairs)
print(f"{path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; networkx {nx.__version__}, igraph {ig.__version__}")
if "--igraph-only" not in sys.argv:
    timed("networkx betweenness", lambda: nx.betweenness_centrality(G))
    comms = timed("networkx louvain (seed 42)", lambda: nx.community.louvain_communities(G, seed=42))
    print(f"    modularity {nx.community.modularity(G, comms):.4f}, {len(comms)} communities")
if "--skip-networkx-holes" not in sys.argv and "--igraph-only" not in sys.argv:
    timed("networkx constraint", lambda: nx.constraint(G))
    timed("networkx effective size", lambda: nx.effective_size(G))
names = list(G.nodes()); index = {n: i for i, n in enumerate(names)}
H = ig.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in G.edges()])
timed("igraph betweenness", lambda: H.betweenness(directed=False))
part = timed("igraph multilevel (louvain)", lambda: H.community_multilevel())
print(f"    modularity {part.modularity:.4f}, {len(part)} communities")
timed("igraph constraint", lambda: H.constraint())
