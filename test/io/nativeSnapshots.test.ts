// Snapshots travel in the native file: a map holding snapshots taken by this build (event,
// author, centre, care types) comes back from writeNative → readNative exactly as it went in.
import { describe, expect, it } from 'vitest';

import { readNative, writeNative } from '../../src/io/native';
import { takeSnapshot } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

describe('snapshots in the native file', () => {
  it('round-trip with every field', () => {
    let doc = makeMap(
      [person('a', 'Mrs A.'), person('m', 'Maud')],
      [tie('t1', 'm', 'a', { careTypes: ['meals'], strength: 'engaged' })],
    );
    doc = { ...doc, meta: { ...doc.meta, scope: 'personal', centreNodeId: doc.nodes[0]!.id } };
    for (const [id, label, event] of [
      ['s1', 'Launch workshop', 'workshop'],
      ['s2', 'Six-month review', 'review'],
    ] as const) {
      const r = takeSnapshot(doc, {
        id,
        label,
        takenAt: id === 's1' ? '2025-03-15' : '2025-09-15',
        event,
        note: 'Notes.',
        author: 'Efe',
      });
      if (!r.ok) throw new Error('snapshot refused');
      doc = r.value.doc;
    }
    const [file] = writeNative(doc, 'over-time');
    const back = readNative([{ name: file!.name, bytes: file!.bytes }]);
    expect(back.ok && back.warnings).toEqual([]);
    expect(back.ok && back.value).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(
      back.ok && back.value.snapshots.map((s) => [s.event, s.author, s.centreNodeId, s.careTypes?.length]),
    ).toEqual([
      ['workshop', 'Efe', 'a', doc.careTypes.length],
      ['review', 'Efe', 'a', doc.careTypes.length],
    ]);
  });
});
