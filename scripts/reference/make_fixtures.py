#!/usr/bin/python3
"""Reference values for Carewealth's analysis tests, computed with Debian's networkx.

Writes JSON fixtures to test/fixtures/analysis/. Each fixture holds the graph as an edge list
(with path lengths where weighted) and networkx's values for the same graph, so the TypeScript
tests compare against an independent implementation rather than against themselves.

Run from the repository root:  /usr/bin/python3 scripts/reference/make_fixtures.py
(networkx 2.8.8 from python3-networkx produced the committed files.)
"""
import json
import math
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'analysis')


def clean(values):
    """Map node -> float, with NaN (networkx's value for isolated nodes) written as null."""
    return {str(k): (None if isinstance(v, float) and math.isnan(v) else v) for k, v in values.items()}


def structural(G):
    return {
        'betweenness': clean(nx.betweenness_centrality(G, normalized=True)),
        'closeness': clean(nx.closeness_centrality(G)),
        'eigenvector': clean(nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12, weight=None)),
        'pagerank': clean(nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=10000, weight=None)),
        'clustering': clean(nx.clustering(G)),
        'coreNumber': clean(nx.core_number(G)),
        'constraint': clean(nx.constraint(G)),
        'effectiveSize': clean(nx.effective_size(G)),
        'density': nx.density(G),
        'averageClustering': nx.average_clustering(G),
        'articulationPoints': sorted(str(v) for v in nx.articulation_points(G)),
        'bridges': sorted(sorted([str(a), str(b)]) for a, b in nx.bridges(G)),
    }


def write(name, G, note, weighted=False):
    nodes = [str(v) for v in G.nodes()]
    edges = []
    for a, b, data in G.edges(data=True):
        edge = [str(a), str(b)]
        if weighted:
            edge.append(data['distance'])
        edges.append(edge)
    fixture = {
        'name': name,
        'source': note,
        'producedBy': 'scripts/reference/make_fixtures.py with networkx ' + nx.__version__,
        'nodes': nodes,
        'edges': edges,
        'expected': structural(G),
    }
    if weighted:
        fixture['expectedWeighted'] = {
            'betweenness': clean(nx.betweenness_centrality(G, normalized=True, weight='distance')),
            'closeness': clean(nx.closeness_centrality(G, distance='distance')),
        }
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(fixture, f, indent=1)
        f.write('\n')


def random_weighted(n, m, seed, name):
    """A Barabasi-Albert graph plus a few isolated nodes and a separate small component, with
    path lengths 1/hours for hours in {1, 2, 3, 4, 8}, so equal-length alternatives occur."""
    rng = random.Random(seed)
    G = nx.barabasi_albert_graph(n, m, seed=seed)
    G = nx.relabel_nodes(G, {v: 'v%d' % v for v in G.nodes()})
    G.add_edges_from([('x1', 'x2'), ('x2', 'x3'), ('x3', 'x1'), ('x3', 'x4')])
    G.add_node('alone')
    for a, b in G.edges():
        G[a][b]['distance'] = 1.0 / rng.choice([1, 2, 3, 4, 8])
    write(name, G, 'nx.barabasi_albert_graph(%d, %d, seed=%d) + triangle-with-tail + isolate; lengths 1/hours' % (n, m, seed), weighted=True)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('karate', nx.Graph(nx.karate_club_graph().edges()), "Zachary's karate club, nx.karate_club_graph() (edges only, weights ignored)")
    write('florentine', nx.florentine_families_graph(), 'Padgett Florentine marriage network, nx.florentine_families_graph()')
    random_weighted(120, 2, 7, 'random-weighted-120')
    random_weighted(300, 3, 11, 'random-weighted-300')
