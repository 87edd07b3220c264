// A small Larkspur Green (domain brief §10.3–10.4) for the governance, survey and assessment
// tests: one circle, one team, eight circle people, four team people and three partners, with
// explicit ids so expected values can be written by hand. Records are added with `withRecords`,
// which goes through upsertRecord so every fixture record is valid by construction.
import { type CareMap, formatProblem, upsertRecord } from '../../../src/model';
import { makeMap, node, person } from '../../helpers/build';

export const CIRCLE = 'circle';
export const TEAM_ASH = 'ash';

/** The map without records. */
export function larkspur(): CareMap {
  return makeMap([
    node(CIRCLE, 'circle', 'Larkspur Green Care Circle'),
    node(TEAM_ASH, 'team', 'Team Ash'),
    person('aiyana', 'Aiyana'),
    person('bram', 'Bram'),
    person('chidi', 'Chidi'),
    person('dora', 'Dora'),
    person('efe', 'Efe'),
    person('fenna', 'Fenna'),
    person('gus', 'Gus'),
    person('hana', 'Hana'),
    person('mrs_a', 'Mrs A.', { roles: ['team_owner'] }),
    person('maud', 'Maud', { roles: ['neighbour'] }),
    person('w', 'W.', { roles: ['care_worker_employed'] }),
    person('k', 'K.', { roles: ['care_worker_employed'] }),
    node('lnt', 'organisation', 'Larkspur Neighbours Together'),
    node('mtg', 'organisation', 'Mind the Gap Wellbeing CIC'),
    node('kettle', 'space', 'The Kettle Café'),
  ]);
}

/** Add records one by one through upsertRecord; a refused record fails the test with its problems. */
export function withRecords(doc: CareMap, records: readonly unknown[]): CareMap {
  let out = doc;
  for (const r of records) {
    const result = upsertRecord(out, r);
    if (!result.ok) throw new Error(`fixture record refused: ${result.problems.map(formatProblem).join('; ')}`);
    out = result.value;
  }
  return out;
}

/** A hat assignment record. */
export function wear(id: string, hat: string, context: string, holders: string[], extra: Record<string, unknown> = {}) {
  return { id, type: 'hatAssignment', hat, context, holders, ...extra };
}

/** The circle hats of §10.3: Leader ≠ Delegate, Care Commons Organiser co-held. */
export function circleHats() {
  return [
    wear('h-fac', 'circle.facilitator', CIRCLE, ['aiyana']),
    wear('h-sec', 'circle.secretary', CIRCLE, ['bram']),
    wear('h-lead', 'circle.leader', CIRCLE, ['chidi']),
    wear('h-del', 'circle.delegate', CIRCLE, ['dora']),
    wear('h-cco', 'circle.commons_organiser', CIRCLE, ['efe', 'fenna']),
    wear('h-ts', 'circle.team_starter', CIRCLE, ['gus']),
    wear('h-coach', 'circle.coach', CIRCLE, ['hana']),
  ];
}
