// Pictures show people as a copy to share does: the look of what is drawn goes through shareLook.
import { describe, expect, it } from 'vitest';

import { lookOf, shareLook } from '../../src/look';
import { DEFAULT_SHARE_OPTIONS, EMPTY_FILTER, shareMap } from '../../src/model';
import { toSvg } from '../../src/views/export/toSvg';
import { makeMap, node, person, tie } from '../helpers/build';

const doc = makeMap(
  [
    person('maud', 'Maud Ellis', { roles: ['neighbour'], consent: { status: 'given' } }),
    person('ann', 'Mrs A.', { roles: ['team_owner'], consent: { status: 'withdrawn' } }),
    node('hall', 'space', "St Bride's Hall"),
  ],
  [tie('t1', 'maud', 'ann', { label: "Maud's meals" }), tie('t2', 'hall', 'maud', { kind: 'hosted_at' })],
);

describe('shareLook', () => {
  it('names people as the copy does and keeps how everything is drawn', () => {
    const look = lookOf(doc);
    const shared = shareLook(look, shareMap(doc));
    expect([...shared.nodes.values()].map((n) => [n.id, n.label, n.caption])).toEqual([
      ['n1', 'M.E.', `M.E.\n${look.nodes.get('maud')!.caption.split('\n')[1]}`],
      ['n2', 'A neighbour', 'A neighbour'],
      ['n3', "St Bride's Hall", "St Bride's Hall"],
    ]);
    const before = look.nodes.get('maud')!;
    expect(shared.nodes.get('n1')).toMatchObject({
      colour: before.colour,
      shape: before.shape,
      size: before.size,
    });
    expect([...shared.ties.values()].map((t) => [t.id, t.source, t.target, t.label])).toEqual([
      ['t1', 'n1', 'n2', ''],
      ['t2', 'n3', 'n1', ''],
    ]);
    expect(shared.legend).toBe(look.legend);
  });

  it('leaves out a person whose consent was withdrawn, with their ties, when the person sharing chose so', () => {
    const copy = shareMap(doc, { ...DEFAULT_SHARE_OPTIONS, withoutConsent: 'leave_out' });
    const shared = shareLook(lookOf(doc), copy);
    expect([...shared.nodes.keys()]).toEqual(['n1', 'n2']);
    expect([...shared.ties.keys()]).toEqual(['t1']);
    const svg = toSvg({
      look: shared,
      positions: new Map([
        ['n1', { x: 0, y: 0 }],
        ['n2', { x: 100, y: 0 }],
      ]),
      title: copy.doc.meta.title,
    });
    for (const secret of ['Mrs A.', 'Maud', 'meals', 'A neighbour'])
      expect(svg.includes(secret), secret).toBe(false);
    expect(svg).toContain('M.E.');
  });

  it('keeps what the view hides hidden, under the copy’s ids', () => {
    const look = lookOf(doc, { filter: { ...EMPTY_FILTER, kinds: ['space'] } });
    const shared = shareLook(look, shareMap(doc));
    expect([...(shared.visible?.nodeIds ?? [])]).toEqual(['n3']);
    expect(shared.nodes.get('n1')?.state).toBe('hidden');
  });
});
