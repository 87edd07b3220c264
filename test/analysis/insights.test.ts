// Each insight rule on a small map built to trigger it and one built not to.
import { describe, expect, it } from 'vitest';

import {
  analyzeMap,
  type Insight,
  type InsightThresholds,
  nameList,
  resolveSettings,
} from '../../src/analysis';
import type { CareMap, CareNode, Tie } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

function insights(doc: CareMap, type: string, thresholds: Partial<InsightThresholds> = {}): Insight[] {
  return analyzeMap(doc, resolveSettings({ thresholds })).insights.filter((i) => i.type === type);
}

const owner = (id: string, extra: Partial<CareNode> = {}) =>
  person(id, id.toUpperCase(), { roles: ['team_owner'], ...extra });
const worker = (id: string) => person(id, id.toUpperCase(), { roles: ['care_worker_employed'] });
const chain = (ids: string[]): Tie[] => ids.slice(1).map((to, i) => tie(`t${i}`, ids[i] as string, to));
const cycle = (ids: string[]): Tie[] => [
  ...chain(ids),
  tie('close', ids[ids.length - 1] as string, ids[0] as string),
];
const people = (ids: string[]) => ids.map((id) => person(id));

describe('bridges', () => {
  it('articulation point: on a path, c cuts off d and e (minCutOff 2); b cuts off only a', () => {
    const found = insights(
      makeMap(people(['a', 'b', 'c', 'd', 'e']), chain(['a', 'b', 'c', 'd', 'e'])),
      'articulation-point',
    );
    expect(found.map((i) => i.id)).toEqual(['articulation-point:c']);
    // The chain's ties are care ties c -> d -> e, so d and e count as care receivers.
    expect(found[0]?.sentence).toBe(
      'If c stepped back, 2 nodes would be cut off from the rest of the network, including 2 care receivers: d and e.',
    );
    expect(found[0]?.threshold).toEqual({ name: 'minCutOff', value: 2 });
    expect(
      insights(
        makeMap(people(['a', 'b', 'c', 'd', 'e']), cycle(['a', 'b', 'c', 'd', 'e'])),
        'articulation-point',
      ),
    ).toEqual([]);
  });

  it('articulation point of a group counts the care receivers it would cut off', () => {
    const doc = makeMap(
      [node('g', 'group', "St Mark's food bank"), owner('r1'), owner('r2'), person('x'), person('y')],
      [tie('1', 'g', 'r1'), tie('2', 'g', 'r2'), tie('3', 'g', 'x'), tie('4', 'x', 'y')],
    );
    const [top] = insights(doc, 'articulation-point');
    // Without g: {r1}, {r2}, {x, y}; the largest part {x, y} is kept.
    expect(top?.sentence).toBe(
      "If St Mark's food bank closed, 2 nodes would be cut off from the rest of the network, including 2 care receivers: R1 and R2.",
    );
    expect(top?.numbers).toEqual({ cutOff: 2, receiversCutOff: 2, parts: 3 });
  });

  it('bridge tie: the middle tie of a 4-path cuts 2 off; a cycle has none', () => {
    const found = insights(makeMap(people(['a', 'b', 'c', 'd']), chain(['a', 'b', 'c', 'd'])), 'bridge-tie');
    expect(found).toHaveLength(1);
    expect(found[0]?.ties).toEqual(['t1']);
    expect(found[0]?.numbers).toEqual({ cutOff: 2 });
    expect(
      insights(makeMap(people(['a', 'b', 'c', 'd']), cycle(['a', 'b', 'c', 'd'])), 'bridge-tie'),
    ).toEqual([]);
  });

  it("sole informal support: the food bank is two receivers' only informal giver", () => {
    const nodes = [node('g', 'group', 'Food bank'), owner('r1'), owner('r2'), person('n')];
    const found = insights(
      makeMap(nodes, [tie('1', 'g', 'r1'), tie('2', 'g', 'r2')]),
      'sole-informal-support',
    );
    expect(found.map((i) => i.sentence)).toEqual([
      'If Food bank closed, 2 receivers would lose their only tie to informal support: R1 and R2.',
    ]);
    const backed = makeMap(nodes, [tie('1', 'g', 'r1'), tie('2', 'g', 'r2'), tie('3', 'n', 'r2')]);
    expect(insights(backed, 'sole-informal-support')).toEqual([]);
  });

  it('formal–informal connector and few formal links', () => {
    const nodes = [
      node('s', 'organisation', 'Social prescriber', { category: 'health' }),
      node('x', 'organisation', 'Carers Café'),
      person('p'),
    ];
    const doc = makeMap(nodes, [tie('1', 's', 'x', { strength: 'engaged' }), tie('2', 'x', 'p')]);
    expect(insights(doc, 'formal-informal-connector').map((i) => i.sentence)).toEqual([
      'Carers Café connects formal care (Social prescriber) with 1 informal or mixed contact.',
    ]);
    expect(insights(doc, 'few-formal-links').map((i) => i.sentence)).toEqual([
      'Only 1 tie joins formal care to the informal network: Social prescriber – Carers Café.',
    ]);
    const informalOnly = makeMap(
      [node('x', 'organisation', 'Carers Café'), person('p'), person('q')],
      [tie('2', 'x', 'p'), tie('3', 'x', 'q')],
    );
    expect(insights(informalOnly, 'formal-informal-connector')).toEqual([]);
    expect(insights(informalOnly, 'few-formal-links')).toEqual([]);
    // Three formal–informal ties reach the default threshold of 3: no longer "few".
    const many = makeMap(
      [...nodes, person('q'), person('r')],
      [tie('1', 's', 'x'), tie('2', 's', 'p'), tie('3', 's', 'q'), tie('4', 'x', 'r')],
    );
    expect(insights(many, 'few-formal-links')).toEqual([]);
  });

  it('community link: h carries every tie between two cliques', () => {
    const clique = (p: string) => [
      tie(`${p}12`, `${p}1`, `${p}2`),
      tie(`${p}13`, `${p}1`, `${p}3`),
      tie(`${p}14`, `${p}1`, `${p}4`),
      tie(`${p}23`, `${p}2`, `${p}3`),
      tie(`${p}24`, `${p}2`, `${p}4`),
      tie(`${p}34`, `${p}3`, `${p}4`),
    ];
    const nodes = people(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'h']);
    const links = [
      tie('ha1', 'h', 'a1'),
      tie('ha2', 'h', 'a2'),
      tie('hb1', 'h', 'b1'),
      tie('hb2', 'h', 'b2'),
    ];
    const found = insights(makeMap(nodes, [...clique('a'), ...clique('b'), ...links]), 'community-link');
    expect(found.map((i) => i.nodes)).toEqual([['h']]);
    const crossed = makeMap(nodes, [...clique('a'), ...clique('b'), ...links, tie('x', 'a3', 'b3')]);
    expect(insights(crossed, 'community-link')).toEqual([]);
  });
});

describe('gaps', () => {
  it('all-formal support', () => {
    const found = insights(makeMap([owner('r'), worker('w')], [tie('1', 'w', 'r')]), 'all-formal-support');
    expect(found.map((i) => i.sentence)).toEqual(["All of R's support is formal: 1 giver, none informal."]);
    expect(
      insights(
        makeMap([owner('r'), worker('w'), person('n')], [tie('1', 'w', 'r'), tie('2', 'n', 'r')]),
        'all-formal-support',
      ),
    ).toEqual([]);
  });

  it('informal support resting on one person', () => {
    const found = insights(
      makeMap([owner('r'), person('n', 'Maud')], [tie('1', 'n', 'r')]),
      'one-informal-person',
    );
    expect(found.map((i) => i.sentence)).toEqual(["R's informal support rests on one person: Maud."]);
    expect(
      insights(
        makeMap([owner('r'), person('n'), person('m')], [tie('1', 'n', 'r'), tie('2', 'm', 'r')]),
        'one-informal-person',
      ),
    ).toEqual([]);
  });

  it('needed care nobody gives', () => {
    const doc = makeMap(
      [owner('r', { careNeeded: ['meals', 'transport'] }), person('n', 'N', { careOffered: ['transport'] })],
      [tie('1', 'n', 'r', { careTypes: ['social'] })],
    );
    expect(insights(doc, 'unmet-need').map((i) => i.sentence)).toEqual([
      'Nobody gives R meals & food or transport & lifts. Someone on the map offers 1 of them.',
    ]);
    const met = makeMap(
      [owner('r', { careNeeded: ['meals'] }), person('n')],
      [tie('1', 'n', 'r', { careTypes: ['meals'] })],
    );
    expect(insights(met, 'unmet-need')).toEqual([]);
  });

  it('no tie into any care team', () => {
    const nodes = [node('t', 'team', 'Team Birch'), person('p', 'Pat'), node('g', 'group', 'Knit & Natter')];
    const found = insights(makeMap(nodes, [tie('1', 'p', 't', { kind: 'membership' })]), 'no-team-tie');
    expect(found.map((i) => i.sentence)).toEqual([
      '1 person or group has no tie into any care team: Knit & Natter.',
    ]);
    expect(
      insights(
        makeMap(nodes, [tie('1', 'p', 't', { kind: 'membership' }), tie('2', 'g', 't')]),
        'no-team-tie',
      ),
    ).toEqual([]);
  });

  it('community without a formal link', () => {
    const found = insights(
      makeMap(people(['a', 'b', 'c']), cycle(['a', 'b', 'c'])),
      'community-missing-link',
    );
    expect(found.map((i) => i.sentence)).toEqual([
      'The group around a (3 nodes) has no formal link: nobody in it is formal or tied to formal care.',
    ]);
    const linked = makeMap([...people(['a', 'b']), worker('w')], cycle(['a', 'b', 'w']));
    expect(insights(linked, 'community-missing-link')).toEqual([]);
  });

  it('space nobody uses', () => {
    const nodes = [node('s', 'space', 'Library'), node('g', 'group', 'Readers')];
    expect(
      insights(
        makeMap(nodes, [tie('1', 'g', 's', { kind: 'hosted_at', strength: 'inactive' })]),
        'unused-space',
      ).map((i) => i.sentence),
    ).toEqual(['Nobody uses Library: its 1 tie is inactive.']);
    expect(
      insights(
        makeMap(nodes, [tie('1', 'g', 's', { kind: 'hosted_at', strength: 'engaged' })]),
        'unused-space',
      ),
    ).toEqual([]);
  });

  it('isolated team', () => {
    const nodes = [node('t', 'team', 'Team Birch'), owner('o'), node('g', 'group', 'Men’s Shed')];
    expect(
      insights(makeMap(nodes, [tie('1', 'o', 't', { kind: 'membership' })]), 'isolated-team').map(
        (i) => i.sentence,
      ),
    ).toEqual(['Team Birch has no generative or engaged tie to any community actor.']);
    expect(
      insights(
        makeMap(nodes, [
          tie('1', 'o', 't', { kind: 'membership' }),
          tie('2', 'g', 't', { strength: 'engaged' }),
        ]),
        'isolated-team',
      ),
    ).toEqual([]);
  });

  it('no statutory services', () => {
    expect(insights(makeMap([person('a')]), 'no-statutory')).toHaveLength(1);
    expect(
      insights(
        makeMap([person('a'), node('s', 'organisation', 'District nurses', { category: 'statutory' })]),
        'no-statutory',
      ),
    ).toEqual([]);
  });
});

describe('overstretched partners', () => {
  it('hours given over capacity', () => {
    const nodes = [person('m', 'Maud', { capacity: { hoursPerWeek: 4 } }), owner('r'), owner('q')];
    const found = insights(
      makeMap(nodes, [tie('1', 'm', 'r', { hoursPerWeek: 4 }), tie('2', 'm', 'q', { hoursPerWeek: 2 })]),
      'over-capacity-hours',
    );
    expect(found.map((i) => i.sentence)).toEqual([
      'Maud gives 6 hours a week against a capacity of 4 (1.5×).',
    ]);
    expect(found[0]?.threshold).toEqual({ name: 'capacityRatio', value: 1 });
    expect(
      insights(makeMap(nodes, [tie('1', 'm', 'r', { hoursPerWeek: 4 })]), 'over-capacity-hours'),
    ).toEqual([]);
  });

  it('many receivers: five without declared capacity, or more than declared', () => {
    const rs = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => owner(id));
    const g = node('g', 'organisation', 'Neighbours Together');
    const ties = rs.map((r, i) => tie(`${i}`, 'g', r.id));
    expect(insights(makeMap([g, ...rs], ties), 'many-receivers').map((i) => i.sentence)).toEqual([
      '5 receivers rely on Neighbours Together (threshold 5).',
    ]);
    expect(insights(makeMap([g, ...rs], ties.slice(0, 4)), 'many-receivers')).toEqual([]);
    const limited = { ...g, capacity: { maxReceivers: 2 } };
    expect(
      insights(makeMap([limited, ...rs], ties.slice(0, 3)), 'many-receivers').map((i) => i.sentence),
    ).toEqual(['3 receivers rely on Neighbours Together, more than the 2 it can support.']);
    expect(insights(makeMap([limited, ...rs], ties.slice(0, 2)), 'many-receivers')).toEqual([]);
  });

  it('key broker with little capacity: a star centre has betweenness 1', () => {
    const leaves = people(['a', 'b', 'c']);
    const centre = (hours: number) => person('h', 'Hub', { capacity: { hoursPerWeek: hours } });
    const ties = leaves.map((l, i) => tie(`${i}`, 'h', l.id));
    expect(
      insights(makeMap([centre(2), ...leaves], ties), 'broker-low-capacity').map((i) => i.sentence),
    ).toEqual([
      'Hub lies on 100.0% of shortest paths between others but has only 2 hours a week of capacity.',
    ]);
    expect(insights(makeMap([centre(10), ...leaves], ties), 'broker-low-capacity')).toEqual([]);
  });

  it('many roles at once', () => {
    const busy = person('p', 'Efe', { roles: ['neighbour', 'volunteer', 'commons_organiser'] });
    expect(insights(makeMap([busy]), 'many-roles').map((i) => i.sentence)).toEqual([
      'Efe holds 3 roles at once.',
    ]);
    expect(
      insights(makeMap([person('p', 'Efe', { roles: ['neighbour', 'volunteer'] })]), 'many-roles'),
    ).toEqual([]);
  });
});

describe('care wealth summary', () => {
  it('one line for the map and one per team', () => {
    const doc = makeMap(
      [node('t', 'team', 'Team Elm'), owner('o'), person('n'), worker('w')],
      [
        tie('1', 'n', 'o', { hoursPerWeek: 3, careTypes: ['meals'] }),
        tie('2', 'w', 'o', { hoursPerWeek: 9, careTypes: ['personal_care'] }),
        tie('3', 'n', 't', { mutual: true }),
      ],
    );
    const found = insights(doc, 'care-wealth-summary');
    expect(found.map((i) => i.sentence)).toEqual([
      'This map: 66.7% of care ties are informal (2 of 3), 1 mutual tie, 2 kinds of care. 25.0% of recorded hours are informal (3 of 12).',
      'Team Elm: 100.0% of care ties are informal (1 of 1), 1 mutual tie, 0 kinds of care.',
    ]);
  });

  it('insights come grouped bridge, gap, overstretch, summary', () => {
    const doc = makeMap(
      [
        ...people(['a', 'b', 'c', 'd', 'e']),
        person('x', 'X', { roles: ['neighbour', 'volunteer', 'friend'] }),
      ],
      chain(['a', 'b', 'c', 'd', 'e']),
    );
    const kinds = analyzeMap(doc).insights.map((i) => i.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (p, q) =>
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(p) -
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(q),
      ),
    );
    expect(new Set(kinds)).toEqual(new Set(['bridge', 'gap', 'overstretch', 'summary']));
  });

  it('without recorded hours the summary has no hours share among its numbers', () => {
    const doc = makeMap([owner('o'), person('n')], [tie('1', 'n', 'o')]);
    const [map] = insights(doc, 'care-wealth-summary');
    expect(map?.sentence).toBe('This map: 100.0% of care ties are informal (1 of 1), 0 mutual ties, 0 kinds of care.');
    expect(map?.numbers).toEqual({
      formalTies: 0,
      informalTies: 1,
      formalHours: 0,
      informalHours: 0,
      mutualTies: 0,
      careTypes: 0,
      informalShare: 1,
    });
  });

  it('a label ending in a full stop closes its sentence once, at the end or mid-sentence', () => {
    const doc = makeMap(
      [...people(['a', 'b', 'c', 'd']), person('f', 'Felix Y.')],
      chain(['a', 'b', 'c', 'd', 'f']),
    );
    expect(insights(doc, 'articulation-point')[0]?.sentence).toBe(
      'If c stepped back, 2 nodes would be cut off from the rest of the network, including 2 care receivers: d and Felix Y.',
    );
    const odd = {
      ...makeMap([owner('r', { careNeeded: ['odd_jobs'] })]),
      careTypes: [{ id: 'odd_jobs', label: 'Odd jobs etc.', leaning: 'either' as const }],
    };
    expect(insights(odd, 'unmet-need').map((i) => i.sentence)).toEqual([
      'Nobody gives R odd jobs etc. Nobody on the map offers it.',
    ]);
  });

  it('name lists', () => {
    expect(nameList([])).toBe('');
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameList(['A', 'B', 'C'], 2, 'or')).toBe('A, B or 1 more');
  });
});
