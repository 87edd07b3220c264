#!/usr/bin/python3
"""Time the reference libraries on an edge list, for test/bench/analysis.bench.ts.

Usage: /usr/bin/python3 scripts/reference/time_reference.py MODE EDGES.txt OUT.json
  MODE igraph    igraph betweenness (C core), normalised like networkx
  MODE networkx  networkx betweenness + closeness + PageRank
EDGES.txt: first line "n m", then one "a b" line per undirected edge over nodes 0..n-1.
Writes {"seconds": {...}, "wall": {...}, "betweenness": [...]} to OUT.json so the bench can print
the times and check that the values agree with the TypeScript kernel. "seconds" is CPU time of this
process (time.process_time), comparable with the bench's CPU figures on a shared machine; "wall" is
elapsed time.
"""
import json
import sys
import time


def read_edges(path):
    with open(path) as f:
        n, _m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    return n, edges


def main():
    mode, edges_path, out_path = sys.argv[1:4]
    n, edges = read_edges(edges_path)
    seconds = {}
    wall = {}

    def timed(name, fn):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        value = fn()
        seconds[name] = time.process_time() - start_cpu
        wall[name] = time.perf_counter() - start_wall
        return value

    if mode == 'igraph':
        import igraph
        g = igraph.Graph(n=n, edges=edges, directed=False)
        raw = timed('betweenness', lambda: g.betweenness(directed=False))
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        values = [b * scale for b in raw]
    elif mode == 'networkx':
        import networkx as nx
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges)
        bc = timed('betweenness', lambda: nx.betweenness_centrality(G))
        timed('closeness', lambda: nx.closeness_centrality(G))
        timed('pagerank', lambda: nx.pagerank(G))
        values = [bc[i] for i in range(n)]
    else:
        raise SystemExit('unknown mode ' + mode)
    with open(out_path, 'w') as f:
        json.dump({'seconds': seconds, 'wall': wall, 'betweenness': values}, f)


if __name__ == '__main__':
    main()
