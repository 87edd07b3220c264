// The graph view's declarative input: the care map as cytoscape elements. Element data holds flat
// scalars only, because react-cytoscapejs diffs elements field by field, shallowly. Pure, so it is
// tested without a renderer.
import type { ElementDefinition } from 'cytoscape';

import type { CareMap, NodeKind } from '../../model';

/** Fill colour for each node kind (chosen for contrast with white labels' dark outline). */
export const NODE_COLOURS: Readonly<Record<NodeKind, string>> = {
  person: '#2f6fb0',
  group: '#2e8b57',
  organisation: '#7b4bb0',
  space: '#b86e00',
  team: '#c0392b',
  circle: '#0e7c80',
};

/** Nodes first, then ties. Saved positions go in `position`; nodes without one are laid out. */
export function toElements(doc: CareMap): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of doc.nodes) {
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        colour: NODE_COLOURS[n.kind],
        anchor: n.isAnchor === true ? 1 : 0,
      },
    };
    if (n.position !== undefined) el.position = { x: n.position.x, y: n.position.y };
    out.push(el);
  }
  for (const t of doc.ties) {
    out.push({
      group: 'edges',
      data: {
        id: t.id,
        source: t.source,
        target: t.target,
        kind: t.kind,
        mutual: t.mutual ? 1 : 0,
        strength: t.strength,
        label: t.label ?? '',
      },
    });
  }
  return out;
}

// Layouts are constants so the same choice is the same object: react-cytoscapejs re-runs the layout
// only when the layout prop changes, and edits must not reshuffle the graph.
const PRESET = { name: 'preset', fit: true, padding: 40 } as const;
const COSE = {
  name: 'cose',
  animate: false,
  randomize: true,
  fit: true,
  padding: 40,
  nodeRepulsion: 8000,
} as const;
const CONCENTRIC = {
  name: 'concentric',
  animate: false,
  fit: true,
  padding: 40,
  minNodeSpacing: 12,
} as const;

/** Which layout draws the map: its saved positions if every node has one, else one suited to its size. */
export function chooseLayout(doc: CareMap): typeof PRESET | typeof COSE | typeof CONCENTRIC {
  if (doc.nodes.length > 0 && doc.nodes.every((n) => n.position !== undefined)) return PRESET;
  // cose is pleasant for workshop-sized maps but slow beyond a few hundred nodes (TECH.md).
  return doc.nodes.length <= 250 ? COSE : CONCENTRIC;
}
