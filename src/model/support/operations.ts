// Pure operations on one person's support network: choosing the centre, starting a personal map
// from its person, marking who could join the team, moving someone to another ring (which sets
// the closeness of their ties with the centre) and remembering where people sit. Like every
// model operation they return a new document and leave their input alone; the store wraps each
// in one named, undoable action.
import type { Closeness, PersonRole } from '../catalogues';
import { createMap, makeNode, makeTie, type NewMapOptions } from '../create';
import { newId, type NodeId } from '../ids';
import { addNodes, addTies, updateMeta, updateTies } from '../operations';
import { getRecords, upsertRecord } from '../records';
import type { CareMap } from '../schema';
import { readSupportNetwork, tiesBetween } from './network';
import { placeSupportNetwork, type PlacementOptions, type SupportLayout } from './placement';
import type { SupportNetworkRecord, SupportRing } from './schema';

// ---------------------------------------------------------------- the centre

/** The centre of a personal map: `meta.centreNodeId` when the map is personal and that node exists. */
export function personalCentre(doc: CareMap): NodeId | null {
  const id = doc.meta.centreNodeId;
  if (doc.meta.scope !== 'personal' || id === undefined) return null;
  return doc.nodes.some((n) => n.id === id) ? id : null;
}

/** Put a node at the centre of the map (or clear the centre with `undefined`). Callers check it is a person. */
export function setCentre(doc: CareMap, id: NodeId | undefined): CareMap {
  if (doc.meta.centreNodeId === id) return doc;
  return updateMeta(doc, { centreNodeId: id });
}

/** "Mrs A.'s support network": the default title of a personal map. */
export function personalMapTitle(label: string): string {
  return `${label}'s support network`.slice(0, 200);
}

export interface NewPersonalMapOptions extends Omit<NewMapOptions, 'scope' | 'title'> {
  /** Defaults to personalMapTitle(centre.label). */
  readonly title?: string;
  /** The person the map is about, asked for first. */
  readonly centre: { readonly label: string; readonly roles?: readonly PersonRole[]; readonly id?: NodeId };
}

/** A new personal care map holding one person, who is its centre. */
export function createPersonalMap(options: NewPersonalMapOptions): CareMap {
  const { centre, title, ...rest } = options;
  const person = makeNode('person', centre.label, {
    roles: [...(centre.roles ?? [])],
    ...(centre.id !== undefined ? { id: centre.id } : {}),
  });
  const doc = createMap({ ...rest, title: title ?? personalMapTitle(centre.label), scope: 'personal' });
  return setCentre(addNodes(doc, [person]), person.id);
}

// ---------------------------------------------------------------- the record

/** The support network record of `centre`, if the map has one (the first, should there be two). */
export function supportRecord(doc: CareMap, centre: string): SupportNetworkRecord | undefined {
  return getRecords(doc, 'supportNetwork').find((r) => r.centre === centre);
}

function nodeIds(doc: CareMap): Set<string> {
  return new Set(doc.nodes.map((n) => n.id));
}

/** Remembered places in the drawing of `centre`'s network, for nodes still on the map. */
export function rememberedPlaces(doc: CareMap, centre: string): Map<string, number> {
  const ids = nodeIds(doc);
  return new Map(
    (supportRecord(doc, centre)?.places ?? []).filter((p) => ids.has(p.node)).map((p) => [p.node, p.along]),
  );
}

/** People marked as able to join `centre`'s team, in the order marked (nodes still on the map). */
export function teamCandidates(doc: CareMap, centre: string): NodeId[] {
  const ids = nodeIds(doc);
  return (supportRecord(doc, centre)?.teamCandidates ?? []).filter((id) => ids.has(id));
}

/**
 * Write `centre`'s record through `update`, creating it when missing and dropping references to
 * nodes no longer on the map. Returns `doc` itself when the record comes out unchanged.
 */
function writeRecord(
  doc: CareMap,
  centre: NodeId,
  update: (r: SupportNetworkRecord) => SupportNetworkRecord,
): CareMap {
  const old = supportRecord(doc, centre);
  const ids = nodeIds(doc);
  const base: SupportNetworkRecord = old ?? {
    id: newId('sn'),
    type: 'supportNetwork',
    centre,
    teamCandidates: [],
    places: [],
  };
  const next = update(base);
  const record: SupportNetworkRecord = {
    ...next,
    teamCandidates: next.teamCandidates.filter((id) => ids.has(id)),
    places: next.places.filter((p) => ids.has(p.node)),
  };
  if (old !== undefined && JSON.stringify(record) === JSON.stringify(old)) return doc;
  const result = upsertRecord(doc, record);
  // The record is built from checked parts, so a refusal here is a bug, not bad input.
  if (!result.ok)
    throw new Error(`supportNetwork record refused: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.value;
}

/** Mark (or unmark) `node` as able to join `centre`'s team. */
export function setTeamCandidate(doc: CareMap, centre: NodeId, node: NodeId, candidate: boolean): CareMap {
  return writeRecord(doc, centre, (r) => {
    const has = r.teamCandidates.includes(node);
    if (has === candidate) return r;
    return {
      ...r,
      teamCandidates: candidate ? [...r.teamCandidates, node] : r.teamCandidates.filter((id) => id !== node),
    };
  });
}

/** Remember where people sit in their sector (0–1, clamped), replacing what was remembered for them. */
export function rememberPlaces(doc: CareMap, centre: NodeId, places: ReadonlyMap<NodeId, number>): CareMap {
  return writeRecord(doc, centre, (r) => {
    const kept = r.places.filter((p) => !places.has(p.node));
    const added = [...places]
      .filter(([, along]) => Number.isFinite(along))
      .map(([node, along]) => ({ node, along: Math.min(1, Math.max(0, along)) }));
    return { ...r, places: [...kept, ...added] };
  });
}

// ---------------------------------------------------------------- rings

/**
 * Put `node` on a ring of `centre`'s network: every care tie between the two gets that closeness
 * ('none' clears it). With no care tie between them, a ring needs one, so a care tie from `node`
 * to the centre is added (no kinds of care yet); 'none' adds one only for someone not tied to the
 * centre at all, making them a direct contact.
 */
export function setRing(doc: CareMap, centre: NodeId, node: NodeId, ring: Closeness | 'none'): CareMap {
  const closeness = ring === 'none' ? undefined : ring;
  const between = tiesBetween(doc, centre, node);
  const care = between.filter((t) => t.kind === 'care');
  if (care.length > 0) {
    const changed = care.filter((t) => t.closeness !== closeness).map((t) => t.id);
    return changed.length === 0 ? doc : updateTies(doc, changed, { closeness });
  }
  if (closeness === undefined && between.length > 0) return doc;
  return addTies(doc, [makeTie('care', node, centre, closeness === undefined ? {} : { closeness })]);
}

/**
 * A person dropped in the drawing: onto a ring (see setRing; 'beyond' leaves their ties alone)
 * and at a place in their sector, remembered. One change, so one undo step.
 */
export function placeInSupportNetwork(
  doc: CareMap,
  centre: NodeId,
  node: NodeId,
  drop: { readonly ring: SupportRing; readonly along: number },
): CareMap {
  const ringed = drop.ring === 'beyond' ? doc : setRing(doc, centre, node, drop.ring);
  return rememberPlaces(ringed, centre, new Map([[node, drop.along]]));
}

/** Read and lay out `centre`'s network with its remembered places, or null when there is no such node. */
export function layoutSupportNetwork(
  doc: CareMap,
  centre: string,
  options: PlacementOptions = {},
): SupportLayout | null {
  const network = readSupportNetwork(doc, centre);
  return network === null ? null : placeSupportNetwork(network, rememberedPlaces(doc, centre), options);
}
