// The look of one small map under each input. Expected colours and sizes are written out by hand
// from the rules: the Okabe–Ito kind fills, viridis ends and middle stop (#440154, #21918c,
// #fde725), size 16 + 40·√position, the ink with the higher WCAG contrast (checked separately
// with Python's reading of the WCAG formula), and model displayName.
import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../src/model';
import { inkOn, KIND_LOOKS, type Look, lookOf, type MarkId, NEUTRAL_FILL } from '../../src/look';
import { makeMap, node, person, tie } from '../helpers/build';

const doc = makeMap(
  [
    person('a', 'Maud Ellis', { roles: ['team_owner'] }),
    person('w', 'Wendy Blake', { roles: ['care_worker_employed'] }),
    node('g', 'group', 'Lunch club', { isAnchor: true }),
    node('o', 'organisation', 'Surgery'),
  ],
  [
    tie('t1', 'w', 'a', { payment: 'paid', hoursPerWeek: 4 }),
    tie('t2', 'g', 'a', { formality: 'informal', mutual: true, label: 'Maud’s lunch' }),
    tie('t3', 'a', 'g', { kind: 'membership' }),
    tie('t4', 'o', 'g', { kind: 'partnership', mutual: true, strength: 'inactive' }),
  ],
);

const states = (look: Look) => Object.fromEntries([...look.nodes.values(), ...look.ties.values()].map((e) => [e.id, e.state]));
const fills = (look: Look) => Object.fromEntries([...look.nodes.values()].map((n) => [n.id, [n.colour, n.ink, n.size]]));

describe('lookOf: colour and size', () => {
  it('by kind: the palette’s fill, ink and diameter', () => {
    expect(fills(lookOf(doc))).toEqual({
      a: ['#0072B2', '#FFFFFF', 30],
      w: ['#0072B2', '#FFFFFF', 30],
      g: ['#009E73', '#000000', 38],
      o: ['#D55E00', '#000000', 36],
    });
    const a = lookOf(doc).nodes.get('a')!;
    expect([a.shape, a.letter, a.anchor, a.value, a.state, a.mark]).toEqual(['ellipse', 'P', false, null, 'visible', null]);
    expect(lookOf(doc).nodes.get('g')?.anchor).toBe(true);
  });

  it('by a measure: viridis by position, area-true size, the ink that reads on it; no value in grey', () => {
    const look = lookOf(doc, { measure: { measure: 'degree', values: { a: 1, w: 3, g: 5 } } });
    expect(fills(look)).toEqual({
      a: ['#440154', '#FFFFFF', 16],
      w: ['#21918c', '#000000', 16 + 40 * Math.SQRT1_2],
      g: ['#fde725', '#000000', 56],
      // o has no value: neutral grey at its kind's size.
      o: [NEUTRAL_FILL, '#000000', 36],
    });
    expect(look.nodes.get('w')?.value).toBe(3);
    expect(look.nodes.get('o')?.value).toBeNull();
  });

  it('by community: Okabe–Ito categories, one size, never a ramp', () => {
    const look = lookOf(doc, { measure: { measure: 'community', values: { a: 0, w: 1, g: 9, o: 2 } } });
    expect(fills(look)).toEqual({
      a: ['#E69F00', '#000000', 36],
      w: ['#56B4E9', '#000000', 36],
      g: ['#56B4E9', '#000000', 36],
      o: ['#009E73', '#000000', 36],
    });
  });

  it('every kind’s ink is the one with the higher contrast on its fill', () => {
    for (const look of Object.values(KIND_LOOKS)) expect(inkOn(look.colour), look.label).toBe(look.ink);
    expect(inkOn('#440154')).toBe('#FFFFFF');
    expect(inkOn('#fde725')).toBe('#000000');
  });
});

describe('lookOf: ties', () => {
  it('formal care solid, informal care dashed, other kinds dotted, with width, arrows and fading', () => {
    const ties = [...lookOf(doc).ties.values()].map((t) => [t.id, t.line, t.colour, t.width, t.arrowTarget, t.arrowSource, t.faded, t.label]);
    expect(ties).toEqual([
      ['t1', 'solid', '#3D3D3D', 4, 'triangle', 'none', false, ''],
      ['t2', 'dashed', '#3D3D3D', 2, 'triangle', 'triangle', false, 'Maud’s lunch'],
      ['t3', 'dotted', '#7A7A7A', 1.5, 'vee', 'none', false, ''],
      ['t4', 'dotted', '#7A7A7A', 1.5, 'none', 'none', true, ''],
    ]);
  });
});

describe('lookOf: what is drawn', () => {
  it('hides what the filter leaves out', () => {
    const look = lookOf(doc, { filter: { ...EMPTY_FILTER, kinds: ['person'] } });
    expect(states(look)).toEqual({ a: 'visible', w: 'visible', g: 'hidden', o: 'hidden', t1: 'visible', t2: 'hidden', t3: 'hidden', t4: 'hidden' });
    expect([...look.visible!.nodeIds]).toEqual(['a', 'w']);
  });

  it('one focus rule: the same nodes in focus, left out by the graph and dimmed by the map', () => {
    const input = { focus: 'w', focusSteps: 1 };
    expect(states(lookOf(doc, { ...input, outOfFocus: 'hidden' }))).toEqual({
      a: 'visible', w: 'visible', g: 'hidden', o: 'hidden', t1: 'visible', t2: 'hidden', t3: 'hidden', t4: 'hidden',
    });
    const dimmed = lookOf(doc, { ...input, outOfFocus: 'dimmed' });
    expect(states(dimmed)).toEqual({
      a: 'visible', w: 'visible', g: 'dimmed', o: 'dimmed', t1: 'visible', t2: 'dimmed', t3: 'dimmed', t4: 'dimmed',
    });
    expect(dimmed.visible).toBeUndefined();
  });

  it('highlights an insight’s nodes and ties and dims every other drawn one', () => {
    const look = lookOf(doc, { highlight: { nodeIds: ['a'], tieIds: ['t1'] }, filter: { ...EMPTY_FILTER, kinds: ['person', 'group'] } });
    expect(states(look)).toEqual({
      a: 'highlighted', w: 'dimmed', g: 'dimmed', o: 'hidden', t1: 'highlighted', t2: 'dimmed', t3: 'dimmed', t4: 'hidden',
    });
  });

  it('flags the selection and the hovered element', () => {
    const look = lookOf(doc, { selectedIds: new Set(['a', 't2']), hoveredId: 'g' });
    expect([...look.nodes.values()].map((n) => [n.id, n.selected, n.hovered])).toEqual([
      ['a', true, false],
      ['w', false, false],
      ['g', false, true],
      ['o', false, false],
    ]);
    expect(look.ties.get('t2')?.selected).toBe(true);
  });
});

describe('lookOf: names or initials', () => {
  it('names: labels as written, people with their role line', () => {
    const look = lookOf(doc);
    expect(look.nodes.get('a')?.caption).toBe('Maud Ellis\nTeam Owner');
    expect(look.nodes.get('w')?.caption).toBe('Wendy Blake\nCare worker');
    expect(look.nodes.get('g')?.caption).toBe('Lunch club');
  });

  it('initials: people by initials with their roles, paid staff by role alone, groups by name, tie text left out', () => {
    const look = lookOf(doc, { labelMode: 'initials' });
    expect([...look.nodes.values()].map((n) => [n.label, n.caption])).toEqual([
      ['M.E.', 'M.E.\nTeam Owner'],
      ['Care worker', 'Care worker'],
      ['Lunch club', 'Lunch club'],
      ['Surgery', 'Surgery'],
    ]);
    expect(look.ties.get('t2')?.label).toBe('');
  });
});

describe('lookOf: marks', () => {
  it('carries the marks another view puts on nodes and ties, ignoring unknown ids and values', () => {
    const marks = new Map<string, MarkId>([
      ['a', 'added'],
      ['t2', 'lost'],
      ['nobody', 'changed'],
      // From another view's data at run time: not a mark.
      ['g', 'bogus' as MarkId],
    ]);
    const look = lookOf(doc, { marks });
    expect(look.nodes.get('a')?.mark).toBe('added');
    expect(look.ties.get('t2')?.mark).toBe('lost');
    expect(look.nodes.get('g')?.mark).toBeNull();
    expect(look.legend.marks.map((m) => [m.mark, m.label, m.outline, m.badge])).toEqual([
      ['added', 'Added', 'solid', '+'],
      ['lost', 'Lost', 'dashed', '−'],
    ]);
    // A mark on something the filter hides is not in the legend.
    const filtered = lookOf(doc, { marks, filter: { ...EMPTY_FILTER, kinds: ['group'] } });
    expect(filtered.legend.marks).toEqual([]);
  });
});
