// Reading an item bank from CSV or JSON text (issue 6: "an import of an item bank from CSV/JSON").
// All or nothing: either every item is valid and the list comes back, or nothing does and every
// problem is listed with its file, line (CSV, and JSON syntax errors) and field. Never throws.
import { fail, formatPath, ok, type Problem, problem, type Result, STAKEHOLDER_GROUPS, SURVEY_DOMAINS, type SurveyItem, SurveyItemSchema, warning } from '../../model';
import { isBlankRow, parseCsv } from '../csv/parse';
import { parseJsonSafely } from '../guard';
import { readBoolean } from '../table/text';

/** Largest item bank text accepted (characters). */
export const MAX_ITEM_BANK_CHARS = 2_000_000;
/** Most items in one bank. */
export const MAX_ITEM_BANK_ITEMS = 2000;

const REQUIRED = ['id', 'domain', 'factor', 'text'] as const;
const OPTIONAL = ['reverse', 'stakeholders', 'placeholder', 'source', 'version'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

const norm = (s: string) => s.trim().toLowerCase();

// Accept ids or the labels people see, so a spreadsheet typed by hand imports.
const DOMAIN_NAMES = new Map(SURVEY_DOMAINS.flatMap((d) => [[d.id, d.id], [norm(d.label), d.id], [norm(d.short), d.id]] as const));
const FACTOR_NAMES = new Map(SURVEY_DOMAINS.flatMap((d) => d.factors.flatMap((f) => [[f.id, f.id], [norm(f.label), f.id]] as const)));
const GROUP_NAMES = new Map<string, string>(STAKEHOLDER_GROUPS.flatMap((g) => [[g.id, g.id], [norm(g.label), g.id]] as const));

/** An empty cell is no; words other than yes and no are left as text, so the schema reports them. */
function readBool(cell: string): boolean | string {
  return cell.trim() === '' ? false : (readBoolean(cell) ?? cell);
}

function tooLarge(text: string, file: string | undefined): Problem | null {
  return text.length > MAX_ITEM_BANK_CHARS ? problem('', `is larger than ${MAX_ITEM_BANK_CHARS} characters`, { file }) : null;
}

function duplicateIds(items: readonly SurveyItem[], where: (i: number) => Partial<Problem> & { path: string }, file?: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    const at = where(i);
    if (seen.has(item.id)) out.push(problem(at.path, `duplicate item id "${item.id}"`, { ...at, file }));
    seen.add(item.id);
  });
  return out;
}

/**
 * Read an item bank from CSV. The first row names the columns: `id, domain, factor, text` are
 * required; `reverse, stakeholders, placeholder, source, version` are optional. Domains, factors
 * and stakeholder groups may be given by id or label; `stakeholders` lists groups separated by
 * `;` or `|` (empty = every group); booleans read true/false, yes/no, 1/0.
 */
export function readItemBankCsv(text: string, file?: string): Result<SurveyItem[]> {
  const big = tooLarge(text, file);
  if (big !== null) return fail([big]);
  const table = parseCsv(text, file);
  if (table.problems.length > 0) return fail(table.problems);
  const [head, ...body] = table.rows.filter((r) => !isBlankRow(r));
  if (head === undefined) return fail([problem('', 'has no header row', { file })]);
  const columns = new Map<Column, number>();
  const warnings: Problem[] = [];
  head.cells.forEach((name, i) => {
    const key = norm(name) as Column;
    if ((REQUIRED as readonly string[]).includes(key) || (OPTIONAL as readonly string[]).includes(key)) columns.set(key, i);
    else warnings.push(warning('', `column "${name.trim()}" is not used`, { file, line: head.line }));
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) return fail([problem('', `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, { file, line: head.line })]);
  if (body.length > MAX_ITEM_BANK_ITEMS) return fail([problem('', `has more than ${MAX_ITEM_BANK_ITEMS} items`, { file })]);

  const problems: Problem[] = [];
  const items: SurveyItem[] = [];
  const lines: number[] = [];
  for (const row of body) {
    const cell = (c: Column): string | undefined => {
      const i = columns.get(c);
      return i === undefined ? undefined : (row.cells[i] ?? '');
    };
    const raw: Record<string, unknown> = {
      id: cell('id')?.trim(),
      domain: DOMAIN_NAMES.get(norm(cell('domain') ?? '')) ?? cell('domain')?.trim(),
      factor: FACTOR_NAMES.get(norm(cell('factor') ?? '')) ?? cell('factor')?.trim(),
      text: cell('text')?.trim(),
    };
    for (const c of ['reverse', 'placeholder'] as const) {
      const v = cell(c);
      if (v !== undefined) raw[c] = readBool(v);
    }
    const groups = cell('stakeholders');
    if (groups !== undefined) {
      raw.stakeholders = groups
        .split(/[;|]/)
        .map((g) => g.trim())
        .filter((g) => g !== '')
        .map((g) => GROUP_NAMES.get(norm(g)) ?? g);
    }
    for (const c of ['source', 'version'] as const) {
      const v = cell(c)?.trim();
      if (v !== undefined && v !== '') raw[c] = v;
    }
    const parsed = SurveyItemSchema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      lines.push(row.line);
    } else {
      for (const issue of parsed.error.issues) problems.push(problem(formatPath(issue.path), issue.message, { file, line: row.line }));
    }
  }
  problems.push(...duplicateIds(items, (i) => ({ path: 'id', line: lines[i] }), file));
  if (problems.length > 0) return fail(problems);
  if (items.length === 0) return fail([problem('', 'has no items', { file })]);
  return ok(items, warnings);
}

/**
 * Read an item bank from JSON: either a list of items or `{ "items": [...] }`, each item shaped
 * as SurveyItemSchema (`reverse`, `stakeholders`, `placeholder` optional). Problems name the
 * path (`items[3].factor`); a syntax error names its line and column, and keys such as
 * `__proto__` are refused with their path (../guard.ts, as for map files).
 */
export function readItemBankJson(text: string, file?: string): Result<SurveyItem[]> {
  const big = tooLarge(text, file);
  if (big !== null) return fail([big]);
  const parsed = parseJsonSafely(text, file);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const list = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? (value as { items?: unknown }).items : undefined;
  if (!Array.isArray(list)) return fail([problem('', 'must be a list of items or an object with an "items" list', { file })]);
  if (list.length > MAX_ITEM_BANK_ITEMS) return fail([problem('items', `has more than ${MAX_ITEM_BANK_ITEMS} items`, { file })]);
  const problems: Problem[] = [];
  const items: SurveyItem[] = [];
  const indexes: number[] = [];
  list.forEach((raw, i) => {
    const parsed = SurveyItemSchema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      indexes.push(i);
    } else {
      for (const issue of parsed.error.issues) problems.push(problem(formatPath(['items', i, ...issue.path]), issue.message, { file }));
    }
  });
  problems.push(...duplicateIds(items, (i) => ({ path: `items[${indexes[i] ?? i}].id` }), file));
  if (problems.length > 0) return fail(problems);
  if (items.length === 0) return fail([problem('items', 'has no items', { file })]);
  return ok(items);
}
