// A small RFC 4180 CSV reader for survey imports (item banks, later responses). It lives in the
// model, which depends on zod only, and it keeps the line each row starts on so problems can
// point at it. Quoted fields may hold commas, doubled quotes and line breaks. It never throws.
import { type Problem, problem } from '../problems';

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly Problem[];
}

/** Split CSV text into rows of cells. Blank lines are skipped; a leading byte-order mark is ignored. */
export function parseCsv(text: string, file?: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) problems.push(problem('', `a quoted field opened on line ${quoteLine} is never closed`, { file, line: quoteLine }));
  else if (cell !== '' || cells.length > 0) endRow();
  return { rows, problems };
}
