// Plain counts over a care map for `carewealth stats`: nodes by kind, collectives by category,
// people by role, ties by kind, care ties by formality, mutual ties and located nodes. Counting
// only; measures of the network's shape (centrality, bridges) belong to src/analysis.
import { ACTOR_CATEGORIES, type CareMap, NODE_KINDS, PERSON_ROLES, TIE_KINDS } from '../model';

/** Counts keyed by catalogue id, in catalogue order, zeros included. */
export type Counts = Record<string, number>;

export interface MapStats {
  readonly title: string;
  readonly scope: string;
  readonly nodes: {
    readonly total: number;
    readonly byKind: Counts;
    /** Collective actors by category; `uncategorised` counts collectives with no category. */
    readonly byCategory: Counts;
    /** People by role. A person with several roles is counted once under each. */
    readonly byRole: Counts;
    /** Nodes with a location, whatever its privacy (hidden locations count as located). */
    readonly withLocation: number;
    readonly withoutLocation: number;
  };
  readonly ties: {
    readonly total: number;
    readonly byKind: Counts;
    /** Ties of any kind marked mutual (care both ways, or a symmetric partnership). */
    readonly mutual: number;
    /** Care-flow ties split by their `formality`; unspecified = no formality recorded. */
    readonly care: {
      readonly total: number;
      readonly formal: number;
      readonly informal: number;
      readonly unspecified: number;
    };
  };
}

function zeros(ids: readonly string[]): Counts {
  const counts: Counts = {};
  for (const id of ids) counts[id] = 0;
  return counts;
}

function bump(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Count what a map holds. */
export function computeStats(doc: CareMap): MapStats {
  const byKind = zeros(NODE_KINDS.map((k) => k.id));
  const byCategory = zeros([...ACTOR_CATEGORIES.map((c) => c.id), 'uncategorised']);
  const byRole = zeros(PERSON_ROLES.map((r) => r.id));
  let withLocation = 0;
  for (const node of doc.nodes) {
    bump(byKind, node.kind);
    if (node.kind === 'person') node.roles.forEach((r) => bump(byRole, r));
    else bump(byCategory, node.category ?? 'uncategorised');
    if (node.location !== undefined) withLocation += 1;
  }
  const tiesByKind = zeros(TIE_KINDS.map((k) => k.id));
  const care = { total: 0, formal: 0, informal: 0, unspecified: 0 };
  let mutual = 0;
  for (const tie of doc.ties) {
    bump(tiesByKind, tie.kind);
    if (tie.mutual) mutual += 1;
    if (tie.kind === 'care') {
      care.total += 1;
      care[tie.formality ?? 'unspecified'] += 1;
    }
  }
  return {
    title: doc.meta.title,
    scope: doc.meta.scope,
    nodes: {
      total: doc.nodes.length,
      byKind,
      byCategory,
      byRole,
      withLocation,
      withoutLocation: doc.nodes.length - withLocation,
    },
    ties: { total: doc.ties.length, byKind: tiesByKind, mutual, care },
  };
}

const WIDTH = 28;

function row(name: string, value: number, indent = '  '): string {
  const label = `${indent}${name}`;
  return `${label.padEnd(WIDTH)}${String(value).padStart(7)}`;
}

function section(heading: string, counts: Counts): string[] {
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => row(k, n));
  return ['', heading, ...(rows.length > 0 ? rows : ['  (none)'])];
}

/** The stats as aligned text lines for a terminal; rows with a zero count are left out. */
export function formatStats(s: MapStats): string[] {
  return [
    `${s.title} (${s.scope} map)`,
    '',
    row('Nodes', s.nodes.total, ''),
    row('with a location', s.nodes.withLocation),
    row('without a location', s.nodes.withoutLocation),
    ...section('Nodes by kind', s.nodes.byKind),
    ...section('Collectives by category', s.nodes.byCategory),
    ...section('People by role (one person may hold several)', s.nodes.byRole),
    '',
    row('Ties', s.ties.total, ''),
    row('mutual', s.ties.mutual),
    ...section('Ties by kind', s.ties.byKind),
    '',
    row('Care ties', s.ties.care.total, ''),
    row('formal', s.ties.care.formal),
    row('informal', s.ties.care.informal),
    row('unspecified', s.ties.care.unspecified),
  ];
}
