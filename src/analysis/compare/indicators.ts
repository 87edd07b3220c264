// The evaluation indicators between two states (domain §7.4). For a community map, every figure of
// §3.6 side by side with its change, read with the same functions as the single-map analysis
// (figures.ts): offering share, strength mix, formal–informal bridges, isolated teams, density,
// components, reciprocity and the rest. For a personal map, the three indicators of "care mapping
// for evaluation", around the map's centre: (1) key relationships strengthened and new meaningful
// ties; (2) informal support integrated, and whether paid care came alongside it or instead of
// it; (3) load concentration before and after.
import { asNodeId, type CareMap, type MapScope, type Tie } from '../../model';
import { type CareIndex, careReceived, type Flow } from '../care';
import {
  careTypeFrequency,
  census,
  formalInformalTies,
  offeringShare,
  receiverCoverage,
  reciprocity,
  strengthMix,
  teamFigures,
} from '../figures';
import { buildStructure, degreeAt, edgeCount } from '../graph';
import { clustering, components } from '../structure';
import { type Comparison, type MatchedNode, type TieMove } from './diff';
import type { NodeMatching } from './match';

// ---------------------------------------------------------------- community figures

export type IndicatorUnit = 'count' | 'share' | 'number';

/** One figure in both states. */
export interface IndicatorRow {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly unit: IndicatorUnit;
  /** The domain section that defines it. */
  readonly source: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either is unknown. */
  readonly change: number | null;
  /** Nodes the figure names in state B (e.g. the isolated teams), for highlighting; often empty. */
  readonly nodes: readonly string[];
  /** The same in state A (A ids). */
  readonly nodesBefore: readonly string[];
}

interface Figure {
  readonly value: number | null;
  readonly nodes?: readonly string[];
}

interface FigureDef {
  readonly id: string;
  /** Short name, as sentences use it. */
  readonly label: string;
  /** What exactly is counted. */
  readonly description: string;
  readonly unit: IndicatorUnit;
  readonly source: string;
}

/** The community figures compared, in the order they are shown. */
export const COMMUNITY_FIGURES: readonly FigureDef[] = [
  { id: 'nodes', label: 'Elements', description: 'nodes on the map', unit: 'count', source: '§3.5.1' },
  { id: 'ties', label: 'Ties', description: 'ties of every kind', unit: 'count', source: '§3.6' },
  {
    id: 'offeringShare',
    label: 'Offering share',
    description: 'share of elements giving informal or gifted care into the circle or a team',
    unit: 'share',
    source: '§3.5.3',
  },
  {
    id: 'nonCaregiving',
    label: 'Elements giving no care',
    description: 'elements with no such outgoing care',
    unit: 'count',
    source: '§3.5.3',
  },
  {
    id: 'generativeShare',
    label: 'Generative share',
    description: 'share of relationship ties marked generative',
    unit: 'share',
    source: '§3.5.4',
  },
  {
    id: 'dormantShare',
    label: 'Dormant share',
    description: 'share of relationship ties inactive or unclassified',
    unit: 'share',
    source: '§3.5.4',
  },
  {
    id: 'formalInformalTies',
    label: 'Formal–informal bridges',
    description: 'ties joining a formal node to a non-formal one',
    unit: 'count',
    source: '§3.5.2',
  },
  {
    id: 'isolatedTeams',
    label: 'Isolated teams',
    description: 'teams with no generative or engaged tie to a community actor',
    unit: 'count',
    source: '§3.5.5',
  },
  {
    id: 'density',
    label: 'Density',
    description: 'connected pairs over possible pairs',
    unit: 'number',
    source: '§3.6',
  },
  {
    id: 'components',
    label: 'Components',
    description: 'parts of the network not linked to each other',
    unit: 'count',
    source: '§3.6',
  },
  {
    id: 'averageClustering',
    label: 'Average clustering',
    description: 'mean local clustering coefficient',
    unit: 'number',
    source: '§3.6',
  },
  {
    id: 'isolates',
    label: 'Isolated elements',
    description: 'elements with no tie at all',
    unit: 'count',
    source: '§3.6',
  },
  {
    id: 'reciprocity',
    label: 'Reciprocity',
    description: 'share of care ties with a return flow',
    unit: 'share',
    source: '§3.5.2',
  },
  {
    id: 'formalReciprocity',
    label: 'Formal reciprocity',
    description: 'share of formal → informal care ties with a return flow',
    unit: 'share',
    source: '§3.5.2',
  },
  {
    id: 'statutoryPresence',
    label: 'Statutory and health services',
    description: 'nodes in the statutory or health category',
    unit: 'count',
    source: '§3.5.2',
  },
  {
    id: 'careTypes',
    label: 'Care types flowing',
    description: 'distinct care types on care ties',
    unit: 'count',
    source: '§3.5.3',
  },
  {
    id: 'loadConcentration',
    label: 'Load concentration',
    description: 'mean over receivers of the Herfindahl index of their incoming care',
    unit: 'number',
    source: '§3.6',
  },
];

function stateFigures(
  doc: CareMap,
  care: CareIndex,
  offeringScope: 'circle-or-team' | 'anyone',
): Record<string, Figure> {
  const structure = buildStructure(doc);
  const n = structure.ids.length;
  const m = edgeCount(structure);
  const cl = clustering(structure.csr).clustering;
  const mix = strengthMix(care);
  const isolatedTeams = teamFigures(care)
    .filter((t) => t.embeddedness === 0)
    .map((t) => t.id);
  const recip = reciprocity(care);
  const coverage = receiverCoverage(care).filter((r) => r.givers > 0);
  const offering = offeringShare(care, offeringScope);
  let isolates = 0;
  for (let i = 0; i < n; i++) if (degreeAt(structure, i) === 0) isolates += 1;
  return {
    nodes: { value: doc.nodes.length },
    ties: { value: doc.ties.length },
    offeringShare: { value: offering.share },
    nonCaregiving: { value: offering.nonCaregiving.length },
    generativeShare: { value: mix.total === 0 ? null : mix.generative.share },
    dormantShare: { value: mix.total === 0 ? null : mix.inactive.share + mix.unclassified.share },
    formalInformalTies: { value: formalInformalTies(care).part.count },
    isolatedTeams: { value: isolatedTeams.length, nodes: isolatedTeams },
    density: { value: n < 2 ? 0 : (2 * m) / (n * (n - 1)) },
    components: { value: components(structure.csr).sizes.length },
    averageClustering: { value: n === 0 ? 0 : cl.reduce((s, x) => s + x, 0) / n },
    isolates: { value: isolates },
    reciprocity: { value: recip.careTies === 0 ? null : recip.reciprocated.share },
    formalReciprocity: { value: recip.formalReciprocityIndex },
    statutoryPresence: { value: census(care).statutoryPresence },
    careTypes: { value: careTypeFrequency(care).length },
    loadConcentration: {
      value:
        coverage.length === 0 ? null : coverage.reduce((s, r) => s + r.concentration, 0) / coverage.length,
    },
  };
}

/**
 * Every community figure in both states with its change. The offering share uses one scope for
 * both ("care into the circle or a team" when either state has a team or circle), so the two
 * numbers measure the same thing.
 */
export function communityIndicators(a: CareMap, b: CareMap, ia: CareIndex, ib: CareIndex): IndicatorRow[] {
  const containers = [...a.nodes, ...b.nodes].some((n) => n.kind === 'team' || n.kind === 'circle');
  const scope = containers ? 'circle-or-team' : 'anyone';
  const before = stateFigures(a, ia, scope);
  const after = stateFigures(b, ib, scope);
  return COMMUNITY_FIGURES.map((def) => {
    const x = before[def.id]?.value ?? null;
    const y = after[def.id]?.value ?? null;
    return {
      ...def,
      before: x,
      after: y,
      change: x === null || y === null ? null : y - x,
      nodes: after[def.id]?.nodes ?? [],
      nodesBefore: before[def.id]?.nodes ?? [],
    };
  });
}

// ---------------------------------------------------------------- personal indicators

/** Where a receiver's incoming care comes from, in one state. */
export interface InformalMix {
  /** Incoming care flows (care into a team they own included). */
  readonly flows: number;
  readonly informalFlows: number;
  /** informalFlows / flows; null with no incoming care. */
  readonly informalShare: number | null;
  readonly informalGivers: number;
  readonly formalGivers: number;
  /** Informal share of incoming hours; null when no incoming tie records hours. */
  readonly informalHoursShare: number | null;
}

/** Concentration of a receiver's incoming care on their top giver, in one state. */
export interface LoadConcentration {
  readonly givers: number;
  readonly topGiver: string | null;
  /** Share of incoming flows from the top giver (0–1). */
  readonly topGiverShare: number;
  /** Herfindahl index of flows over givers: 1 = a single giver. */
  readonly concentration: number;
}

export interface PersonalIndicators {
  /** The centre (Team Owner) in each state. */
  readonly centre: MatchedNode;
  /** (1) Key relationships: the centre's matched ties that moved, and new or lost ties. */
  readonly relationships: {
    /** B ids of ties that went up on at least one scale and down on none. */
    readonly stronger: readonly string[];
    /** B ids of ties that went down on at least one scale and up on none. */
    readonly weaker: readonly string[];
    /** B ids of new ties that are generative or engaged. */
    readonly newMeaningful: readonly string[];
    /** B ids of other new ties (inactive or unclassified). */
    readonly newOther: readonly string[];
    /** A ids of ties that went. */
    readonly lost: readonly string[];
  };
  /** (2) Integration of informal support and whether paid care came alongside it or instead. */
  readonly informal: {
    readonly before: InformalMix;
    readonly after: InformalMix;
    /** B ids of new formal (paid) care ties into the centre. */
    readonly formalAdded: readonly string[];
    /** A ids of informal care ties into the centre that went. */
    readonly informalLost: readonly string[];
    /**
     * 'alongside': formal care was added and the centre kept at least as many informal givers;
     * 'instead': formal care was added and informal givers fell; 'no-formal-added' otherwise.
     */
    readonly paidCare: 'alongside' | 'instead' | 'no-formal-added';
  };
  /** (3) Load concentration on the centre's top giver. */
  readonly load: { readonly before: LoadConcentration; readonly after: LoadConcentration };
}

/** Tie kinds that record belonging rather than a relationship, left out of "key relationships". */
const STRUCTURAL_KINDS = new Set(['membership', 'double_link']);

function mixOf(flows: readonly Flow[]): InformalMix {
  const informal = flows.filter((f) => f.side === 'informal');
  const givers = (list: readonly Flow[]) => new Set(list.map((f) => f.giver)).size;
  const hours = flows.reduce((s, f) => s + (f.tie.hoursPerWeek ?? 0), 0);
  const informalHours = informal.reduce((s, f) => s + (f.tie.hoursPerWeek ?? 0), 0);
  return {
    flows: flows.length,
    informalFlows: informal.length,
    informalShare: flows.length === 0 ? null : informal.length / flows.length,
    informalGivers: givers(informal),
    formalGivers: givers(flows.filter((f) => f.side === 'formal')),
    informalHoursShare: hours === 0 ? null : informalHours / hours,
  };
}

function concentrationOf(index: CareIndex, id: string): LoadConcentration {
  const r = receiverCoverage(index).find((c) => c.id === id);
  return r === undefined
    ? { givers: 0, topGiver: null, topGiverShare: 0, concentration: 0 }
    : {
        givers: r.givers,
        topGiver: r.topGiver,
        topGiverShare: r.topGiverShare,
        concentration: r.concentration,
      };
}

function touches(t: Tie, id: string): boolean {
  return t.source === id || t.target === id;
}

/** What the indicators are read from: both states, their care indexes, the matching and what changed. */
export interface IndicatorInput {
  readonly a: CareMap;
  readonly b: CareMap;
  readonly ia: CareIndex;
  readonly ib: CareIndex;
  readonly matching: NodeMatching;
  readonly comparison: Comparison;
}

/**
 * The three personal-map indicators around the centre of state B (matched to its node in A).
 * Null when state B has no centre, or the centre has no match in A.
 */
export function personalIndicators({
  a,
  b,
  ia,
  ib,
  matching,
  comparison,
}: IndicatorInput): PersonalIndicators | null {
  const centreB = b.meta.centreNodeId;
  const centreA = centreB === undefined ? undefined : matching.bToA.get(centreB);
  const node = centreB === undefined ? undefined : ib.byId.get(centreB);
  if (centreB === undefined || centreA === undefined || node === undefined) return null;

  const bTies = new Map(b.ties.map((t) => [t.id as string, t]));
  const aTies = new Map(a.ties.map((t) => [t.id as string, t]));
  const movesByTie = new Map<string, TieMove[]>();
  for (const m of comparison.tieMoves) {
    const list = movesByTie.get(m.b);
    if (list === undefined) movesByTie.set(m.b, [m]);
    else list.push(m);
  }
  const stronger: string[] = [];
  const weaker: string[] = [];
  for (const [id, moves] of movesByTie) {
    const t = bTies.get(id);
    if (t === undefined || !touches(t, centreB) || STRUCTURAL_KINDS.has(t.kind)) continue;
    const up = moves.some((m) => m.direction === 'up');
    const down = moves.some((m) => m.direction === 'down');
    if (up && !down) stronger.push(id);
    else if (down && !up) weaker.push(id);
  }
  const added = comparison.ties.added
    .map((id) => bTies.get(id))
    .filter((t): t is Tie => t !== undefined && touches(t, centreB) && !STRUCTURAL_KINDS.has(t.kind));
  const removed = comparison.ties.removed
    .map((id) => aTies.get(id))
    .filter((t): t is Tie => t !== undefined && touches(t, centreA) && !STRUCTURAL_KINDS.has(t.kind));

  const flowsA = careReceived(ia, asNodeId(centreA));
  const flowsB = careReceived(ib, centreB);
  const addedIds = new Set(comparison.ties.added);
  const removedIds = new Set(comparison.ties.removed);
  const before = mixOf(flowsA);
  const after = mixOf(flowsB);
  const formalAdded = [
    ...new Set(
      flowsB.filter((f) => f.side === 'formal' && addedIds.has(f.tie.id)).map((f) => f.tie.id as string),
    ),
  ];
  const informalLost = [
    ...new Set(
      flowsA.filter((f) => f.side === 'informal' && removedIds.has(f.tie.id)).map((f) => f.tie.id as string),
    ),
  ];
  const paidCare =
    formalAdded.length === 0
      ? 'no-formal-added'
      : after.informalGivers >= before.informalGivers
        ? 'alongside'
        : 'instead';

  return {
    centre: { a: centreA, b: centreB, label: node.label },
    relationships: {
      stronger,
      weaker,
      newMeaningful: added
        .filter((t) => t.strength === 'generative' || t.strength === 'engaged')
        .map((t) => t.id),
      newOther: added.filter((t) => t.strength !== 'generative' && t.strength !== 'engaged').map((t) => t.id),
      lost: removed.map((t) => t.id),
    },
    informal: { before, after, formalAdded, informalLost, paidCare },
    load: { before: concentrationOf(ia, centreA), after: concentrationOf(ib, centreB) },
  };
}

export interface Indicators {
  /** The scope the indicators are read for (state B's). */
  readonly scope: MapScope;
  readonly community: readonly IndicatorRow[];
  /** Null unless state B has a centre matched in A (personal maps). */
  readonly personal: PersonalIndicators | null;
}

/** Both kinds of indicator; which ones a reader leads with depends on `scope`. */
export function indicators(input: IndicatorInput): Indicators {
  const { a, b, ia, ib } = input;
  return {
    scope: b.meta.scope,
    community: communityIndicators(a, b, ia, ib),
    personal: personalIndicators(input),
  };
}
