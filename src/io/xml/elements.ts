// The parts of reading GEXF and GraphML that are the same in both: one file of UTF-8 text, the
// map-level JSON our own writer embeds, and the loops over `<node>` and `<edge>` elements (ids
// checked and renamed where the model cannot hold them, ends resolved, labels tidied). Each format
// passes in how it reads an element's values: GEXF's `<attvalues>`, GraphML's `<data>`.
import { type CareMap, fail, problem, type Result } from '../../model';
import { decodeText, parseJsonSafely } from '../guard';
import { applyValue, type Draft, warnNodeRepairs } from '../table/assemble';
import type { FlatColumn } from '../table/columns';
import { IdMapper } from '../table/ids';
import { plural, type ReadReport } from '../table/report';
import { cleanLabel } from '../table/text';
import type { FileInput, ReadOptions } from '../types';
import { childrenNamed, parseXml, type XmlElement } from './parse';

/** The FileFormat reader of a one-file XML format: decode the bytes, then read the text. */
export function readOneXmlFile(
  files: readonly FileInput[],
  formatName: string,
  readText: (text: string, fileName: string, options: ReadOptions) => Result<CareMap>,
  options: ReadOptions,
): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) return fail([problem('', `${formatName} is read one file at a time; ${files.length} files were given`)]);
  const text = decodeText(file.name, file.bytes);
  if (!text.ok) return text;
  return readText(text.value, file.name, options);
}

/**
 * Parse a GEXF or GraphML text and find its graphs: the root must be `rootName` and hold at least
 * one `<graph>`. Problems name the file and the line.
 */
export function parseGraphFile(text: string, fileName: string, rootName: 'gexf' | 'graphml', formatName: string): Result<{ root: XmlElement; graphs: XmlElement[] }> {
  const parsed = parseXml(text, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const at = { file: fileName, line: root.line ?? 1 };
  if (root.name !== rootName) return fail([problem('', `is not a ${formatName} file: the root element is <${root.name}>, expected <${rootName}>`, at)]);
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length === 0) return fail([problem('', 'has no <graph> element', at)]);
  return { ok: true, value: { root, graphs }, warnings: [] };
}

/** Embedded map-level JSON, parsed safely; problems are placed at the element's line under `path`. */
export function readEmbedded(el: XmlElement, fileName: string, path: string): Result<{ value: unknown; line: number | undefined }> {
  const json = parseJsonSafely(el.text, fileName);
  if (!json.ok) return fail(json.problems.map((p) => ({ ...p, path: p.path === '' ? path : `${path}:${p.path}`, line: el.line })));
  return { ok: true, value: { value: json.value, line: el.line }, warnings: [] };
}

/**
 * A declared attribute: a GEXF `<attribute>` or a GraphML `<key>`. `name` is what values are
 * stored under (undefined for keys that carry drawing data only, such as yEd's graphics).
 */
export interface Declared {
  readonly name: string | undefined;
  readonly type: string | undefined;
  readonly defaultValue: string | undefined;
}

/** One value an element gives, by the id of its declaration. */
export interface DeclaredValue {
  readonly key: string;
  readonly text: string;
  readonly line: number | undefined;
}

/**
 * Apply an element's values under their declared names and types, then the declared defaults
 * for what the element left out. A value for an undeclared id is left out with a warning said
 * once per id, with its count. `undeclared` names the kind of declaration in that warning.
 */
export function applyDeclared(
  report: ReadReport,
  draft: Draft,
  columns: readonly FlatColumn[],
  values: readonly DeclaredValue[],
  declared: ReadonlyMap<string, Declared>,
  at: string,
  line: number | undefined,
  undeclared: string,
): void {
  const seen = new Set<string>();
  for (const v of values) {
    const decl = declared.get(v.key);
    if (decl === undefined) {
      report.tally(`undeclared ${undeclared} ${v.key}`, at, v.line, (n) => `${n === 1 ? 'a value' : `${n} values`} for the undeclared ${undeclared} "${v.key}" ${n === 1 ? 'was' : 'were'} left out`);
      continue;
    }
    seen.add(v.key);
    if (decl.name !== undefined) applyValue(report, draft, columns, decl.name, decl.type, v.text, at, v.line);
  }
  for (const [key, decl] of declared) {
    if (!seen.has(key) && decl.defaultValue !== undefined && decl.name !== undefined) applyValue(report, draft, columns, decl.name, decl.type, decl.defaultValue, at, line);
  }
}

/** How a format reads the values of one `<node>` or `<edge>` into its draft. */
export type ReadValues = (el: XmlElement, draft: Draft, at: string) => void;

/**
 * Read `<node>` elements into drafts: a missing or repeated id is a problem (naming the line of
 * the first), ids the model refuses are renamed through `nodeIds`, the label is the one the
 * values gave, else the element's `label` attribute, tidied, else the id.
 */
export function readNodeElements(report: ReadReport, els: readonly XmlElement[], nodeIds: IdMapper, readValues: ReadValues): Draft[] {
  const firstLine = new Map<string, number | undefined>();
  const nodes: Draft[] = [];
  let relabelled = 0;
  els.forEach((el, i) => {
    const at = `nodes[${i}]`;
    const original = el.attrs.get('id');
    if (original === undefined) return report.error(`${at}.id`, 'a <node> has no id', el.line);
    if (firstLine.has(original)) {
      return report.error(`${at}.id`, `duplicate node id "${original}" (first on line ${firstLine.get(original) ?? '?'})`, el.line);
    }
    firstLine.set(original, el.line);
    const draft: Draft = { value: { id: nodeIds.map(original) }, line: el.line };
    readValues(el, draft, at);
    const read = draft.value.label;
    const { label, changed } = cleanLabel(typeof read === 'string' ? read : el.attrs.get('label'), original);
    if (changed) relabelled++;
    draft.value.label = label;
    nodes.push(draft);
  });
  warnNodeRepairs(report, relabelled, nodeIds.renamed);
  return nodes;
}

/**
 * Read `<edge>` elements (GEXF and GraphML spell their ends and ids alike) into tie drafts: ends
 * mapped through the node ids, an edge with a missing or unknown end reported. An edge without
 * an id gets a fresh one; a repeated id gets a new one with a warning (nothing refers to edges by
 * id, and networkx writes a multigraph's edge keys, which repeat across pairs, as edge ids).
 */
export function readEdgeElements(report: ReadReport, els: readonly XmlElement[], nodeIds: IdMapper, readValues: ReadValues): Draft[] {
  const tieIds = new IdMapper('t');
  const seen = new Map<string, number | undefined>();
  const ties: Draft[] = [];
  els.forEach((el, j) => {
    const at = `ties[${j}]`;
    const ends: string[] = [];
    for (const end of ['source', 'target'] as const) {
      const original = el.attrs.get(end);
      const id = original === undefined ? undefined : nodeIds.get(original);
      if (original === undefined) report.error(`${at}.${end}`, `an <edge> has no ${end}`, el.line);
      else if (id === undefined) report.error(`${at}.${end}`, `no node "${original}"`, el.line);
      else ends.push(id);
    }
    if (ends.length < 2) return;
    const originalId = el.attrs.get('id');
    if (originalId !== undefined && seen.has(originalId)) {
      const first = seen.get(originalId);
      report.tally('repeated edge ids', `${at}.id`, el.line, (n) =>
        `${plural(n, 'edge has', 'edges have')} an id an earlier edge already has (the first, "${originalId}", was first used on line ${first ?? '?'}); ${n === 1 ? 'it was' : 'they were'} given new ids`,
      );
    } else if (originalId !== undefined) seen.set(originalId, el.line);
    const id = originalId === undefined ? tieIds.fresh() : tieIds.unique(originalId);
    const draft: Draft = { value: { id, source: ends[0], target: ends[1] }, line: el.line };
    readValues(el, draft, at);
    ties.push(draft);
  });
  if (tieIds.renamed > 0) report.warn('ties', `${tieIds.renamed} edge ids had spaces or other characters ids cannot hold and were renamed`);
  return ties;
}
