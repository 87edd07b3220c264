// Hand-made maps for the CLI tests, written as plain JSON (not through the io writers under
// test). Counts in the comments are what the stats tests expect.
import { makeMap, node, person, tie } from '../helpers/build';

/** 3 people, 2 care ties: Maud -> Mrs A. (informal, mutual), W. -> Mrs A. (formal). */
export function smallMap() {
  return makeMap(
    [
      person('p1', 'Mrs A.', { roles: ['team_owner'] }),
      person('p2', 'Maud', { roles: ['neighbour'] }),
      person('p3', 'W.', { roles: ['care_worker_employed'] }),
    ],
    [
      tie('t1', 'p2', 'p1', { formality: 'informal', mutual: true }),
      tie('t2', 'p3', 'p1', { formality: 'formal' }),
    ],
    'Small map',
  );
}

/**
 * 6 nodes: people p1 (team_owner), p2 (neighbour + volunteer, located), p3 (neighbour);
 * group g1 (grassroots, located), organisation o1 (statutory), space s1 (no category, located).
 * 5 ties: care p2->p1 informal mutual, care o1->p1 formal, care p3->p1 (no formality),
 * care g1->p3 informal, hosted_at g1->s1.
 */
export function statsMap() {
  const at = { lat: 51.55, lng: -0.06, privacy: 'approximate' as const };
  return makeMap(
    [
      person('p1', 'Mrs A.', { roles: ['team_owner'] }),
      person('p2', 'Maud', { roles: ['neighbour', 'volunteer'], location: at }),
      person('p3', 'Tunde', { roles: ['neighbour'] }),
      node('g1', 'group', 'Knit & Natter', { category: 'grassroots', location: { ...at, privacy: 'exact' } }),
      node('o1', 'organisation', 'District nurse team', { category: 'statutory' }),
      node('s1', 'space', "St Bride's Hall", { location: { ...at, privacy: 'exact' } }),
    ],
    [
      tie('t1', 'p2', 'p1', { formality: 'informal', mutual: true }),
      tie('t2', 'o1', 'p1', { formality: 'formal' }),
      tie('t3', 'p3', 'p1'),
      tie('t4', 'g1', 'p3', { formality: 'informal' }),
      tie('t5', 'g1', 's1', { kind: 'hosted_at' }),
    ],
    'Larkspur test',
  );
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2);
