// On a personal map the community insight rules that would only say "everyone hangs on the person
// at the centre" stay quiet (src/analysis/insights/personal.ts); on a community map the
// same network still gives them.
import { describe, expect, it } from 'vitest';

import { analyzeMap } from '../../../src/analysis';
import { asNodeId, type CareMap, updateMeta } from '../../../src/model';
import { makeMap, node, person, tie, ties } from '../../helpers/build';

// Ada at the centre of two pairs (Bo–Cy, Di–Ed) and a GP; a team Ada belongs to; Bo–Cy and Di–Ed
// only meet through her, and only she is tied to the GP.
const base = makeMap(
  [
    person('ada', 'Ada'),
    person('bo', 'Bo'),
    person('cy', 'Cy'),
    person('di', 'Di'),
    person('ed', 'Ed'),
    node('gp', 'organisation', 'GP', { category: 'health' }),
    node('team', 'team', 'Team Ada'),
    person('fay', 'Fay'),
  ],
  [
    ...ties('bo-ada cy-ada bo-cy di-ada ed-ada di-ed gp-ada', 't'),
    tie('m1', 'ada', 'team', { kind: 'membership' }),
    tie('m2', 'fay', 'team', { kind: 'membership' }),
  ],
);

const QUIET = ['articulation-point', 'community-link', 'formal-informal-connector', 'no-team-tie'];

/** The quiet-on-personal-maps insights said about `about` (or, for team ties, about anyone). */
const quiet = (doc: CareMap, about: string) =>
  analyzeMap(doc)
    .insights.filter((i) => QUIET.includes(i.type) && (i.nodes[0] === about || i.type === 'no-team-tie'))
    .map((i) => i.type)
    .sort();

describe('community insights on a personal map', () => {
  it('on a community map, Ada is a cut point and the formal–informal connector, and people lack team ties', () => {
    expect(quiet(base, 'ada')).toEqual(
      expect.arrayContaining(['articulation-point', 'formal-informal-connector', 'no-team-tie']),
    );
  });

  it('on her personal map, none of these is said about her, and nothing about team ties; other rules still speak', () => {
    const personal = updateMeta(base, { scope: 'personal', centreNodeId: asNodeId('ada') });
    expect(quiet(personal, 'ada')).toEqual([]);
    // If her tie to the team ended, the team and Fay would be cut off: still worth saying.
    expect(analyzeMap(personal).insights.map((i) => i.id)).toContain('bridge-tie:m1');
  });

  it('a personal map whose centre is not set is read like any other map', () => {
    const noCentre = updateMeta(base, { scope: 'personal' });
    expect(quiet(noCentre, 'ada')).toEqual(quiet(base, 'ada'));
  });
});
