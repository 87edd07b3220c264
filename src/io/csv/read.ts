// Reading the plain CSV pair (ours, or hand-made in a spreadsheet) into a care map. Which file
// is which is told by the header: `source` and `target` columns make a ties file, an `id`
// column a nodes file. Headers are matched without regard to case; unknown columns become text
// custom fields. Empty cells mean "not set". A ties file alone is accepted: its ends become
// people labelled with their ids (with a warning). Comma, semicolon and tab separators are
// recognised, since spreadsheets in many countries save with semicolons.
import { type CareMap, fail, problem, type Problem, type Result } from '../../model';
import { decodeText } from '../guard';
import { applyValue, assembleMap, type Draft, warnNodeRepairs } from '../table/assemble';
import { FIELD_PREFIX, type FlatColumn, NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { IdMapper } from '../table/ids';
import { ReadReport } from '../table/report';
import { cleanLabel, titleFromFileName } from '../table/text';
import type { FileInput, ReadOptions } from '../types';
import { unguardCell } from './formula';
import { type CsvRow, parseCsv } from './parse';
import { NODES_SUFFIX, TIES_SUFFIX } from './write';

/** One CSV text file, already decoded. */
export interface CsvText {
  readonly name: string;
  readonly text: string;
}

interface Table {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** Parse CSV text into a header and rows (blank rows dropped); quoting errors are problems. */
function parseTable(file: CsvText, report: ReadReport): Table | undefined {
  const parsed = parseCsv(file.text, file.name);
  report.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return undefined;
  const [head, ...body] = parsed.rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  if (head === undefined) {
    report.error('', 'is empty: a CSV file needs a header row');
    return undefined;
  }
  return { name: file.name, header: head.cells.map((h) => h.trim()), rows: body };
}

type Role = 'nodes' | 'ties';

function roleOf(table: Table): Role | undefined {
  const names = new Set(table.header.map((h) => h.toLowerCase()));
  if (names.has('source') && names.has('target')) return 'ties';
  if (names.has('id')) return 'nodes';
  return undefined;
}

type Handler = { readonly kind: 'fixed'; readonly name: string } | { readonly kind: 'value'; readonly name: string; readonly type: string | undefined };

/** What each column of a table holds; undefined (with problems) when a header repeats. */
function handlers(table: Table, role: Role, report: ReadReport): Handler[] | undefined {
  const fixed = role === 'nodes' ? ['id'] : ['id', 'source', 'target'];
  const known = [...fixed, 'label', ...(role === 'nodes' ? NODE_COLUMNS : TIE_COLUMNS).map((c) => c.name)];
  const seen = new Map<string, number>();
  const out: Handler[] = [];
  table.header.forEach((raw, i) => {
    const builtin = known.find((n) => n.toLowerCase() === raw.toLowerCase());
    const key = builtin ?? raw;
    const before = seen.get(key);
    if (before !== undefined) report.error('', `column ${i + 1} repeats the header "${raw}" (first in column ${before + 1})`, 1);
    seen.set(key, i);
    if (builtin !== undefined) {
      out.push(fixed.includes(builtin) ? { kind: 'fixed', name: builtin } : { kind: 'value', name: builtin, type: undefined });
    } else if (raw === '') {
      out.push({ kind: 'fixed', name: '' });
    } else if (raw.startsWith(FIELD_PREFIX)) {
      const typed = /^(.*)#(string|number|boolean)$/s.exec(raw.slice(FIELD_PREFIX.length));
      const name = typed === null ? raw : `${FIELD_PREFIX}${typed[1] as string}`;
      const type = typed === null || typed[2] === 'string' ? 'string' : typed[2] === 'number' ? 'double' : 'boolean';
      out.push({ kind: 'value', name, type });
    } else out.push({ kind: 'value', name: raw, type: 'string' });
  });
  return report.problems.length > 0 ? undefined : out;
}

/** One row's cells: the fixed ones (id, source, target) by name; the rest applied to the draft. */
function readRow(report: ReadReport, row: CsvRow, cols: readonly Handler[], columns: readonly FlatColumn[], at: string): { draft: Draft; fixed: Record<string, string> } | undefined {
  if (row.cells.length !== cols.length) {
    report.error(at, `has ${row.cells.length} cells; the header has ${cols.length}`, row.line);
    return undefined;
  }
  const draft: Draft = { value: {}, line: row.line, file: report.fileName };
  const fixed: Record<string, string> = {};
  row.cells.forEach((raw, c) => {
    const h = cols[c] as Handler;
    const value = unguardCell(raw);
    if (value === '') return;
    if (h.kind === 'fixed') fixed[h.name] = value.trim();
    else applyValue(report, draft, columns, h.name, h.type, value, at, row.line);
  });
  return { draft, fixed };
}

function readNodes(table: Table, report: ReadReport, ids: IdMapper): Draft[] {
  const cols = handlers(table, 'nodes', report);
  if (cols === undefined) return [];
  const nodes: Draft[] = [];
  const firstLine = new Map<string, number>();
  let relabelled = 0;
  table.rows.forEach((row, i) => {
    const at = `nodes[${i}]`;
    const read = readRow(report, row, cols, NODE_COLUMNS, at);
    if (read === undefined) return;
    const original = read.fixed.id;
    if (original === undefined) return report.error(`${at}.id`, 'has no id', row.line);
    const before = firstLine.get(original);
    if (before !== undefined) return report.error(`${at}.id`, `duplicate node id "${original}" (first on line ${before})`, row.line);
    firstLine.set(original, row.line);
    const { draft } = read;
    draft.value.id = ids.map(original);
    const label = draft.value.label;
    const cleaned = cleanLabel(typeof label === 'string' ? label : undefined, original);
    if (cleaned.changed) relabelled++;
    draft.value.label = cleaned.label;
    nodes.push(draft);
  });
  warnNodeRepairs(report, relabelled, ids.renamed);
  return nodes;
}

/** Read the ties; with no nodes file (`nodesFile` undefined) their ends become people, added to `made`. */
function readTies(table: Table, report: ReadReport, nodeIds: IdMapper, nodesFile: string | undefined, made: Draft[]): Draft[] {
  const cols = handlers(table, 'ties', report);
  if (cols === undefined) return [];
  const ids = new IdMapper('t');
  const ties: Draft[] = [];
  const firstLine = new Map<string, number>();
  let invented = 0;
  table.rows.forEach((row, j) => {
    const at = `ties[${j}]`;
    const read = readRow(report, row, cols, TIE_COLUMNS, at);
    if (read === undefined) return;
    const { draft, fixed } = read;
    for (const end of ['source', 'target'] as const) {
      const original = fixed[end];
      if (original === undefined) {
        report.error(`${at}.${end}`, `has no ${end}`, row.line);
        continue;
      }
      let id = nodeIds.get(original);
      if (id === undefined && nodesFile === undefined) {
        id = nodeIds.map(original);
        made.push({ value: { id, label: cleanLabel(original, original).label, kind: 'person' }, line: row.line, file: report.fileName });
        invented++;
      }
      if (id === undefined) report.error(`${at}.${end}`, `no node "${original}" in ${nodesFile ?? 'the nodes file'}`, row.line);
      else draft.value[end] = id;
    }
    const original = fixed.id;
    const before = original === undefined ? undefined : firstLine.get(original);
    if (before !== undefined) return report.error(`${at}.id`, `duplicate tie id "${original ?? ''}" (first on line ${before})`, row.line);
    if (original !== undefined) firstLine.set(original, row.line);
    draft.value.id = original === undefined ? ids.fresh() : ids.map(original);
    ties.push(draft);
  });
  if (invented > 0) report.warn('nodes', `no nodes file was given: ${invented} nodes were made from the tie ends and read as people`);
  if (ids.renamed > 0) report.warn('ties', `${ids.renamed} tie ids had spaces or other characters ids cannot hold and were renamed`);
  return ties;
}

/**
 * Read one or two decoded CSV texts (a nodes file and/or a ties file, in any order) into a
 * validated map. Problems name the file, line and document path; nothing is thrown.
 */
export function readCsvTexts(files: readonly CsvText[], options: ReadOptions = {}): Result<CareMap> {
  if (files.length < 1 || files.length > 2) return fail([problem('', `plain CSV is a nodes file and a ties file; ${files.length} files were given`)]);
  const tables: Partial<Record<Role, Table>> = {};
  const problems: Problem[] = [];
  for (const file of files) {
    const report = new ReadReport(file.name);
    const table = parseTable(file, report);
    problems.push(...report.problems);
    if (table === undefined) continue;
    const role = roleOf(table);
    if (role === undefined) {
      problems.push(problem('', 'is neither a nodes file (it needs an "id" column) nor a ties file (it needs "source" and "target" columns)', { file: file.name, line: 1 }));
    } else if (tables[role] !== undefined) {
      problems.push(problem('', `is a second ${role} file; give one nodes file and one ties file`, { file: file.name, line: 1 }));
    } else tables[role] = table;
  }
  if (problems.length > 0) return fail(problems);

  const main = new ReadReport(tables.nodes?.name ?? tables.ties?.name ?? '');
  const nodeIds = new IdMapper('n');
  const nodes: Draft[] = [];
  const ties: Draft[] = [];
  for (const role of ['nodes', 'ties'] as const) {
    const table = tables[role];
    if (table === undefined) continue;
    const report = new ReadReport(table.name);
    if (role === 'nodes') nodes.push(...readNodes(table, report, nodeIds));
    else ties.push(...readTies(table, report, nodeIds, tables.nodes?.name, nodes));
    main.absorb(report);
  }
  const base = titleFromFileName(main.fileName.replace(new RegExp(`(${NODES_SUFFIX}|${TIES_SUFFIX})$`, 'i'), '.csv'));
  return assembleMap(main, { nodes, ties, title: options.title ?? base }, options);
}

/** The FileFormat reader: the nodes file and/or the ties file, as bytes, in any order. */
export function readCsv(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  const texts: CsvText[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const text = decodeText(file.name, file.bytes);
    if (text.ok) texts.push({ name: file.name, text: text.value });
    else problems.push(...text.problems);
  }
  if (problems.length > 0) return fail(problems);
  return readCsvTexts(texts, options);
}
