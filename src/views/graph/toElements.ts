// The graph view's declarative input: the care map as cytoscape elements. Element data holds flat
// scalars only (the canvas patches elements by comparing data shallowly, as react-cytoscapejs
// does), every visual decision that depends on the record is made here (label lines, line
// style, width, arrows), and the stylesheet only maps those fields. Pure, so it is tested
// without a renderer.
import type { ElementDefinition } from 'cytoscape';

import { type CareMap, type CareNode, type NodeKind, tieSide, type Visible } from '../../model';
import { DIRECTED_TIE_KINDS, KIND_LOOKS, roleLine, tieWidth, TIE_LOOKS } from '../look';

/** Fill colour of each node kind (the palette's), for views that colour by kind (the map view). */
export const NODE_COLOURS: Readonly<Record<NodeKind, string>> = {
  person: KIND_LOOKS.person.colour,
  group: KIND_LOOKS.group.colour,
  organisation: KIND_LOOKS.organisation.colour,
  space: KIND_LOOKS.space.colour,
  team: KIND_LOOKS.team.colour,
  circle: KIND_LOOKS.circle.colour,
};

export interface ToElementsOptions {
  /** Only these nodes and ties are drawn (filters, focus); everything when omitted. */
  readonly visible?: Visible;
  /** Where to draw nodes that have no saved position (see placement.ts). */
  readonly placed?: ReadonlyMap<string, { x: number; y: number }>;
}

/** The text under a node: its name, and for people a second line with their roles. */
export function nodeCaption(node: CareNode): string {
  const roles = node.kind === 'person' ? roleLine(node.roles) : '';
  return roles === '' ? node.label : `${node.label}\n${roles}`;
}

/**
 * Nodes first, then ties. A node gets `position` from the document, else from `placed`, else
 * none (a layout will place it). Node data: id, label, caption, kind, anchor (1/0), pinned (1/0).
 * Tie data: id, source, target, kind, line ('solid' formal care, 'dashed' informal care, 'dotted'
 * other kinds), width (palette `tieWidth`), arrowTarget/arrowSource ('triangle', 'vee' or
 * 'none'), faded (1 for inactive ties), label.
 */
export function toElements(doc: CareMap, options: ToElementsOptions = {}): ElementDefinition[] {
  const { visible, placed } = options;
  const out: ElementDefinition[] = [];
  const byId = new Map<string, CareNode>();
  for (const n of doc.nodes) {
    byId.set(n.id, n);
    if (visible !== undefined && !visible.nodeIds.has(n.id)) continue;
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        caption: nodeCaption(n),
        kind: n.kind,
        anchor: n.isAnchor === true ? 1 : 0,
        pinned: n.position?.pinned === true ? 1 : 0,
      },
    };
    const at = n.position ?? placed?.get(n.id);
    if (at !== undefined) el.position = { x: at.x, y: at.y };
    out.push(el);
  }
  for (const t of doc.ties) {
    if (visible !== undefined && !visible.tieIds.has(t.id)) continue;
    const care = t.kind === 'care';
    const line = care ? TIE_LOOKS[tieSide(t, byId.get(t.source))].line : TIE_LOOKS.other.line;
    const head = care ? 'triangle' : DIRECTED_TIE_KINDS.has(t.kind) ? 'vee' : 'none';
    out.push({
      group: 'edges',
      data: {
        id: t.id,
        source: t.source,
        target: t.target,
        kind: t.kind,
        line,
        width: tieWidth(t.kind, t.hoursPerWeek, t.closeness),
        arrowTarget: head,
        arrowSource: t.mutual && head !== 'none' ? head : 'none',
        faded: t.strength === 'inactive' ? 1 : 0,
        label: t.label ?? '',
      },
    });
  }
  return out;
}
