// What other tools put in GraphML beyond typed keys, read into a draft after its `<data>`:
// yEd keeps a node's label, place and fill colour in its own graphics elements (`y:NodeLabel`,
// `y:Geometry`, `y:Fill`, and `y:EdgeLabel` on edges); Gephi writes colour as three int keys
// `r`, `g`, `b` and an edge's label as "Edge Label"; igraph names vertices with a `name` key;
// GraphML's own `<desc>` describes any element. Positions from other tools are not pinned, so
// the graph view's layout may move them.
import { addField, type Draft } from '../table/assemble';
import { COLOR_FIELD, colourFrom, colourText, parseColour, WEIGHT_FIELD } from '../table/viz';
import type { XmlElement } from '../xml/parse';

/** The first element named `name` below `el` (depth first), e.g. yEd's NodeLabel inside a ShapeNode. */
function findBelow(el: XmlElement, name: string, keep: (found: XmlElement) => boolean = () => true): XmlElement | undefined {
  for (const child of el.children) {
    if (child.name === name && keep(child)) return child;
    const deeper = findBelow(child, name, keep);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

const hasText = (el: XmlElement) => el.text.trim() !== '';

/** Move custom field `from` to the column `to` when the column is empty; true when moved. */
function promote(draft: Draft, from: string, set: (text: string) => void): boolean {
  const v = draft.fields?.[from];
  if (typeof v !== 'string' || v.trim() === '') return false;
  set(v);
  delete draft.fields?.[from];
  return true;
}

/**
 * A node's label, place and colour from yEd graphics and other tools' conventions, where its keys
 * gave none. `ownFile`: the file is Carewealth's, whose positions say themselves whether pinned.
 */
export function readNodeConventions(el: XmlElement, draft: Draft, ownFile: boolean): void {
  const v = draft.value;
  const graphics = el.children.filter((c) => c.name === 'data');
  if (v.label === undefined) {
    for (const data of graphics) {
      const label = findBelow(data, 'NodeLabel', hasText);
      if (label !== undefined) {
        v.label = label.text.trim();
        break;
      }
    }
  }
  if (v.label === undefined) {
    const desc = el.children.find((c) => c.name === 'desc' && hasText(c));
    if (desc !== undefined) v.label = desc.text;
    else promote(draft, 'name', (text) => (v.label = text));
  }
  if (v.position === undefined) {
    const geometry = graphics.map((d) => findBelow(d, 'Geometry')).find((g) => g !== undefined);
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(geometry?.attrs.get(k) ?? Number.NaN));
    // yEd gives the top-left corner; the graph view places a node by its centre
    if ([x, y].every(Number.isFinite)) v.position = { x: (x as number) + (Number.isFinite(w) ? (w as number) / 2 : 0), y: (y as number) + (Number.isFinite(h) ? (h as number) / 2 : 0), pinned: false };
  }
  const position = v.position as Record<string, unknown> | undefined;
  if (!ownFile && position !== undefined && !draft.sources?.has('position.pinned')) position.pinned = false;
  readColour(graphics, draft);
}

/** An edge's label from yEd graphics, Gephi's "Edge Label" or `<desc>`; a weight that only repeats hoursPerWeek is dropped. */
export function readEdgeConventions(el: XmlElement, draft: Draft): void {
  const v = draft.value;
  const graphics = el.children.filter((c) => c.name === 'data');
  if (v.label === undefined && !promote(draft, 'Edge Label', (text) => (v.label = text))) {
    const label = graphics.map((d) => findBelow(d, 'EdgeLabel', hasText)).find((l) => l !== undefined);
    const desc = el.children.find((c) => c.name === 'desc' && hasText(c));
    if (label !== undefined) v.label = label.text.trim();
    else if (desc !== undefined) v.label = desc.text;
  }
  // our writer repeats hoursPerWeek as the weight when the tie has no weight of its own
  if (draft.fields?.[WEIGHT_FIELD] !== undefined && draft.fields[WEIGHT_FIELD] === v.hoursPerWeek) delete draft.fields[WEIGHT_FIELD];
  readColour(graphics, draft);
}

/** Gephi's `r`, `g`, `b` fields, or yEd's fill or line colour, as the one `color` field. */
function readColour(graphics: readonly XmlElement[], draft: Draft): void {
  const f = draft.fields;
  if (f !== undefined && parseColour(f[COLOR_FIELD]) === undefined) {
    const rgb = colourFrom(String(f.r ?? ''), String(f.g ?? ''), String(f.b ?? ''));
    if (rgb !== undefined) {
      delete f.r;
      delete f.g;
      delete f.b;
      addField(draft, COLOR_FIELD, colourText(rgb));
      return;
    }
  }
  const fill = graphics.map((d) => findBelow(d, 'Fill') ?? findBelow(d, 'LineStyle')).find((e) => e !== undefined);
  const colour = parseColour(fill?.attrs.get('color'));
  if (colour !== undefined && fill?.attrs.get('transparent') !== 'true') addField(draft, COLOR_FIELD, colourText(colour));
}
