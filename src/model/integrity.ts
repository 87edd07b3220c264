// Rules that span records, checked on every load and after every import: unique ids, no tie to a
// missing node, no self-ties, kind-specific fields on the right kinds of tie and node, dates in
// order, care types that exist. Field-level rules (types, ranges) are in schema.ts.
import { COLLECTIVE_KINDS, type NodeKind, type TieKind } from './catalogues';
import { type Problem, problem, warning } from './problems';
import { checkRecords } from './records';
import type { CareMap, CareNode, Tie } from './schema';

/** Which node kinds each tie kind may join, as [allowed sources, allowed targets]; undefined = any. */
const TIE_ENDPOINTS: Partial<Record<TieKind, [readonly NodeKind[] | undefined, readonly NodeKind[] | undefined]>> = {
  membership: [['person', 'team', 'circle', 'group', 'organisation'], ['team', 'circle']],
  hosted_at: [undefined, ['space']],
  double_link: [['circle', 'team'], ['circle']],
};

const CARE_ONLY_FIELDS = ['formality', 'payment', 'frequency', 'hoursPerWeek', 'closeness', 'inSupportPlan'] as const;
const MEMBERSHIP_ONLY_FIELDS = ['participation', 'ownerConsented', 'memberConsented'] as const;

// Paths such as `ties[12].target` are built only for a problem: a big map has tens of thousands of
// valid records, and building a path for each cost more than the checks.

function checkNodes(nodes: readonly CareNode[], careTypeIds: ReadonlySet<string>, base: string, out: Problem[]): Map<string, CareNode> {
  const byId = new Map<string, CareNode>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as CareNode;
    if (byId.has(node.id)) out.push(problem(`${base}nodes[${i}].id`, `duplicate node id "${node.id}"`));
    else byId.set(node.id, node);
    if (node.kind !== 'person' && node.roles.length > 0) {
      out.push(problem(`${base}nodes[${i}].roles`, `only people carry roles; "${node.label}" is a ${node.kind}`));
    }
    if (node.kind === 'person' && node.category !== undefined) {
      out.push(problem(`${base}nodes[${i}].category`, `a person has roles, not an actor category`));
    }
    if (node.isAnchor === true && !COLLECTIVE_KINDS.includes(node.kind)) {
      out.push(problem(`${base}nodes[${i}].isAnchor`, `only groups, organisations and spaces can be anchors`));
    }
    if (node.validFrom !== undefined && node.validTo !== undefined && node.validTo < node.validFrom) {
      out.push(problem(`${base}nodes[${i}].validTo`, `ends (${node.validTo}) before it starts (${node.validFrom})`));
    }
    for (const field of ['careOffered', 'careNeeded'] as const) {
      const list = node[field];
      for (let j = 0; j < list.length; j++) {
        const ct = list[j] as string;
        if (!careTypeIds.has(ct)) out.push(problem(`${base}nodes[${i}].${field}[${j}]`, `no care type "${ct}" in this map's list`));
      }
    }
  }
  return byId;
}

function checkTies(ties: readonly Tie[], nodes: Map<string, CareNode>, careTypeIds: ReadonlySet<string>, base: string, out: Problem[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < ties.length; i++) {
    const tie = ties[i] as Tie;
    if (seen.has(tie.id)) out.push(problem(`${base}ties[${i}].id`, `duplicate tie id "${tie.id}"`));
    seen.add(tie.id);
    const source = nodes.get(tie.source);
    const target = nodes.get(tie.target);
    if (source === undefined) out.push(problem(`${base}ties[${i}].source`, `no node "${tie.source}"`));
    if (target === undefined) out.push(problem(`${base}ties[${i}].target`, `no node "${tie.target}"`));
    if (tie.source === tie.target) out.push(problem(`${base}ties[${i}]`, `a tie cannot join "${tie.source}" to itself`));
    const rule = TIE_ENDPOINTS[tie.kind];
    if (rule !== undefined) {
      const [sources, targets] = rule;
      if (source !== undefined && sources !== undefined && !sources.includes(source.kind)) {
        out.push(problem(`${base}ties[${i}].source`, `a ${tie.kind} tie cannot start at a ${source.kind}`));
      }
      if (target !== undefined && targets !== undefined && !targets.includes(target.kind)) {
        out.push(problem(`${base}ties[${i}].target`, `a ${tie.kind} tie must end at a ${targets.join(' or ')}, not a ${target.kind}`));
      }
    }
    if (tie.kind !== 'care') {
      for (const f of CARE_ONLY_FIELDS) {
        if (tie[f] !== undefined) out.push(problem(`${base}ties[${i}].${f}`, `only care ties carry "${f}"`));
      }
    }
    if (tie.kind !== 'membership') {
      for (const f of MEMBERSHIP_ONLY_FIELDS) {
        if (tie[f] !== undefined) out.push(problem(`${base}ties[${i}].${f}`, `only membership ties carry "${f}"`));
      }
    }
    if (tie.partnershipStatus !== undefined && tie.kind !== 'partnership') {
      out.push(problem(`${base}ties[${i}].partnershipStatus`, `only partnership ties carry a partnership status`));
    }
    if (tie.commonsStatus !== undefined && tie.kind !== 'commons_membership') {
      out.push(problem(`${base}ties[${i}].commonsStatus`, `only commons membership ties carry a commons status`));
    }
    if (tie.since !== undefined && tie.until !== undefined && tie.until < tie.since) {
      out.push(problem(`${base}ties[${i}].until`, `ends (${tie.until}) before it starts (${tie.since})`));
    }
    const cts = tie.careTypes;
    for (let j = 0; j < cts.length; j++) {
      const ct = cts[j] as string;
      if (!careTypeIds.has(ct)) out.push(problem(`${base}ties[${i}].careTypes[${j}]`, `no care type "${ct}" in this map's list`));
    }
  }
}

/**
 * Check a schema-valid document's cross-record rules. Returns every problem found (errors and
 * warnings), each with its path, e.g. `ties[12].target: no node "n-77"`. An empty list means the
 * document may be opened.
 */
export function checkIntegrity(doc: CareMap): Problem[] {
  const out: Problem[] = [];
  const careTypeIds = new Set<string>();
  doc.careTypes.forEach((ct, i) => {
    if (careTypeIds.has(ct.id)) out.push(problem(`careTypes[${i}].id`, `duplicate care type id "${ct.id}"`));
    careTypeIds.add(ct.id);
  });
  const nodes = checkNodes(doc.nodes, careTypeIds, '', out);
  checkTies(doc.ties, nodes, careTypeIds, '', out);
  if (doc.meta.centreNodeId !== undefined && !nodes.has(doc.meta.centreNodeId)) {
    out.push(problem('meta.centreNodeId', `no node "${doc.meta.centreNodeId}"`));
  }
  const ids = new Set<string>();
  doc.overlays.forEach((o, i) => {
    if (ids.has(o.id)) out.push(problem(`overlays[${i}].id`, `duplicate overlay id "${o.id}"`));
    ids.add(o.id);
  });
  const recordIds = new Set<string>();
  doc.records.forEach((r, i) => {
    if (recordIds.has(r.id)) out.push(problem(`records[${i}].id`, `duplicate record id "${r.id}"`));
    recordIds.add(r.id);
  });
  const snapshotIds = new Set<string>();
  doc.snapshots.forEach((s, i) => {
    if (snapshotIds.has(s.id)) out.push(problem(`snapshots[${i}].id`, `duplicate snapshot id "${s.id}"`));
    snapshotIds.add(s.id);
    const base = `snapshots[${i}].`;
    // A snapshot that kept its own care-type list is checked against it, so editing the map's
    // list later never makes an old snapshot invalid.
    let snapTypes: ReadonlySet<string> = careTypeIds;
    if (s.careTypes !== undefined) {
      const own = new Set<string>();
      s.careTypes.forEach((ct, j) => {
        if (own.has(ct.id)) out.push(problem(`${base}careTypes[${j}].id`, `duplicate care type id "${ct.id}"`));
        own.add(ct.id);
      });
      snapTypes = own;
    }
    const snapNodes = checkNodes(s.nodes, snapTypes, base, out);
    checkTies(s.ties, snapNodes, snapTypes, base, out);
    if (s.centreNodeId !== undefined && !snapNodes.has(s.centreNodeId)) {
      out.push(problem(`${base}centreNodeId`, `no node "${s.centreNodeId}" in this snapshot`));
    }
  });
  if (doc.meta.updatedAt < doc.meta.createdAt) {
    out.push(warning('meta.updatedAt', 'is earlier than meta.createdAt'));
  }
  // Governance, survey and assessment records: each known type against its schema, then the
  // rules across records and nodes (dangling node references are warnings; see records.ts).
  out.push(...checkRecords(doc));
  return out;
}
