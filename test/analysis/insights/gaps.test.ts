// The gap rules, each on a small map built to trigger it and one built not to.
import { describe, expect, it } from 'vitest';

import { makeMap, node, person, tie } from '../../helpers/build';
import { cycle, insights, owner, people, worker } from './helpers';

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
