// A copy to share (domain §9): the one rule for what a map shows of people when it leaves the
// person who keeps it — in every export format, in the pictures and on the command line. It builds
// on privacy.ts (places) and adds people's names, consent and health:
// - people whose consent to be mapped is refused, withdrawn or unknown (not asked yet, or not
//   recorded) appear as "A neighbour" (with no roles), by their role, or are left out with their
//   ties, as the person sharing chooses; "withdrawing consent hides the node and its ties in shared
//   views" is the left-out choice, and the others keep the shape of the network without the person;
// - people who consented appear by their initials unless the person sharing asks for names;
// - a person's home is never exact: their place is snapped to its grid cell (even when marked
//   exact), and people without consent have no place at all;
// - health needs never leave: every node's care needed, and the regulated health care types
//   (personal care, medication, health care) on ties to a person or a team, are dropped;
// - what cannot be read for privacy is left out: notes everywhere, the map's description, people's
//   descriptions, tags, custom fields and consent records, labels and custom fields of ties
//   touching a person, and the governance, survey and assessment records (they name people and
//   hold their answers); the title is kept unless the person sharing gives the copy another;
// - ids are replaced by plain numbers (`n1`, `t1`…), since ids written by other tools often carry
//   names.
// Organisations, groups, spaces, teams and circles keep their names (the pilot's published
// analysis named organisations). The original document is never changed.
import { type PersonRole, labelOf, PERSON_ROLES } from './catalogues';
import type { NodeId, TieId } from './ids';
import { initialsOf } from './displayName';
import { APPROXIMATE_GRID, type PrivacyGrid, redactNode, snapToGrid } from './privacy';
import type { CareMap, CareNode, Snapshot, Tie } from './schema';

/** How people without consent appear in a copy to share. */
export const WITHOUT_CONSENT_CHOICES = [
  { id: 'neighbour', label: 'as “A neighbour”' },
  { id: 'role', label: 'by their role (e.g. “Volunteer”)' },
  { id: 'leave_out', label: 'left out, with their ties' },
] as const;
export type WithoutConsentChoice = (typeof WITHOUT_CONSENT_CHOICES)[number]['id'];

/** How people who consented appear in a copy to share. */
export const NAME_CHOICES = [
  { id: 'initials', label: 'by their initials' },
  { id: 'names', label: 'by name' },
] as const;
export type NameChoice = (typeof NAME_CHOICES)[number]['id'];

export interface ShareOptions {
  readonly withoutConsent: WithoutConsentChoice;
  readonly names: NameChoice;
  /** The grid people's places are snapped to (privacy.ts's APPROXIMATE_GRID by default). */
  readonly grid?: PrivacyGrid;
  /** The copy's title, when the map's own names someone ("Mrs A.'s support"); a valid label. */
  readonly title?: string;
}

/** Initials for people who consented, "A neighbour" for the others. */
export const DEFAULT_SHARE_OPTIONS: ShareOptions = { withoutConsent: 'neighbour', names: 'initials' };

/** The label given to a person without consent shown "as a neighbour" (or without a role). */
export const NEIGHBOUR_LABEL = 'A neighbour';

/** Care types that are health needs when a person (or their team) receives them. */
export const HEALTH_CARE_TYPE_IDS: ReadonlySet<string> = new Set(['personal_care', 'medication', 'health']);

/** How the people of the map (not its snapshots) appear in the copy. */
export interface ShareSummary {
  readonly people: number;
  readonly byInitials: number;
  readonly byName: number;
  readonly asNeighbour: number;
  readonly byRole: number;
  readonly leftOut: number;
  /** Governance, survey and assessment records not carried into the copy. */
  readonly recordsLeftOut: number;
}

export interface SharedMap {
  /** The copy to share. */
  readonly doc: CareMap;
  /** For each node of the original that the copy keeps, its id in the copy. */
  readonly nodeIds: ReadonlyMap<NodeId, NodeId>;
  /** For each tie of the original that the copy keeps, its id in the copy. */
  readonly tieIds: ReadonlyMap<TieId, TieId>;
  readonly summary: ShareSummary;
}

/** True when a person may be shown: they gave consent, or consent is not needed. */
export function hasSharingConsent(node: Pick<CareNode, 'consent'>): boolean {
  const status = node.consent?.status;
  return status === 'given' || status === 'not_needed';
}

type Treatment = 'initials' | 'name' | 'neighbour' | 'role' | 'left_out' | 'not_a_person';

function treatmentOf(node: CareNode, options: ShareOptions): Treatment {
  if (node.kind !== 'person') return 'not_a_person';
  if (hasSharingConsent(node)) return options.names === 'names' ? 'name' : 'initials';
  if (options.withoutConsent === 'leave_out') return 'left_out';
  return options.withoutConsent === 'role' && node.roles.length > 0 ? 'role' : 'neighbour';
}

function roleLabel(roles: readonly PersonRole[]): string {
  const first = roles[0];
  return first === undefined ? NEIGHBOUR_LABEL : labelOf(PERSON_ROLES, first);
}

function sharedLabel(node: CareNode, treatment: Treatment): string {
  switch (treatment) {
    case 'initials':
      return initialsOf(node.label) || roleLabel(node.roles);
    case 'role':
      return roleLabel(node.roles);
    case 'neighbour':
      return NEIGHBOUR_LABEL;
    default:
      return node.label;
  }
}

/** A person as the copy shows them: label by treatment, no home, no needs, nothing free-text. */
function sharePerson(node: CareNode, treatment: Treatment, id: NodeId, grid: PrivacyGrid): CareNode {
  const {
    description: _description,
    notes: _notes,
    fields: _fields,
    consent: _consent,
    location,
    capacity,
    ...rest
  } = node;
  const out: CareNode = { ...rest, id, label: sharedLabel(node, treatment), careNeeded: [], tags: [] };
  // "A neighbour" says nothing more: a role (Team Owner, family) could point at who it is.
  if (treatment === 'neighbour') out.roles = [];
  const consented = treatment === 'initials' || treatment === 'name';
  if (consented && location !== undefined && location.privacy !== 'hidden') {
    out.location = { ...snapToGrid(location, grid), privacy: 'approximate' };
  }
  if (capacity !== undefined) {
    const { note: _note, ...figures } = capacity;
    if (Object.keys(figures).length > 0) out.capacity = figures;
  }
  return out;
}

/** Any other node: its place as every export shows it (privacy.ts), no needs, no notes. */
function shareCollective(node: CareNode, id: NodeId, grid: PrivacyGrid): CareNode {
  const { notes: _notes, capacity, ...rest } = redactNode(node, grid);
  const out: CareNode = { ...rest, id, careNeeded: [] };
  if (capacity !== undefined) {
    const { note: _note, ...figures } = capacity;
    if (Object.keys(figures).length > 0) out.capacity = figures;
  }
  return out;
}

/** Numbers ids in the order they are first met, so the same map always gives the same copy. */
class Renumber<T extends string> {
  readonly map = new Map<string, T>();
  constructor(private readonly prefix: string) {}
  of(id: string): T {
    let next = this.map.get(id);
    if (next === undefined) {
      next = `${this.prefix}${this.map.size + 1}` as T;
      this.map.set(id, next);
    }
    return next;
  }
}

interface Shared {
  readonly nodes: CareNode[];
  readonly ties: Tie[];
}

function shareNetwork(
  nodes: readonly CareNode[],
  ties: readonly Tie[],
  treatmentFor: (node: CareNode) => Treatment,
  nodeIds: Renumber<NodeId>,
  tieIds: Renumber<TieId>,
  grid: PrivacyGrid,
): Shared {
  const kept = new Map<string, CareNode>();
  const outNodes: CareNode[] = [];
  for (const n of nodes) {
    const treatment = treatmentFor(n);
    if (treatment === 'left_out') continue;
    kept.set(n.id, n);
    const id = nodeIds.of(n.id);
    outNodes.push(
      treatment === 'not_a_person' ? shareCollective(n, id, grid) : sharePerson(n, treatment, id, grid),
    );
  }
  const outTies: Tie[] = [];
  for (const t of ties) {
    const source = kept.get(t.source);
    const target = kept.get(t.target);
    if (source === undefined || target === undefined) continue;
    const { notes: _notes, label, fields, ...rest } = t;
    const touchesPerson = source.kind === 'person' || target.kind === 'person';
    const receivers = t.mutual ? [source, target] : [target];
    const healthReceiver = receivers.some((n) => n.kind === 'person' || n.kind === 'team');
    const out: Tie = {
      ...rest,
      id: tieIds.of(t.id),
      source: nodeIds.of(t.source),
      target: nodeIds.of(t.target),
      careTypes: healthReceiver ? t.careTypes.filter((c) => !HEALTH_CARE_TYPE_IDS.has(c)) : t.careTypes,
    };
    if (!touchesPerson && label !== undefined) out.label = label;
    if (!touchesPerson && fields !== undefined) out.fields = fields;
    outTies.push(out);
  }
  return { nodes: outNodes, ties: outTies };
}

/**
 * The copy of `doc` to share, with how its ids map and a summary of how people appear. Snapshots
 * follow the same rules; a person's consent is read from the map as it is now (a withdrawal
 * applies to the past too), or from the snapshot for someone no longer on the map. Pure; `doc` is
 * not changed. The copy carries no consent records, so sharing a copy again shows everyone in it
 * as a person without consent.
 */
export function shareMap(doc: CareMap, options: ShareOptions = DEFAULT_SHARE_OPTIONS): SharedMap {
  const grid = options.grid ?? APPROXIMATE_GRID;
  const current = new Map<string, CareNode>(doc.nodes.map((n) => [n.id, n]));
  const treatmentFor = (n: CareNode) => treatmentOf(current.get(n.id) ?? n, options);
  const nodeIds = new Renumber<NodeId>('n');
  const tieIds = new Renumber<TieId>('t');

  const main = shareNetwork(doc.nodes, doc.ties, treatmentFor, nodeIds, tieIds, grid);
  // The map's own ids first, so they do not depend on what the snapshots hold.
  const mainNodeIds = new Map(nodeIds.map) as Map<NodeId, NodeId>;
  const mainTieIds = new Map(tieIds.map) as Map<TieId, TieId>;
  const snapshots: Snapshot[] = doc.snapshots.map((s) => {
    const shared = shareNetwork(s.nodes, s.ties, treatmentFor, nodeIds, tieIds, grid);
    const { note: _note, ...rest } = s;
    return { ...rest, nodes: shared.nodes, ties: shared.ties };
  });

  const { centreNodeId, description: _description, ...kept } = doc.meta;
  const meta = { ...kept, title: options.title ?? kept.title };
  const centre = centreNodeId === undefined ? undefined : mainNodeIds.get(centreNodeId);
  const counts = { people: 0, byInitials: 0, byName: 0, asNeighbour: 0, byRole: 0, leftOut: 0 };
  for (const n of doc.nodes) {
    const t = treatmentOf(n, options);
    if (t === 'not_a_person') continue;
    counts.people++;
    if (t === 'initials') counts.byInitials++;
    else if (t === 'name') counts.byName++;
    else if (t === 'neighbour') counts.asNeighbour++;
    else if (t === 'role') counts.byRole++;
    else counts.leftOut++;
  }

  return {
    doc: {
      ...doc,
      meta: centre === undefined ? meta : { ...meta, centreNodeId: centre },
      nodes: main.nodes,
      ties: main.ties,
      records: [],
      snapshots,
    },
    nodeIds: mainNodeIds,
    tieIds: mainTieIds,
    summary: { ...counts, recordsLeftOut: doc.records.length },
  };
}
