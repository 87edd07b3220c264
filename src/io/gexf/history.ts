// A map's history as Gephi's dynamic GEXF: every node and tie that was ever in the map — in its
// snapshots or now — written once (with its latest data), with the spells when it was there, so
// Gephi's timeline plays the map from its first snapshot to today. The states, oldest first, are
// the snapshots by date and then the map as it is (dated its last change, or the last snapshot's
// day if that is later). Of several states on one day the last one counts. An element present in
// one state is there from that state's day until the day of the next state that lacks it; one
// present in the last state has no end. Reading such a file back gives every element ever there
// (this is an export for Gephi and networkx; the native file keeps the snapshots themselves).
import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import { serializeGexf, type Spell } from './write';

interface State {
  readonly day: string;
  readonly nodes: readonly CareNode[];
  readonly ties: readonly Tie[];
}

/** The map's states, oldest first, one per day. */
function statesOf(doc: CareMap): State[] {
  const snaps = doc.snapshots
    .map((s, i) => ({ s, i }))
    .sort((x, y) => (x.s.takenAt < y.s.takenAt ? -1 : x.s.takenAt > y.s.takenAt ? 1 : x.i - y.i))
    .map(({ s }): State => ({ day: s.takenAt, nodes: s.nodes, ties: s.ties }));
  const lastDay = snaps.at(-1)?.day ?? '';
  const today = doc.meta.updatedAt.slice(0, 10);
  const all = [...snaps, { day: today > lastDay ? today : lastDay, nodes: doc.nodes, ties: doc.ties }];
  return all.filter((st, i) => all[i + 1]?.day !== st.day);
}

/**
 * When each node and tie was in the map (by id), and every element ever there with the data of
 * the last state that had it, nodes and ties in order of first appearance.
 */
export function mapHistory(doc: CareMap): { spells: Map<string, Spell[]>; nodes: CareNode[]; ties: Tie[] } {
  const states = statesOf(doc);
  const spells = new Map<string, Spell[]>();
  const nodes = new Map<string, CareNode>();
  const ties = new Map<string, Tie>();
  states.forEach((st, i) => {
    const next = states[i + 1];
    const present = (id: string) => {
      const list = spells.get(id) ?? [];
      const open = list.at(-1);
      if (open !== undefined && open.end === states[i]?.day) list[list.length - 1] = { start: open.start, ...(next ? { end: next.day } : {}) };
      else list.push({ start: st.day, ...(next ? { end: next.day } : {}) });
      spells.set(id, list);
    };
    for (const n of st.nodes) {
      nodes.set(n.id, n);
      present(n.id);
    }
    for (const t of st.ties) {
      ties.set(t.id, t);
      present(t.id);
    }
  });
  return { spells, nodes: [...nodes.values()], ties: [...ties.values()] };
}

/** The dynamic GEXF text of a map's history (see the header). */
export function serializeGexfHistory(doc: CareMap): string {
  const { spells, nodes, ties } = mapHistory(doc);
  return serializeGexf({ ...doc, nodes, ties }, spells);
}

/** One `<baseName>-history.gexf` file. */
export function writeGexfHistory(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}-history.gexf`, mimeType: 'application/gexf+xml', bytes: new TextEncoder().encode(serializeGexfHistory(doc)) }];
}
