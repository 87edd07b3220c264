// An independent check of our GEXF and GraphML: networkx (Debian's python3-networkx, 2.8 here)
// reads the files we write and must see the same nodes and edges, as a MultiDiGraph because
// the rich map has parallel ties, with typed attributes coming back typed.
//
// The exact command run (paths are temporary files):
//   /usr/bin/python3 -c "<NX_SCRIPT below>" /tmp/…/map.gexf /tmp/…/map.graphml
// Without networkx the test fails when CI is set; elsewhere it is skipped with a warning.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { serializeGexf } from '../../src/io/gexf';
import { serializeGraphml } from '../../src/io/graphml';
import { richMap } from './gexf.richMap';

const PYTHON = '/usr/bin/python3';

const NX_SCRIPT = `
import json, sys
import networkx as nx

def describe(G):
    e = G['@bob']['p-ann']
    ann = G.nodes['p-ann']
    bob = G.nodes['@bob']
    return {
        'cls': type(G).__name__,
        'nodes': G.number_of_nodes(),
        'edges': G.number_of_edges(),
        'parallel': sorted(e.keys()),
        'hours': [type(e['t-1']['hoursPerWeek']).__name__, e['t-1']['hoursPerWeek']],
        'plan': [type(e['t-1']['inSupportPlan']).__name__, e['t-1']['inSupportPlan'], e['t-2']['inSupportPlan']],
        'mutual': [e['t-1']['mutual'], e['t-2']['mutual']],
        'maxReceivers': [type(ann['capacityMaxReceivers']).__name__, ann['capacityMaxReceivers']],
        'lat': [type(ann['lat']).__name__, ann['lat']],
        'notes': ann['notes'],
        'wardTypes': sorted(type(v).__name__ for v in (ann['ward'], bob['ward'])),
        'roles': ann['roles'],
    }

gexf = nx.read_gexf(sys.argv[1])
graphml = nx.read_graphml(sys.argv[2])
out = {'gexf': describe(gexf), 'graphml': describe(graphml)}
out['gexf']['label'] = gexf.nodes['p-ann']['label']
out['gexf']['weight'] = gexf['@bob']['p-ann']['t-1']['weight']
out['graphml']['label'] = graphml.nodes['p-ann']['label']
out['graphml']['hasMapData'] = json.loads(graphml.graph['carewealth'])['id']
print(json.dumps(out))
`;

const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!hasNetworkx && !inCi) {
  console.warn(`SKIPPING test/io/networkx.test.ts: ${PYTHON} cannot import networkx (apt-get install -y python3-networkx)`);
}

describe.runIf(hasNetworkx || inCi)('networkx reads our GEXF and GraphML', () => {
  it('sees the same nodes, parallel edges and typed attributes', () => {
    if (!hasNetworkx) throw new Error(`${PYTHON} cannot import networkx; install Debian's python3-networkx (apt-get install -y python3-networkx)`);
    const doc = richMap();
    const dir = mkdtempSync(join(tmpdir(), 'carewealth-nx-'));
    try {
      const gexf = join(dir, 'map.gexf');
      const graphml = join(dir, 'map.graphml');
      writeFileSync(gexf, serializeGexf(doc));
      writeFileSync(graphml, serializeGraphml(doc));
      const run = spawnSync(PYTHON, ['-c', NX_SCRIPT, gexf, graphml], { encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as Record<'gexf' | 'graphml', Record<string, unknown>>;
      const common = {
        cls: 'MultiDiGraph',
        nodes: 8,
        edges: 10,
        parallel: ['t-1', 't-2'],
        hours: ['float', 10.5],
        plan: ['bool', true, false],
        mutual: [false, true],
        maxReceivers: ['int', 3],
        lat: ['float', 51.5534],
        notes: 'Line one\nLine two\r\nwith CR LF\tand a tab; <b>not bold</b> & more',
        wardTypes: ['int', 'str'],
        roles: 'team_owner|neighbour',
        label: 'Ann <Hughes> & "Co"',
      };
      expect(out.gexf).toEqual({ ...common, weight: 10.5 });
      expect(out.graphml).toEqual({ ...common, hasMapData: 'map-test' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
