// Small builders for test documents, in the spirit of excalidraw's tests/helpers/api.ts.
// Ids are given explicitly so expected values can be written by hand.
import {
  type CareMap,
  type CareNode,
  createMap,
  makeNode,
  makeTie,
  type NodeId,
  type NodeKind,
  type Tie,
  type TieId,
  type TieKind,
} from '../../src/model';

export const FIXED_NOW = '2026-01-15T10:00:00.000Z';

/** A map holding the given nodes and ties, with a fixed id and timestamps. */
export function makeMap(nodes: CareNode[] = [], ties: Tie[] = [], title = 'Test map'): CareMap {
  const doc = createMap({ title, now: FIXED_NOW });
  return { ...doc, id: 'map-test' as CareMap['id'], nodes, ties };
}

export function node(id: string, kind: NodeKind = 'person', label = id, extra: Partial<CareNode> = {}): CareNode {
  return makeNode(kind, label, { id: id as NodeId, ...extra });
}

export function person(id: string, label = id, extra: Partial<CareNode> = {}): CareNode {
  return node(id, 'person', label, extra);
}

export function tie(id: string, source: string, target: string, extra: Partial<Tie> & { kind?: TieKind } = {}): Tie {
  const { kind = 'care', ...rest } = extra;
  return makeTie(kind, source as NodeId, target as NodeId, { id: id as TieId, ...rest });
}

/**
 * Plain care ties from space-separated 'source-target' pairs, with ids `${prefix}1`, `${prefix}2`…
 * in order: `ties('a-b b-c')` is `[tie('1', 'a', 'b'), tie('2', 'b', 'c')]`.
 */
export function ties(pairs: string, prefix = ''): Tie[] {
  return pairs
    .trim()
    .split(/\s+/)
    .map((pair, i) => {
      const [source, target, ...rest] = pair.split('-');
      if (source === undefined || target === undefined || rest.length > 0) {
        throw new Error(`"${pair}" is not source-target`);
      }
      return tie(`${prefix}${i + 1}`, source, target);
    });
}

/** The tie with this id in a map, if any. */
export function tieIn(doc: CareMap, id: string): Tie | undefined {
  return doc.ties.find((t) => t.id === id);
}
