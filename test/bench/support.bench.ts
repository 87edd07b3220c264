// Support network benchmark: reading one person's network, placing it on rings and sectors, and
// working out where their support is thin, for 50, 200 and 1,000 people around the centre (the
// issue asks that 200 draw in under a second; drawing itself is the view's and is timed there).
// Median of 21 runs, each step timed on its own. Prints one table.
import { analyzeSupport } from '../../src/analysis';
import {
  type CareMap,
  type CareNode,
  type Closeness,
  createPersonalMap,
  makeNode,
  makeTie,
  placeSupportNetwork,
  readSupportNetwork,
  seededRandom,
  type Tie,
} from '../../src/model';
import { printTable } from './table';

const SIZES = [50, 200, 1_000];
const RUNS = 21;
const RINGS: (Closeness | undefined)[] = ['inner', 'middle', 'outer', undefined];
const ROLES = ['family', 'friend', 'neighbour', 'volunteer', 'care_worker_employed'] as const;
const CARE = ['meals', 'practical', 'companionship', 'personal_care', 'transport'];

/** A personal map with `size` people around the centre, a fifth of them linked only through others. */
function network(size: number): { doc: CareMap; centre: string } {
  const rng = seededRandom(size);
  const base = createPersonalMap({ centre: { label: 'Centre' }, now: '2026-01-01T00:00:00.000Z' });
  const centre = base.nodes[0] as CareNode;
  const nodes: CareNode[] = [{ ...centre, careNeeded: CARE }];
  const ties: Tie[] = [];
  for (let i = 0; i < size; i++) {
    const role = ROLES[Math.floor(rng() * ROLES.length)] as (typeof ROLES)[number];
    const n =
      i % 9 === 0
        ? makeNode('group', `Group ${i}`)
        : makeNode('person', `Person ${i}`, {
            roles: [role],
            ...(rng() < 0.3 ? { capacity: { hoursPerWeek: 5 } } : {}),
          });
    nodes.push(n);
    const previous = nodes[nodes.length - 2] as CareNode;
    if (i % 5 === 4 && previous.id !== centre.id)
      ties.push(makeTie('care', n.id, previous.id, { careTypes: ['companionship'] }));
    else {
      const closeness = RINGS[Math.floor(rng() * RINGS.length)];
      ties.push(
        makeTie('care', n.id, centre.id, {
          careTypes: [CARE[Math.floor(rng() * CARE.length)] as string],
          hoursPerWeek: Math.round(rng() * 8),
          ...(closeness === undefined ? {} : { closeness }),
          ...(rng() < 0.1 ? { strength: 'inactive' as const } : {}),
        }),
      );
    }
  }
  return { doc: { ...base, nodes, ties }, centre: centre.id };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(step: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    step();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const { doc, centre } = network(size);
    const net = readSupportNetwork(doc, centre);
    if (net === null) throw new Error('no centre');
    const read = time(() => readSupportNetwork(doc, centre));
    const place = time(() => placeSupportNetwork(net));
    const findings = time(() => analyzeSupport(doc, centre));
    const layout = placeSupportNetwork(net);
    const radius = Math.max(...layout.bands.map((b) => b.outer));
    rows.push([
      String(size),
      `${read.toFixed(2)} ms`,
      `${place.toFixed(2)} ms`,
      `${findings.toFixed(2)} ms`,
      `${Math.round(radius)}`,
      String(analyzeSupport(doc, centre)?.findings.length ?? 0),
    ]);
  }
  printTable(
    ['people', 'read network', 'place', 'thin-support findings', 'outer radius (px)', 'findings'],
    rows,
  );
}
