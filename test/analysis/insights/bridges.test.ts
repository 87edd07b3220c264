// The bridge rules, each on a small map built to trigger it and one built not to.
import { describe, expect, it } from 'vitest';

import { makeMap, node, person, tie } from '../../helpers/build';
import { chain, cycle, insights, owner, people } from './helpers';

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
