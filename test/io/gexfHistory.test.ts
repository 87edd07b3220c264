// A map's history as dynamic GEXF, read back by our own reader and by networkx (Debian's
// python3-networkx 2.8, which reads GEXF 1.2draft spells). The history below is hand-made:
//   2025-01-10 snapshot: a b c, ties t1 (a→b) t2 (b→c)
//   2025-06-01 snapshot: a b,   tie  t1
//   now (updated 2026-01-15, FIXED_NOW): a b c d, ties t1 t3 (a→d)
// so a, b, t1 are there from 2025-01-10 on; c from 2025-01-10 to 2025-06-01 and again from
// 2026-01-15; t2 from 2025-01-10 to 2025-06-01; d and t3 from 2026-01-15.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { serializeCsvTable } from '../../src/io';
import { mapHistory, readGexfText, serializeGexfHistory } from '../../src/io/gexf';
import { type CareMap, takeSnapshot } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

function snap(doc: CareMap, id: string, day: string): CareMap {
  const r = takeSnapshot(doc, { id, label: id, takenAt: day, event: 'review' });
  if (!r.ok) throw new Error(id);
  return r.value.doc;
}

const [a, b, c, d] = [person('a', 'Ann'), person('b', 'Bob'), person('c', 'Cat'), person('d', 'Dee')] as const;
let doc = makeMap([a, b, c], [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')]);
doc = snap(doc, 's1', '2025-01-10');
doc = snap({ ...doc, nodes: [a, b], ties: [tie('t1', 'a', 'b')] }, 's2', '2025-06-01');
doc = { ...doc, nodes: [a, b, c, d], ties: [tie('t1', 'a', 'b'), tie('t3', 'a', 'd')] };

const EXPECTED = {
  a: [{ start: '2025-01-10' }],
  b: [{ start: '2025-01-10' }],
  c: [{ start: '2025-01-10', end: '2025-06-01' }, { start: '2026-01-15' }],
  d: [{ start: '2026-01-15' }],
  t1: [{ start: '2025-01-10' }],
  t2: [{ start: '2025-01-10', end: '2025-06-01' }],
  t3: [{ start: '2026-01-15' }],
};

describe('GEXF history', () => {
  it('works out when each node and tie was there', () => {
    const h = mapHistory(doc);
    expect(Object.fromEntries(h.spells)).toEqual(EXPECTED);
    expect(h.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(h.ties.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('writes a dynamic graph our reader reads back with every element ever there', () => {
    const text = serializeGexfHistory(doc);
    expect(text).toContain('mode="dynamic"');
    expect(text).toContain('timeformat="date"');
    const back = readGexfText(text, 'history.gexf');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.nodes.map((n) => n.label)).toEqual(['Ann', 'Bob', 'Cat', 'Dee']);
    expect(back.value.ties.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('is read by networkx with the same spells', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-gexf-history-'));
    try {
      const file = join(dir, 'history.gexf');
      writeFileSync(file, serializeGexfHistory(doc));
      const script = `
import json, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
# networkx 2.8 reads a spell with no end as the text "None" (it applies str to a missing value)
def clean(spells):
    return [[s, None if e in (None, 'None') else e] for s, e in spells or []]
spells = {n: clean(G.nodes[n].get('spells')) for n in G.nodes}
for u, v, data in G.edges(data=True):
    spells[data['id']] = clean(data.get('spells'))
print(json.dumps({'mode': G.graph.get('mode'), 'spells': spells}))
`;
      const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
      if (run.status !== 0 && /No module named/.test(run.stderr) && process.env.CI === undefined) return;
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout) as { mode: string; spells: Record<string, [string, string | null][]> };
      expect(out.mode).toBe('dynamic');
      const asPairs = Object.fromEntries(
        Object.entries(EXPECTED).map(([id, list]) => [id, list.map((s) => [s.start, 'end' in s ? s.end : null])]),
      );
      expect(out.spells).toEqual(asPairs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serializeCsvTable', () => {
  it('writes a header and rows, guarding formula-like text and leaving numbers bare', () => {
    expect(serializeCsvTable(['name', 'hours'], [['=SUM(A1)', -3], ['Maud, B.', 14]])).toBe(
      "name,hours\r\n'=SUM(A1),-3\r\n\"Maud, B.\",14\r\n",
    );
  });
});
