// Building blank documents, nodes and ties with the defaults the schema would fill in. These are
// the only constructors the app, the importers and the tests use, so defaults live in one place.
import { DEFAULT_CARE_TYPES, FORMAL_CATEGORIES, type MapScope, type NodeKind, type TieKind } from './catalogues';
import { newMapId, newNodeId, newTieId, type NodeId } from './ids';
import { type CareMap, type CareNode, DOCUMENT_TYPE, SCHEMA_VERSION, type Tie } from './schema';

export interface NewMapOptions {
  title: string;
  scope?: MapScope;
  description?: string;
  /** ISO date-time used for createdAt/updatedAt; defaults to now. */
  now?: string;
}

/** A new, empty map with the default care-type list. */
export function createMap(options: NewMapOptions): CareMap {
  const now = options.now ?? new Date().toISOString();
  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: newMapId(),
    meta: {
      title: options.title,
      scope: options.scope ?? 'community',
      ...(options.description !== undefined ? { description: options.description } : {}),
      createdAt: now,
      updatedAt: now,
    },
    careTypes: DEFAULT_CARE_TYPES.map((c) => ({ ...c })),
    nodes: [],
    ties: [],
    overlays: [],
    records: [],
    snapshots: [],
  };
}

/** A node of the given kind with every list field empty; `extra` overrides anything. */
export function makeNode(kind: NodeKind, label: string, extra: Partial<CareNode> = {}): CareNode {
  const node: CareNode = {
    id: newNodeId(),
    kind,
    label,
    roles: [],
    careOffered: [],
    careNeeded: [],
    tags: [],
    ...extra,
  };
  if (node.formality === undefined && node.category !== undefined && FORMAL_CATEGORIES.includes(node.category)) {
    node.formality = 'formal';
  }
  return node;
}

/** A tie with the schema's defaults (not mutual, no care types, strength "unclassified"). */
export function makeTie(kind: TieKind, source: NodeId, target: NodeId, extra: Partial<Tie> = {}): Tie {
  return {
    id: newTieId(),
    kind,
    source,
    target,
    mutual: false,
    careTypes: [],
    strength: 'unclassified',
    ...extra,
  };
}
