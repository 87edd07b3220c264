// Pictures show people as a copy to share does: the drawn elements go through the same shareMap.
import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARE_OPTIONS, shareMap } from '../../../src/model';
import { shareElements } from '../../../src/views/export/exportPicture';
import { DEFAULT_SVG_STYLE, toSvg } from '../../../src/views/export/toSvg';
import { toElements } from '../../../src/views/graph/toElements';
import { legendEntries } from '../../../src/views/legend/legendEntries';
import { makeMap, node, person, tie } from '../../helpers/build';

const doc = makeMap(
  [
    person('maud', 'Maud Ellis', { roles: ['neighbour'], consent: { status: 'given' } }),
    person('ann', 'Mrs A.', { roles: ['team_owner'], consent: { status: 'withdrawn' } }),
    node('hall', 'space', "St Bride's Hall"),
  ],
  [tie('t1', 'maud', 'ann', { label: "Maud's meals" }), tie('t2', 'hall', 'maud', { kind: 'hosted_at' })],
);

describe('shareElements', () => {
  it('renames people as the copy does and keeps the drawing otherwise as it was', () => {
    const drawn = toElements(doc);
    const out = shareElements(drawn, shareMap(doc));
    expect(out.map((e) => [e.group, e.data.id, e.data.label ?? null, e.data.caption ?? null])).toEqual([
      ['nodes', 'n1', 'M. E.', 'M. E.\nNeighbour'],
      ['nodes', 'n2', 'A neighbour', 'A neighbour'],
      ['nodes', 'n3', "St Bride's Hall", "St Bride's Hall"],
      ['edges', 't1', '', null],
      ['edges', 't2', '', null],
    ]);
    expect(out[3]?.data).toMatchObject({ source: 'n1', target: 'n2', kind: 'care', line: drawn[3]?.data.line });
  });

  it('leaves out a person whose consent was withdrawn, with their ties, when the person sharing chose so', () => {
    const shared = shareMap(doc, { ...DEFAULT_SHARE_OPTIONS, withoutConsent: 'leave_out' });
    const out = shareElements(toElements(doc), shared);
    expect(out.map((e) => e.data.id)).toEqual(['n1', 'n2', 't1']);
    const svg = toSvg(
      out,
      new Map([
        ['n1', { x: 0, y: 0 }],
        ['n2', { x: 100, y: 0 }],
      ]),
      DEFAULT_SVG_STYLE,
      legendEntries(),
      shared.doc.meta.title,
    );
    for (const secret of ['Mrs A.', 'Maud', 'meals', 'A neighbour']) expect(svg.includes(secret), secret).toBe(false);
    expect(svg).toContain('M. E.');
  });

  it('draws only what was drawn: elements filtered out of the view stay out', () => {
    const visible = { nodeIds: new Set(['hall']), tieIds: new Set<string>() };
    const out = shareElements(toElements(doc, { visible: visible as never }), shareMap(doc));
    expect(out.map((e) => e.data.id)).toEqual(['n3']);
  });
});
