// The difference drawn as one picture, and the change table, on the hand-worked community pair
// of test/fixtures/compare (see compare.test.ts for what changed between the two files):
//   before: 10 nodes (G Tenants' WhatsApp Mutual Aid and J Jo go), 9 ties (c3 c4 c6 go);
//   after:  10 nodes (N Nadia and Q Marlowe Coffee Morning are new), 12 ties (n1 l1 l2 l3 q1 w2 new);
//   changed: nodes C (label), O (care needed), M (roles); ties c1 (four fields), c5 (strength).
// So the picture holds 10 + 2 = 12 nodes and 12 + 3 = 15 ties.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { changeRows, diffInStages, diffMaps, diffPicture, pictureIds, pictureState } from '../../src/analysis';
import { type CareMap, loadCareMap } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

function fixture(name: string): CareMap {
  const file = path.join(import.meta.dirname, '..', 'fixtures', 'compare', `${name}.carewealth.json`);
  const r = loadCareMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.value;
}

const before = fixture('community-before');
const after = fixture('community-after');
const result = diffMaps({ doc: before, label: 'Before' }, { doc: after, label: 'After' });
const picture = diffPicture(before, after, result);

describe('diffPicture', () => {
  it("holds state B's nodes and ties, then A's lost ones", () => {
    expect(picture.doc.nodes.map((n) => n.id)).toEqual(['C', 'T', 'O', 'M', 'W', 'H', 'K', 'L', 'N', 'Q', 'G', 'J']);
    expect(picture.doc.ties.map((t) => t.id)).toEqual(['m1', 'd1', 'c1', 'c2', 'c5', 'p1', 'n1', 'l1', 'l2', 'l3', 'q1', 'w2', 'c3', 'c4', 'c6']);
    expect(picture.doc.snapshots).toEqual([]);
  });

  it('marks added, lost and changed nodes and ties, and leaves the rest unmarked', () => {
    const marked = (m: string) => [...picture.marks].filter(([, v]) => v === m).map(([k]) => k).sort();
    expect(marked('added')).toEqual(['N', 'Q', 'l1', 'l2', 'l3', 'n1', 'q1', 'w2']);
    expect(marked('lost')).toEqual(['G', 'J', 'c3', 'c4', 'c6']);
    expect(marked('changed')).toEqual(['C', 'M', 'O', 'c1', 'c5']);
    expect(picture.marks.has('T')).toBe(false);
  });

  it('shows before and after on the same ids, each with only its own elements', () => {
    const b = pictureState(picture, 'before');
    expect(b.nodes.map((n) => n.id).sort()).toEqual(['C', 'G', 'H', 'J', 'K', 'L', 'M', 'O', 'T', 'W']);
    expect(b.ties.map((t) => t.id).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'd1', 'm1', 'p1']);
    const a = pictureState(picture, 'after');
    expect(a.nodes).toHaveLength(10);
    expect(a.ties).toHaveLength(12);
    expect(pictureState(picture, 'difference')).toBe(picture.doc);
  });

  it('keeps a lost node apart from a new one that reuses its id, and keeps positions', () => {
    // A: x "Ann" (person) cares for y; B: x is now "Bakery" (organisation) — not the same node.
    const a = makeMap([person('x', 'Ann', { position: { x: 10, y: 20, pinned: false } }), person('y', 'Yan', { position: { x: 50, y: 0, pinned: false } })], [tie('t1', 'x', 'y')]);
    const b = makeMap([node('x', 'organisation', 'Bakery'), person('y', 'Yan')], []);
    const r = diffMaps({ doc: a, label: 'A' }, { doc: b, label: 'B' });
    const p = diffPicture(a, b, r);
    expect(p.doc.nodes.map((n) => [n.id, n.label])).toEqual([['x', 'Bakery'], ['y', 'Yan'], ['x~before', 'Ann']]);
    // the lost tie runs from the ghost, not from the bakery
    expect(p.doc.ties.map((t) => [t.id, t.source, t.target])).toEqual([['t1', 'x~before', 'y']]);
    expect(p.marks.get('x~before')).toBe('lost');
    expect(p.marks.get('x')).toBe('added');
    // y has no position in B: it keeps A's, so the picture does not move
    expect(p.doc.nodes[1]?.position).toEqual({ x: 50, y: 0, pinned: false });
    expect(p.doc.nodes[2]?.position).toEqual({ x: 10, y: 20, pinned: false });
    expect(pictureIds(p, ['y'])).toEqual(['y']);
  });
});

describe('changeRows', () => {
  const rows = changeRows(result, before, after);

  it('lists whole nodes and ties that came and went, with their names', () => {
    const whole = rows.filter((r) => r.field === '').map((r) => [r.subject, r.change, r.id, r.name]);
    expect(whole).toEqual([
      ['node', 'added', 'N', 'Nadia'],
      ['node', 'added', 'Q', 'Marlowe Coffee Morning'],
      ['node', 'removed', 'G', "Tenants' WhatsApp Mutual Aid"],
      ['node', 'removed', 'J', 'Jo'],
      ['tie', 'added', 'n1', 'Nadia → Mr H. (care)'],
      ['tie', 'added', 'l1', 'Neighbours Together → Mr H. (care)'],
      ['tie', 'added', 'l2', 'Neighbours Together → Mrs K. (care)'],
      ['tie', 'added', 'l3', 'Neighbours Together → Mrs A. (care)'],
      ['tie', 'added', 'q1', 'Marlowe Coffee Morning → Mrs K. (care)'],
      ['tie', 'added', 'w2', 'W. → Team Ash (care)'],
      ['tie', 'removed', 'c3', "Tenants' WhatsApp Mutual Aid → Mr H. (care)"],
      ['tie', 'removed', 'c4', "Tenants' WhatsApp Mutual Aid → Mrs K. (care)"],
      ['tie', 'removed', 'c6', 'Jo → Team Ash (care)'],
    ]);
  });

  it('gives each changed field its own row, scales saying up or down', () => {
    const c1 = rows.filter((r) => r.id === 'c1').map((r) => [r.change, r.field, r.before, r.after]);
    expect(c1).toContainEqual(['up', 'frequency', 'weekly', 'daily']);
    expect(c1).toContainEqual(['up', 'hoursPerWeek', '8', '14']);
    expect(c1).toContainEqual(['up', 'closeness', 'middle', 'inner']);
    expect(rows.find((r) => r.id === 'C')).toMatchObject({ subject: 'node', change: 'changed', field: 'label', before: 'Circle', after: 'Larkspur Care Circle' });
    expect(rows.find((r) => r.id === 'M' && r.subject === 'node')).toMatchObject({ field: 'roles', before: 'neighbour', after: 'neighbour, volunteer (new: volunteer)' });
  });
});

describe('diffInStages', () => {
  const stages = diffInStages({ doc: before, label: 'Before' }, { doc: after, label: 'After' });

  it("core alone gives the same picture and table as the whole result", () => {
    const fromCore = diffPicture(before, after, stages.core);
    expect(fromCore.doc).toEqual(picture.doc);
    expect(fromCore.marks).toEqual(picture.marks);
    expect(fromCore.side).toEqual(picture.side);
    expect(changeRows(stages.core, before, after)).toEqual(changeRows(result, before, after));
  });

  it('finish() is diffMaps, field for field and in the same order, and the same object each time', () => {
    const whole = stages.finish();
    expect(JSON.stringify(whole)).toBe(JSON.stringify(result));
    expect(stages.finish()).toBe(whole);
    expect(Object.keys(stages.core)).toEqual(['formatVersion', 'a', 'b', 'matching', 'changes']);
  });
});
