// The governance rules of the insight registry: hats and capacity assessments feed the analysis.
import { describe, expect, it } from 'vitest';

import { analyzeMap } from '../../../src/analysis';
import { type CareMap, type CareRecord } from '../../../src/model';
import { makeMap, node, person, tie } from '../../helpers/build';

function withRecords(doc: CareMap, records: CareRecord[]): CareMap {
  return { ...doc, records };
}

function hat(id: string, hatId: string, context: string, holders: string[]): CareRecord {
  return { id, type: 'hatAssignment', hat: hatId, context, holders, rotating: false } as CareRecord;
}

const base = makeMap(
  [
    person('maud', 'Maud'),
    person('owner', 'Mrs A.', { roles: ['team_owner'] }),
    node('ash', 'team', 'Team Ash'),
    node('circle', 'circle', 'Larkspur Circle'),
  ],
  [
    tie('m1', 'maud', 'ash', { kind: 'membership' }),
    tie('m2', 'owner', 'ash', { kind: 'membership' }),
    tie('m3', 'maud', 'circle', { kind: 'membership' }),
    tie('c1', 'maud', 'owner', { careTypes: ['meals'], formality: 'informal' }),
  ],
);

const ids = (doc: CareMap, type: string) =>
  analyzeMap(doc)
    .insights.filter((i) => i.type === type)
    .map((i) => i.nodes[0]);

describe('governance insights', () => {
  it('flags a person wearing three hats, and not one wearing two', () => {
    const three = withRecords(base, [
      hat('h1', 'rota-holder', 'ash', ['maud']),
      hat('h2', 'profile-holder', 'ash', ['maud']),
      hat('h3', 'circle-facilitator', 'circle', ['maud']),
    ]);
    const insight = analyzeMap(three).insights.find((i) => i.type === 'many-hats');
    expect(insight?.nodes).toEqual(['maud']);
    expect(insight?.numbers.hats).toBe(3);
    expect(insight?.threshold).toEqual({ name: 'manyHats', value: 3 });
    const two = withRecords(base, [
      hat('h1', 'rota-holder', 'ash', ['maud']),
      hat('h2', 'profile-holder', 'ash', ['maud']),
    ]);
    expect(ids(two, 'many-hats')).toEqual([]);
  });

  it('reports essential hats nobody wears only for teams with hats recorded', () => {
    expect(ids(base, 'vacant-essential-hats')).toEqual([]);
    const governed = withRecords(base, [hat('h1', 'rota-holder', 'ash', [])]);
    expect(ids(governed, 'vacant-essential-hats')).toEqual(['ash']);
  });
});
