// One person's support network as it is drawn, worked out once for the screen, the PDF and the
// pictures: the rings and sectors with everyone's place (src/model/support), the look of every
// node and tie with tie lines by frequency (lookOf), the ties drawn (those between people drawn),
// and the kinds of care each person gives the centre (the badge beside them; choosing a kind of
// care picks out who gives it). Pure: no renderer, no store.
import {
  type CareMap,
  type CareNode,
  layoutSupportNetwork,
  type NodeId,
  type SupportLayout,
  type SupportMember,
  readSupportNetwork,
} from '../model';
import { type HighlightInput, type Look, type LookInput, lookOf } from './look';
import type { Point } from './shapes';

export interface SupportSceneInput extends Omit<LookInput, 'focus' | 'focusSteps' | 'outOfFocus' | 'tieLines'> {
  /** Draw people linked to the centre only through someone else (default true). */
  readonly showIndirect?: boolean;
}

export interface SupportScene {
  readonly centre: CareNode;
  readonly members: ReadonlyMap<string, SupportMember>;
  readonly layout: SupportLayout;
  readonly look: Look;
  /** Where each drawn node is, the centre at (0, 0), in drawing units. */
  readonly positions: ReadonlyMap<string, Point>;
  /** The ties drawn: those with both ends drawn and not hidden by the look. */
  readonly tieIds: ReadonlySet<string>;
  /** The care type ids each person gives the centre (care ties towards the centre, or mutual), in first-given order. */
  readonly gives: ReadonlyMap<string, readonly string[]>;
  /** Radius of the outermost drawn band. */
  readonly radius: number;
}

/** The support network of `centre` as drawn, or null when there is no such node. */
export function supportSceneOf(doc: CareMap, centre: string, input: SupportSceneInput = {}): SupportScene | null {
  const network = readSupportNetwork(doc, centre);
  const layout = layoutSupportNetwork(doc, centre, { showIndirect: input.showIndirect ?? true });
  if (network === null || layout === null) return null;
  const look = lookOf(doc, { ...input, tieLines: 'frequency' });
  const positions = new Map<string, Point>();
  if (look.nodes.get(centre)?.state !== 'hidden') positions.set(centre, { x: 0, y: 0 });
  for (const p of layout.placed) if (look.nodes.get(p.id)?.state !== 'hidden') positions.set(p.id, { x: p.x, y: p.y });
  const tieIds = new Set<string>();
  for (const t of doc.ties)
    if (positions.has(t.source) && positions.has(t.target) && look.ties.get(t.id)?.state !== 'hidden') tieIds.add(t.id);
  const gives = new Map<string, string[]>();
  for (const m of network.members) {
    const kinds: string[] = [];
    for (const t of m.ties)
      if (t.kind === 'care' && (t.source === m.id || t.mutual) && t.strength !== 'inactive')
        for (const c of t.careTypes) if (!kinds.includes(c)) kinds.push(c);
    if (kinds.length > 0) gives.set(m.id, kinds);
  }
  const drawnBands = layout.bands.filter((b) => b.lanes.length > 0);
  return {
    centre: network.centre,
    members: new Map(network.members.map((m) => [m.id as string, m])),
    layout,
    look,
    positions,
    tieIds,
    gives,
    radius: drawnBands.at(-1)?.outer ?? 0,
  };
}

/** Who gives the centre `careType`, and the ties that carry it: what choosing a kind of care picks out. */
export function giversOf(scene: SupportScene, careType: string): HighlightInput {
  const nodeIds: NodeId[] = [];
  const tieIds: string[] = [];
  for (const [id, kinds] of scene.gives) {
    if (!kinds.includes(careType)) continue;
    nodeIds.push(id as NodeId);
    for (const t of scene.members.get(id)?.ties ?? [])
      if (t.kind === 'care' && t.careTypes.includes(careType) && (t.source === id || t.mutual)) tieIds.push(t.id);
  }
  return { nodeIds, tieIds };
}
