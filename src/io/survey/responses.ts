// Reading survey responses from CSV (issue 6: "enter responses … or import them from CSV"). One
// row per respondent; columns `stakeholder` and `date` (or a default date), optional `team`,
// `group` and `code`, and one column per item id holding 1–5 or blank (skipped). Anonymous by
// design: there is no name column, and a column called "name" is refused rather than dropped
// silently, so nobody imports names by mistake. All or nothing, never throws; problems name the
// file, the line and the column.
import { fail, newId, ok, type Problem, problem, type Result, STAKEHOLDER_GROUPS, type SurveyItem, type SurveyResponse, SurveyResponseSchema, warning } from '../../model';
import { isBlankRow, parseCsv } from '../csv/parse';

/** Most respondents in one file. */
export const MAX_RESPONSE_ROWS = 5000;
/** Largest response file accepted (characters). */
export const MAX_RESPONSE_CHARS = 5_000_000;

const norm = (s: string) => s.trim().toLowerCase();
const GROUPS = new Map<string, string>(STAKEHOLDER_GROUPS.flatMap((g) => [[g.id, g.id], [norm(g.label), g.id]] as const));
const META = ['stakeholder', 'date', 'team', 'group', 'code'] as const;
const IDENTIFYING = new Set(['name', 'full name', 'first name', 'last name', 'surname', 'email', 'e-mail', 'phone']);

export interface ResponseCsvOptions {
  /** The round the responses belong to. */
  readonly round: string;
  /** The round's items: only their ids are read as answer columns. */
  readonly items: readonly SurveyItem[];
  /** Teams a `team` cell may name, by id or label (case-insensitive). */
  readonly teams?: readonly { readonly id: string; readonly label: string }[];
  /** Used for rows with an empty `date` cell (YYYY-MM-DD). */
  readonly defaultDate?: string;
  readonly file?: string;
  /** Id maker for the new records (default: `sr-` + random). */
  readonly makeId?: () => string;
}

/** Parse a response CSV into valid `surveyResponse` records for one round. */
export function readSurveyResponsesCsv(text: string, options: ResponseCsvOptions): Result<SurveyResponse[]> {
  const { file } = options;
  if (text.length > MAX_RESPONSE_CHARS) return fail([problem('', `is larger than ${MAX_RESPONSE_CHARS} characters`, { file })]);
  const table = parseCsv(text, file);
  if (table.problems.length > 0) return fail(table.problems);
  const [head, ...body] = table.rows.filter((r) => !isBlankRow(r));
  if (head === undefined) return fail([problem('', 'has no header row', { file })]);
  if (body.length > MAX_RESPONSE_ROWS) return fail([problem('', `has more than ${MAX_RESPONSE_ROWS} responses`, { file })]);

  const itemIds = new Map(options.items.map((i) => [norm(i.id), i.id]));
  const meta = new Map<string, number>();
  const answerColumns: { index: number; item: string }[] = [];
  const warnings: Problem[] = [];
  const problems: Problem[] = [];
  head.cells.forEach((raw, index) => {
    const name = norm(raw);
    if (IDENTIFYING.has(name)) problems.push(problem(raw.trim(), 'responses are anonymous: remove this column before importing', { file, line: head.line }));
    else if ((META as readonly string[]).includes(name)) meta.set(name, index);
    else if (itemIds.has(name)) answerColumns.push({ index, item: itemIds.get(name) as string });
    else warnings.push(warning(raw.trim(), 'is not an item of this round; column ignored', { file, line: head.line }));
  });
  if (!meta.has('stakeholder')) problems.push(problem('', 'missing column: stakeholder', { file, line: head.line }));
  if (!meta.has('date') && options.defaultDate === undefined) problems.push(problem('', 'missing column: date', { file, line: head.line }));
  if (answerColumns.length === 0) problems.push(problem('', 'no column is an item id of this round', { file, line: head.line }));
  if (problems.length > 0) return fail(problems);

  const teams = new Map<string, string>();
  for (const t of options.teams ?? []) {
    teams.set(norm(t.id), t.id);
    if (!teams.has(norm(t.label))) teams.set(norm(t.label), t.id);
  }
  const makeId = options.makeId ?? (() => newId('sr'));
  const out: SurveyResponse[] = [];
  for (const row of body) {
    const cell = (c: string): string => {
      const i = meta.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const at = (column: string, message: string) => problems.push(problem(column, message, { file, line: row.line }));
    const answers: Record<string, number | null> = {};
    for (const { index, item } of answerColumns) {
      const v = (row.cells[index] ?? '').trim();
      if (v === '') answers[item] = null;
      else if (/^[1-5]$/.test(v)) answers[item] = Number(v);
      else at(item, `"${v}" is not an answer on the 1-5 scale (leave blank for skipped)`);
    }
    const stakeholder = GROUPS.get(norm(cell('stakeholder')));
    if (stakeholder === undefined) at('stakeholder', `"${cell('stakeholder')}" is not a stakeholder group (${STAKEHOLDER_GROUPS.map((g) => g.id).join(', ')})`);
    const teamCell = cell('team');
    const team = teamCell === '' ? undefined : teams.get(norm(teamCell));
    if (teamCell !== '' && team === undefined) at('team', `no team "${teamCell}" in this map`);
    const candidate = {
      id: makeId(),
      type: 'surveyResponse',
      round: options.round,
      stakeholder,
      date: cell('date') || options.defaultDate,
      answers,
      ...(team !== undefined ? { team } : {}),
      ...(cell('group') !== '' ? { group: cell('group') } : {}),
      ...(cell('code') !== '' ? { respondentCode: cell('code') } : {}),
    };
    if (stakeholder === undefined || (teamCell !== '' && team === undefined)) continue;
    const parsed = SurveyResponseSchema.safeParse(candidate);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) at(issue.path[0] === 'respondentCode' ? 'code' : String(issue.path[0] ?? ''), issue.message);
  }
  if (problems.length > 0) return fail(problems);
  if (out.length === 0) return fail([problem('', 'has no responses', { file })]);
  return ok(out, warnings);
}
