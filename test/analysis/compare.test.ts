// The comparison over time on hand-worked pairs of maps (test/fixtures/compare). Every expected
// value below was worked out by hand from the two files; the working is in the comments.
//
// community-before → community-after (same ids):
//   nodes  C circle (renamed "Circle" → "Larkspur Care Circle"), T Team Ash, O Mrs A. (team owner,
//          now also needs companionship), M Maud (cap 10 h; now also a volunteer), W. (paid worker),
//          H Mr H., K Mrs K., L Neighbours Together (cap 4 h, 2 receivers); gone: G Tenants' WhatsApp
//          Mutual Aid, J Jo; new: N Nadia (volunteer), Q Marlowe Coffee Morning (group).
//   ties   kept m1 d1 c2 p1 as they were; c1 Maud → Mrs A. went weekly → daily, 8 → 14 h, middle →
//          inner, and gained companionship; c5 L → T went inactive → engaged; gone c3 c4 (G's) and
//          c6 (Jo's); new n1 N → H, l1 L → H, l2 L → K, l3 L → O, q1 Q → K, w2 W → T (paid).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  type CareIndex,
  careReceived,
  careTotals,
  compareStates,
  confirmMatches,
  diffMaps,
  indexCare,
  isReceiver,
  matchNodes,
  MAX_UNCERTAIN,
  type NodeMatching,
  spearman,
} from '../../src/analysis';
import { type CareMap, loadCareMap, type NodeId } from '../../src/model';
import { makeMap, person } from '../helpers/build';
import { evolveMap } from '../helpers/evolveMap';
import { expectContainsAll } from '../helpers/expectAll';
import { generateMap } from '../helpers/generateMap';

function fixture(name: string): CareMap {
  const file = path.join(import.meta.dirname, '..', 'fixtures', 'compare', `${name}.carewealth.json`);
  const r = loadCareMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(`${name}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.value;
}

const before = fixture('community-before');
const after = fixture('community-after');
const result = diffMaps(
  { doc: before, label: 'Before', date: '2025-03-15' },
  { doc: after, label: 'After', date: '2025-09-15' },
);
const { changes } = result;

describe('matching and counting what changed (community pair)', () => {
  it('matches the eight nodes both states share by id, and nothing is doubtful', () => {
    expect(result.matching).toEqual({
      byId: 8,
      byLabel: 0,
      confirmed: 0,
      pairs: [],
      uncertain: [],
      uncertainTruncated: false,
      refused: [],
    });
    expect(result.a).toMatchObject({
      label: 'Before',
      date: '2025-03-15',
      nodes: 10,
      ties: 9,
      scope: 'community',
    });
    expect(result.b).toMatchObject({ label: 'After', date: '2025-09-15', nodes: 10, ties: 12 });
  });

  it('lists nodes added, removed and changed field by field', () => {
    expect(changes.nodes.added).toEqual(['N', 'Q']);
    expect(changes.nodes.removed).toEqual(['G', 'J']);
    expect(changes.nodes.unchanged).toBe(5); // T, W, H, K, L
    expect(changes.nodes.changed).toEqual([
      {
        a: 'C',
        b: 'C',
        label: 'Larkspur Care Circle',
        fields: [{ field: 'label', before: 'Circle', after: 'Larkspur Care Circle' }],
      },
      {
        a: 'O',
        b: 'O',
        label: 'Mrs A.',
        fields: [
          {
            field: 'careNeeded',
            before: ['meals'],
            after: ['meals', 'companionship'],
            added: ['companionship'],
            removed: [],
          },
        ],
      },
      {
        a: 'M',
        b: 'M',
        label: 'Maud',
        fields: [
          {
            field: 'roles',
            before: ['neighbour'],
            after: ['neighbour', 'volunteer'],
            added: ['volunteer'],
            removed: [],
          },
        ],
      },
    ]);
  });

  it('lists ties added, removed and changed, with the direction of each scale', () => {
    expect(changes.ties.added).toEqual(['n1', 'l1', 'l2', 'l3', 'q1', 'w2']);
    expect(changes.ties.removed).toEqual(['c3', 'c4', 'c6']);
    expect(changes.ties.unchanged).toBe(4); // m1, d1, c2, p1
    expect(changes.ties.renamed).toEqual([]);
    expect(changes.ties.changed).toEqual([
      {
        a: 'c1',
        b: 'c1',
        source: 'M',
        target: 'O',
        kind: 'care',
        fields: [
          {
            field: 'careTypes',
            before: ['meals'],
            after: ['meals', 'companionship'],
            added: ['companionship'],
            removed: [],
          },
          { field: 'frequency', before: 'weekly', after: 'daily', direction: 'up' },
          { field: 'hoursPerWeek', before: 8, after: 14, direction: 'up' },
          { field: 'closeness', before: 'middle', after: 'inner', direction: 'up' },
        ],
      },
      {
        a: 'c5',
        b: 'c5',
        source: 'L',
        target: 'T',
        kind: 'care',
        fields: [{ field: 'strength', before: 'inactive', after: 'engaged', direction: 'up' }],
      },
    ]);
  });

  it('lists every scale move: frequency weekly (5) → daily (7), closeness middle (2) → inner (3), 8 → 14 h, strength inactive (1) → engaged (2)', () => {
    expect(changes.tieMoves.map((m) => [m.b, m.scale, m.from, m.to, m.before, m.after, m.direction])).toEqual(
      [
        ['c1', 'frequency', 'weekly', 'daily', 5, 7, 'up'],
        ['c1', 'closeness', 'middle', 'inner', 2, 3, 'up'],
        ['c1', 'hours', 8, 14, 8, 14, 'up'],
        ['c5', 'strength', 'inactive', 'engaged', 1, 2, 'up'],
      ],
    );
  });

  it('lists the care types each receiver gained or lost', () => {
    // Mrs A. received meals (Maud), personal care (W.), companionship (L into her team) and gift of
    // time (Jo into her team); after: meals and companionship (Maud), personal care (W., and W.
    // into the team), companionship (L, directly and into the team). Mr H.: practical → companionship.
    // Mrs K.: practical → companionship (L) and social connection (Q).
    expect(changes.receivers).toEqual([
      { a: 'O', b: 'O', label: 'Mrs A.', gained: [], lost: ['gift_time'] },
      { a: 'H', b: 'H', label: 'Mr H.', gained: ['companionship'], lost: ['practical'] },
      { a: 'K', b: 'K', label: 'Mrs K.', gained: ['companionship', 'social'], lost: ['practical'] },
    ]);
  });

  it('lists the givers with a capacity whose load changed', () => {
    // Maud: 8 h to Mrs A. → 14 h, against 10. L: 2 h to one receiver (the team) → 2 h each to
    // the team, Mr H., Mrs K. and Mrs A., against 4 h and 2 receivers.
    expect(changes.loads).toEqual([
      {
        a: 'M',
        b: 'M',
        label: 'Maud',
        kind: 'person',
        before: {
          hoursGiven: 8,
          receivers: 1,
          capacityHours: 10,
          maxReceivers: null,
          overHours: false,
          overReceivers: false,
        },
        after: {
          hoursGiven: 14,
          receivers: 1,
          capacityHours: 10,
          maxReceivers: null,
          overHours: true,
          overReceivers: false,
        },
      },
      {
        a: 'L',
        b: 'L',
        label: 'Neighbours Together',
        kind: 'organisation',
        before: {
          hoursGiven: 2,
          receivers: 1,
          capacityHours: 4,
          maxReceivers: 2,
          overHours: false,
          overReceivers: false,
        },
        after: {
          hoursGiven: 8,
          receivers: 4,
          capacityHours: 4,
          maxReceivers: 2,
          overHours: true,
          overReceivers: true,
        },
      },
    ]);
  });

  it('lists the people whose roles changed', () => {
    expect(changes.roles).toEqual([{ a: 'M', b: 'M', label: 'Maud', gained: ['volunteer'], lost: [] }]);
  });
});

describe('community indicators (every §3.6 figure side by side)', () => {
  const row = (id: string) => {
    const r = result.indicators.community.find((x) => x.id === id);
    if (r === undefined) throw new Error(`no row ${id}`);
    return [r.before, r.after];
  };

  it('offering share: Maud, L and Jo give informal care into the circle or team before (3/10); Maud and L after (2/10)', () => {
    expect(row('offeringShare')).toEqual([0.3, 0.2]);
    expect(row('nonCaregiving')).toEqual([7, 8]);
  });

  it('strength mix over relationship ties: 2 of 7 generative before, 4 of 9 after; dormant 2/7 → 0', () => {
    // Before: c1 gen, c2 eng, c3 eng, c4 eng, c5 inactive, c6 unclassified, p1 gen.
    // After: c1 gen, c2 eng, c5 eng, p1 gen, n1 gen, l1 eng, l2 eng, l3 eng, q1 gen, w2 eng (10).
    const [gb, ga] = row('generativeShare');
    expect(gb).toBeCloseTo(2 / 7, 12);
    expect(ga).toBeCloseTo(4 / 10, 12);
    const [db, da] = row('dormantShare');
    expect(db).toBeCloseTo(2 / 7, 12);
    expect(da).toBe(0);
  });

  it('bridges, isolated teams, components, isolates', () => {
    // W. is the only formal node: W. → Mrs A. before; W. → Mrs A. and W. → Team Ash after.
    expect(row('formalInformalTies')).toEqual([1, 2]);
    // Team Ash's only community ties before were L (inactive) and Jo (unclassified): isolated.
    expect(row('isolatedTeams')).toEqual([1, 0]);
    expect(result.indicators.community.find((r) => r.id === 'isolatedTeams')?.nodesBefore).toEqual(['T']);
    // Before, G with Mr H. and Mrs K. is apart from the rest; after, L joins everyone up.
    expect(row('components')).toEqual([2, 1]);
    expect(row('isolates')).toEqual([0, 0]);
  });

  it('density 2·9/(10·9) = 0.2 → 2·12/90; clustering 13/60 → 91/300', () => {
    const [db, da] = row('density');
    expect(db).toBeCloseTo(0.2, 12);
    expect(da).toBeCloseTo(24 / 90, 12);
    // Before: T 1/6 (triangle T-C-L among 6 pairs), C 1, L 1; sum 13/6 over 10 nodes.
    // After: T 3/6, C 1, L 2/10, Mrs A. 2/6, W. 1; sum 91/30 over 10 nodes.
    const [cb, ca] = row('averageClustering');
    expect(cb).toBeCloseTo(13 / 60, 12);
    expect(ca).toBeCloseTo(91 / 300, 12);
  });

  it('reciprocity, statutory presence, care types, load concentration', () => {
    expect(row('reciprocity')).toEqual([0, 0]);
    expect(row('formalReciprocity')).toEqual([0, 0]);
    expect(row('statutoryPresence')).toEqual([0, 0]);
    expect(row('careTypes')).toEqual([5, 4]);
    // Before: Mrs A. 4 givers once each (0.25), Mr H. and Mrs K. one giver each (1): mean 0.75.
    // After: Mrs A. M 1, W 2, L 2 of 5 flows (9/25), Mr H. and Mrs K. two givers each (0.5).
    const [lb, la] = row('loadConcentration');
    expect(lb).toBeCloseTo(0.75, 12);
    expect(la).toBeCloseTo((9 / 25 + 0.5 + 0.5) / 3, 12);
    expect(row('nodes')).toEqual([10, 10]);
    expect(row('ties')).toEqual([9, 12]);
  });
});

describe('personal indicators around Mrs A. (the centre of both states)', () => {
  const p = result.indicators.personal!;

  it('(1) relationships: Maud’s tie is stronger, L’s direct tie is a meaningful new one, none lost', () => {
    expect(p.centre).toEqual({ a: 'O', b: 'O', label: 'Mrs A.' });
    expect(p.relationships).toEqual({
      stronger: ['c1'],
      weaker: [],
      newMeaningful: ['l3'],
      newOther: [],
      lost: [],
    });
  });

  it('(2) informal support: 3 of 4 flows → 3 of 5; paid care came in as informal givers fell from 3 to 2', () => {
    // Before: Maud 8 h, W. 10 h (paid), L 2 h and Jo 1 h into the team → informal hours 11 of 21.
    // After: Maud 14 h, W. 10 h, L 2 h direct, L 2 h into the team, W. 3 h into the team → 18 of 31.
    expect(p.informal.before).toEqual({
      flows: 4,
      informalFlows: 3,
      informalShare: 0.75,
      informalGivers: 3,
      formalGivers: 1,
      informalHoursShare: 11 / 21,
    });
    expect(p.informal.after).toEqual({
      flows: 5,
      informalFlows: 3,
      informalShare: 0.6,
      informalGivers: 2,
      formalGivers: 1,
      informalHoursShare: 18 / 31,
    });
    expect([p.informal.formalAdded, p.informal.informalLost, p.informal.paidCare]).toEqual([
      ['w2'],
      ['c6'],
      'instead',
    ]);
  });

  it('(3) load concentration: four givers once each (0.25) → W. 2, L 2, Maud 1 of 5 (9/25)', () => {
    expect(p.load.before).toEqual({ givers: 4, topGiver: 'M', topGiverShare: 0.25, concentration: 0.25 });
    expect(p.load.after.topGiver).toBe('W');
    expect(p.load.after.topGiverShare).toBeCloseTo(0.4, 12);
    expect(p.load.after.concentration).toBeCloseTo(9 / 25, 12);
  });

  it('is null when the later state has no centre', () => {
    const noCentre = { ...after, meta: { ...after.meta, centreNodeId: undefined } };
    expect(
      diffMaps({ doc: before, label: 'a' }, { doc: noCentre, label: 'b' }).indicators.personal,
    ).toBeNull();
  });
});

describe('wave measures (hand-worked; networkx checks them in compareWaves.test.ts)', () => {
  it('kept 6, gained 6, lost 3 connected pairs: Jaccard 6/15, Hamming 9; degree rho 27.5/36.5', () => {
    // Before: O-T T-C M-O W-O G-H G-K L-T J-T C-L. After: O-T T-C M-O W-O L-T C-L N-H L-H L-K L-O Q-K W-T.
    // Degrees of the 8 shared nodes (C T O M W H K L): 2 4 3 1 1 1 1 2 → 2 4 4 1 2 2 2 5; average
    // ranks 5.5 8 7 2.5 2.5 2.5 2.5 5.5 and 3.5 6.5 6.5 1 3.5 3.5 3.5 8: Σdxdy 27.5, Σdx² = Σdy² = 36.5.
    expect(result.waves).toMatchObject({
      nodes: { kept: 8, gained: 2, lost: 2 },
      ties: { kept: 6, gained: 6, lost: 3 },
      jaccard: 0.4,
      hamming: 9,
      betweennessSkipped: null,
    });
    expect(result.waves.degreeSpearman).toBeCloseTo(27.5 / 36.5, 12);
  });

  it('spearman: perfect, reversed, tied, constant and too short', () => {
    expect(spearman([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x ranks 1.5 1.5 3, y ranks 1 2 3 (means 2): Σdxdy = 0.5 + 0 + 1 = 1.5, Σdx² = 1.5, Σdy² = 2
    // → 1.5/√3 = √3/2 (scipy.stats.spearmanr gives 0.8660254037844387).
    expect(spearman([5, 5, 9], [1, 2, 3])).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });
});

describe('what changed, in sentences', () => {
  const sentences = result.findings.map((f) => f.sentence);

  it('says what went, what came, who joined and left', () => {
    expect(result.findings[0]).toEqual({
      id: 'gone:G',
      kind: 'gone',
      sentence:
        "Tenants' WhatsApp Mutual Aid has gone: 2 receivers lost their only informal tie (Mr H. and Mrs K.).",
      nodes: ['G', 'H', 'K'],
      ties: ['c3', 'c4'],
      numbers: { ties: 2, receiversLosingOnlyInformalTie: 2 },
    });
    expect(sentences).toContain('1 person left the map: Jo.');
    expect(sentences).toContain('Marlowe Coffee Morning is new on the map, giving care to 1 receiver.');
    expect(sentences).toContain('1 person joined the map (1 volunteer): Nadia.');
  });

  it('says who became overstretched, with the numbers', () => {
    const maud = result.findings.find((f) => f.id === 'load:M');
    expect(maud).toMatchObject({
      sentence: 'Maud now gives 14 hours a week, up from 8, over their capacity of 10. Now overstretched.',
      nodes: ['M'],
    });
    expect(maud?.numbers).toEqual({
      hoursBefore: 8,
      hoursAfter: 14,
      receiversBefore: 1,
      receiversAfter: 1,
      capacityHours: 10,
    });
    expect(sentences).toContain(
      'Neighbours Together now gives 8 hours a week, up from 2, over its capacity of 4, and supports 4 receivers, up from 1, over its limit of 2. Now overstretched.',
    );
  });

  it('reads the community indicators, the team that stopped being isolated and the ties', () => {
    // Embeddedness counts any actor that is not a team or circle with an active tie (figures.ts),
    // so W.'s new engaged tie counts as well as L's woken one.
    expectContainsAll(sentences, [
      'Team Ash is no longer isolated: Neighbours Together and W. now have active ties to it.',
      'Offering share fell from 30.0% to 20.0%.',
      'Generative share rose from 28.6% to 40.0%.',
      'Formal–informal bridges rose from 1 to 2.',
      'Components fell from 2 to 1.',
      '6 ties are new and 3 have gone.',
      '1 tie grew stronger (1 dormant tie woke up) and 0 grew weaker.',
      'Of the ties kept: 1 more frequent, 0 less frequent; 1 closer, 0 further apart; 1 with more hours, 0 with fewer.',
    ]);
  });

  it('ends a sentence that ends with a label like "Felix Y." with one full stop', () => {
    const withFelix = makeMap([person('f', 'Felix Y.'), person('g', 'Gwen')]);
    const r = diffMaps({ doc: withFelix, label: 'a' }, { doc: makeMap([person('g', 'Gwen')]), label: 'b' });
    expect(r.findings[0]?.sentence).toBe('1 person left the map: Felix Y.');
  });

  it('reads receivers’ care, roles and the wave measures', () => {
    expect(sentences).toContain('Mrs A. no longer receives Gift of time.');
    expect(sentences).toContain(
      'Mrs K. now also receives Companionship & befriending and Social Connection & Engagement, but no longer receives Practical help.',
    );
    expect(sentences).toContain('Maud is now also Volunteer.');
    expect(sentences.at(-1)).toMatch(
      /^Of 15 connected pairs at either date, 6 were kept, 6 gained and 3 lost \(Jaccard 0\.4, Hamming distance 9\); degree ranks correlate at 0\.753 and betweenness ranks correlate at -?[0-9.]+ \(Spearman\)\.$/,
    );
  });

  it('on a personal map, reads the three personal indicators instead of the community figures', () => {
    const personal = (doc: CareMap): CareMap => ({ ...doc, meta: { ...doc.meta, scope: 'personal' } });
    const r = diffMaps({ doc: personal(before), label: 'a' }, { doc: personal(after), label: 'b' });
    const s = r.findings.filter((f) => f.kind === 'personal').map((f) => f.sentence);
    expect(s).toEqual([
      "1 of Mrs A.'s relationships grew stronger and 1 meaningful new tie appeared.",
      '60.0% of the care Mrs A. receives comes from informal givers, down from 75.0%; paid care came in instead of informal support: informal givers fell from 3 to 2.',
      "Mrs A.'s top giver gives 40.0% of the care Mrs A. receives, up from 25.0%, spread over 3 givers (concentration 0.36, was 0.25).",
    ]);
    expect(r.findings.some((f) => f.kind === 'indicator')).toBe(false);
  });

  it('read backwards (after → before), says what weakened and ended, and that no paid care was added', () => {
    const personal = (doc: CareMap): CareMap => ({ ...doc, meta: { ...doc.meta, scope: 'personal' } });
    const r = diffMaps({ doc: personal(after), label: 'a' }, { doc: personal(before), label: 'b' });
    expect(r.indicators.personal?.relationships).toEqual({
      stronger: [],
      weaker: ['c1'],
      newMeaningful: [],
      newOther: [],
      lost: ['l3'],
    });
    expect(r.indicators.personal?.informal.paidCare).toBe('no-formal-added');
    expect(
      r.findings
        .filter((f) => f.kind === 'personal')
        .map((f) => f.sentence)
        .slice(0, 2),
    ).toEqual([
      "None of Mrs A.'s relationships grew stronger and 0 meaningful new ties appeared; 1 weakened and 1 ended.",
      '75.0% of the care Mrs A. receives comes from informal givers, up from 60.0%; no paid care was added.',
    ]);
  });
});

describe('matching two files drawn apart (matching-a → matching-b)', () => {
  const a = fixture('matching-a');
  const b = fixture('matching-b');
  const m = matchNodes(a, b);

  it('matches by label and kind, ignoring case and spaces, and lists every doubtful pair for a person', () => {
    expect([...m.aToB]).toEqual([
      ['a1', 'b1'],
      ['a3', 'b3'],
    ]);
    expect(m.uncertain.map((c) => [c.a, c.b, c.reason])).toEqual([
      ['a2', 'b2', 'same-label-other-kind'], // Larkspur Library: a space, then an organisation
      ['a4', 'b4', 'similar-label'], // Tunde / Tunde O.
      ['a5', 'b5', 'several-candidates'], // two Sams before, one after
      ['a6', 'b5', 'several-candidates'],
      ['a7', 'b7', 'similar-label'], // Knit & Natter / Knit + Natter
      ['x9', 'x9', 'same-id-other-node'], // a person Jo, then an organisation Corner Pharmacy
      ['a8', 'b8', 'similar-label'], // Precious / Precius: one letter apart
    ]);
  });

  it('applies confirmed matches, refuses impossible ones, and drops the candidates they settle', () => {
    const { matching, refused } = confirmMatches(a, b, m, [
      { a: 'a4', b: 'b4' },
      { a: 'a5', b: 'b5' },
      { a: 'a1', b: 'b2' },
      { a: 'zz', b: 'b7' },
      { a: 'a3', b: 'b3' },
    ]);
    expect(refused).toEqual([
      { a: 'a1', b: 'b2', reason: '"a1" is already matched to "b1"' },
      { a: 'zz', b: 'b7', reason: 'no node "zz" in the first state' },
    ]);
    expect(matching.how.get('a4')).toBe('confirmed');
    expect(matching.uncertain.map((c) => c.a)).toEqual(['a2', 'a7', 'x9', 'a8']);
  });

  it('compares through the matching: ties matched by their ends, care types by label', () => {
    const { matching } = confirmMatches(a, b, m, [{ a: 'a4', b: 'b4' }]);
    const c = compareStates(a, b, matching);
    expect(c.ties.renamed).toEqual([
      { a: 'ta', b: 't-1' },
      { a: 'tb', b: 't-2' },
    ]);
    // "meals" and "food" are one care type ("Meals & food"), so only the strength moved.
    expect(c.ties.changed.map((t) => [t.a, t.b, t.fields.map((f) => [f.field, f.before, f.after])])).toEqual([
      ['ta', 't-1', [['strength', 'engaged', 'generative']]],
      ['tb', 't-2', [['strength', 'inactive', 'engaged']]],
    ]);
    expect(c.nodes.changed.map((n) => [n.a, n.b, n.fields.map((f) => f.field)])).toEqual([
      ['a1', 'b1', ['label']],
      ['a3', 'b3', ['label']],
      ['a4', 'b4', ['label']],
    ]);
    expect(c.nodes.removed).toEqual(['a2', 'a5', 'a6', 'a7', 'x9', 'a8']);
    expect(c.nodes.added).toEqual(['b2', 'b5', 'b7', 'x9', 'b8']);
  });

  it('stops listing at MAX_UNCERTAIN possible matches and says so', () => {
    // 15 labels held by 10 nodes on each side: 15 × 10 × 10 = 1,500 possible pairs.
    const people = (prefix: string) =>
      Array.from({ length: 150 }, (_, i) =>
        person(`${prefix}${i}`, `Sam ${String.fromCharCode(65 + (i % 15))}.`),
      );
    const many = matchNodes(makeMap(people('a')), makeMap(people('b')));
    expect(many.aToB.size).toBe(0);
    expect(many.uncertain).toHaveLength(MAX_UNCERTAIN);
    expect(many.uncertainTruncated).toBe(true);
    expect(m.uncertainTruncated).toBe(false);
  });

  it('diffMaps reports the pairs whose ids differ and the confirmed ones', () => {
    const r = diffMaps(
      { doc: a, label: 'March' },
      { doc: b, label: 'September' },
      { confirmed: [{ a: 'a4', b: 'b4' }] },
    );
    expect(r.matching).toMatchObject({
      byId: 0,
      byLabel: 2,
      confirmed: 1,
      uncertainTruncated: false,
      refused: [],
    });
    expect(r.matching.pairs).toEqual([
      { a: 'a1', b: 'b1', how: 'label' },
      { a: 'a3', b: 'b3', how: 'label' },
      { a: 'a4', b: 'b4', how: 'confirmed' },
    ]);
  });
});

describe('a snapshot compared with its own map', () => {
  it('shares node and tie objects, so nothing is reported changed and ids all match', () => {
    const r = diffMaps({ doc: before, label: 'x' }, { doc: before, label: 'y' });
    expect([
      r.changes.nodes.changed,
      r.changes.ties.changed,
      r.changes.tieMoves,
      r.changes.nodes.added,
      r.changes.ties.added,
    ]).toEqual([[], [], [], [], []]);
    expect(r.changes.nodes.unchanged).toBe(10);
    expect(r.waves).toMatchObject({ jaccard: 1, hamming: 0, degreeSpearman: 1 });
  });
});

describe('receivers and loads, worked out for every node at once', () => {
  // compareStates reads every node's care from careTotals (one pass per map); here the same
  // answers are worked out node by node with careReceived, isReceiver and the flows on a full
  // care index, on the hand-worked pair both ways and on generated pairs changed in every way
  // evolveMap knows (roles, needs, capacity, memberships, care into teams, mutual ties).
  const base = generateMap({ nodes: 300, tiesPerNode: 2.5, seed: 21 });
  const cases: Array<[string, CareMap, CareMap]> = [
    ['fixture', before, after],
    ['fixture reversed', after, before],
    ...[1, 2, 3, 4].map((seed): [string, CareMap, CareMap] => [
      `generated ${seed}`,
      base,
      evolveMap(base, seed),
    ]),
  ];

  /** A giver's load read from its flows, as the overstretch insights read it. */
  function flowLoad(index: CareIndex, id: string) {
    const flows = index.flowsOut.get(id) ?? [];
    return {
      hoursGiven: flows.reduce((s, f) => s + (f.tie.hoursPerWeek ?? 0), 0),
      receivers: [...new Set(flows.map((f) => f.receiver))],
    };
  }

  function reference(a: CareMap, b: CareMap, m: NodeMatching) {
    const [ia, ib] = [indexCare(a), indexCare(b)];
    const types = (index: CareIndex, id: NodeId) =>
      new Set(careReceived(index, id).flatMap((f) => f.tie.careTypes));
    const receiversOut: unknown[] = [];
    const loads: unknown[] = [];
    for (const x of a.nodes) {
      const y = b.nodes.find((n) => n.id === m.aToB.get(x.id));
      if (y === undefined) continue;
      if (isReceiver(ia, x) || isReceiver(ib, y)) {
        const [was, now] = [types(ia, x.id), types(ib, y.id)];
        const gained = [...now].filter((c) => !was.has(c)).sort();
        const lost = [...was].filter((c) => !now.has(c)).sort();
        if (gained.length + lost.length > 0)
          receiversOut.push({ a: x.id, b: y.id, label: y.label, gained, lost });
      }
      if (x.capacity === undefined && y.capacity === undefined) continue;
      const load = (index: CareIndex, n: typeof x) => {
        const l = flowLoad(index, n.id);
        const cap = n.capacity?.hoursPerWeek ?? null;
        const max = n.capacity?.maxReceivers ?? null;
        return {
          hoursGiven: l.hoursGiven,
          receivers: l.receivers.length,
          capacityHours: cap,
          maxReceivers: max,
          overHours: cap !== null && l.hoursGiven > cap,
          overReceivers: max !== null && l.receivers.length > max,
        };
      };
      const [lb, la] = [load(ia, x), load(ib, y)];
      if (JSON.stringify(lb) !== JSON.stringify(la))
        loads.push({ a: x.id, b: y.id, label: y.label, kind: y.kind, before: lb, after: la });
    }
    return { receivers: receiversOut, loads };
  }

  it.each(cases)('%s: the same as careReceived, isReceiver and the flows node by node', (_name, a, b) => {
    const m = matchNodes(a, b);
    const c = compareStates(a, b, m);
    const expected = reference(a, b, m);
    expect(c.receivers).toEqual(expected.receivers);
    expect(c.loads).toEqual(expected.loads);
    expect(c.receivers.length + c.loads.length).toBeGreaterThan(0);
  });

  it('careTotals agrees with the per-node functions on every node of a generated map', () => {
    const doc = evolveMap(base, 5);
    const index = indexCare(doc);
    const totals = careTotals(doc);
    doc.nodes.forEach((n, i) => {
      expect(totals.receivedTypes(i), n.id).toEqual(
        [...new Set(careReceived(index, n.id).flatMap((f) => f.tie.careTypes))].sort(),
      );
      expect(totals.isReceiver(i), n.id).toBe(isReceiver(index, n));
      const load = flowLoad(index, n.id);
      expect([totals.hoursGiven(i), totals.receiverCount(i)], n.id).toEqual([
        load.hoursGiven,
        load.receivers.length,
      ]);
    });
  });
});
