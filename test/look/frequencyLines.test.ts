// Ties drawn by how often (the support network's look option, after Atlas CareMap): daily solid,
// weekly dashed, less often dotted, and a lighter grey line while nobody has said how often. The
// width and arrows are the same as by formality; the legend explains the frequency lines instead.
import { describe, expect, it } from 'vitest';

import { FREQUENCY_LOOKS, lookOf, TIE_LOOKS } from '../../src/look';
import { makeMap, person, tie } from '../helpers/build';

const doc = makeMap(
  [person('a', 'Ada'), person('b', 'Bo'), person('c', 'Cy')],
  [
    tie('daily', 'b', 'a', { frequency: 'daily', payment: 'paid', hoursPerWeek: 4 }),
    tie('several', 'c', 'a', { frequency: 'several_weekly' }),
    tie('weekly', 'c', 'a', { frequency: 'weekly' }),
    tie('fortnightly', 'c', 'a', { frequency: 'fortnightly' }),
    tie('monthly', 'c', 'a', { frequency: 'monthly' }),
    tie('occasional', 'c', 'a', { frequency: 'occasional' }),
    tie('once', 'c', 'a', { frequency: 'one_off' }),
    tie('unknown', 'a', 'b', { mutual: true }),
    tie('member', 'a', 'c', { kind: 'membership', frequency: 'weekly' }),
  ],
);

describe('tie lines by frequency', () => {
  it('draws daily solid, weekly to fortnightly dashed, monthly and less often dotted, unknown grey solid', () => {
    const look = lookOf(doc, { tieLines: 'frequency' });
    const lines = Object.fromEntries([...look.ties.values()].map((t) => [t.id, [t.line, t.colour]]));
    const dark = '#3D3D3D';
    expect(lines).toEqual({
      daily: ['solid', dark],
      several: ['dashed', dark],
      weekly: ['dashed', dark],
      fortnightly: ['dashed', dark],
      monthly: ['dotted', dark],
      occasional: ['dotted', dark],
      once: ['dotted', dark],
      unknown: ['solid', '#A0A0A0'],
      member: ['dashed', dark],
    });
  });

  it('keeps width and arrows: 4 hours is 1.5 + 1.25·2 = 4 wide, a mutual tie has two heads', () => {
    const look = lookOf(doc, { tieLines: 'frequency' });
    expect(look.ties.get('daily')?.width).toBe(4);
    expect([look.ties.get('unknown')?.arrowTarget, look.ties.get('unknown')?.arrowSource]).toEqual(['triangle', 'triangle']);
  });

  it('by default still draws by formality, and the legend says which', () => {
    expect(lookOf(doc).ties.get('daily')?.line).toBe(TIE_LOOKS.formal.line);
    expect(lookOf(doc).legend.ties.map((t) => t.label)).toContain(TIE_LOOKS.formal.label);
    const labels = lookOf(doc, { tieLines: 'frequency' }).legend.ties.map((t) => t.label);
    expect(labels.slice(0, 4)).toEqual(Object.values(FREQUENCY_LOOKS).map((f) => f.label));
    expect(labels).not.toContain(TIE_LOOKS.formal.label);
  });
});
