// The one CSV parser (RFC 4180), for the plain CSV pair, the Kumu CSV pair and the survey imports.
// It keeps the line each row starts on, so problems can point at it; quoted cells may hold the
// separator, doubled quotes and line breaks, which are kept exactly as written (a CR LF inside a
// cell stays CR LF, so text round-trips). Rows may end in CR LF, LF or CR, mixed in one file.
// The separator is taken from the first row: a comma, or a semicolon or tab when the first row
// holds more of those (spreadsheets in many countries save with semicolons). Never throws.
import { type Problem, problem } from '../../model';

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** Every row, blank ones included (one empty cell), so callers decide what a blank row means. */
  readonly rows: readonly CsvRow[];
  /** A quoted cell never closed; the rows read up to it are still given. */
  readonly problems: readonly Problem[];
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator of the first row, counting only characters outside quotes. */
function guessSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best: string = ',';
  for (const s of SEPARATORS) if ((counts.get(s) as number) > (counts.get(best) as number)) best = s;
  return best;
}

/** Line breaks in a piece of text: LF, CR LF (once) and a lone CR each count one. */
function countLineBreaks(chunk: string): number {
  let n = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === 10 || (c === 13 && chunk.charCodeAt(k + 1) !== 10)) n++;
  }
  return n;
}

/** True when a row is blank: one cell holding nothing but spaces. */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.length === 1 && (row.cells[0] as string).trim() === '';
}

/**
 * Split CSV text into rows of cells. A leading byte-order mark is ignored. A quote opens a quoted
 * cell only at the start of a cell; elsewhere it is an ordinary character, and text after a
 * closing quote is kept in the cell, so a sloppy file loses nothing. Problems name `file`.
 */
export function parseCsv(source: string, file?: string): CsvTable {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = guessSeparator(text);
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  if (n === 0) return { rows, problems };
  while (true) {
    // one cell, starting at i
    let cell = '';
    if (text[i] === '"') {
      const opened = line;
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const q = text.indexOf('"', j);
        const end = q === -1 ? n : q;
        const chunk = text.slice(j, end);
        line += countLineBreaks(chunk);
        cell += chunk;
        if (q === -1) {
          j = n;
          break;
        }
        if (text[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        problems.push(problem('', `a quoted field opened on line ${opened} is never closed`, { ...(file !== undefined ? { file } : {}), line: opened }));
        cells.push(cell);
        rows.push({ line: rowLine, cells });
        return { rows, problems };
      }
      i = j;
    }
    // unquoted text (or what follows a closing quote) up to the separator or the row's end
    let j = i;
    while (j < n) {
      const c = text[j];
      if (c === sep || c === '\n' || c === '\r') break;
      j++;
    }
    cell += text.slice(i, j);
    cells.push(cell);
    if (j >= n) {
      rows.push({ line: rowLine, cells });
      return { rows, problems };
    }
    const c = text[j];
    if (c === sep) {
      i = j + 1;
      continue;
    }
    rows.push({ line: rowLine, cells });
    cells = [];
    i = c === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
    line++;
    rowLine = line;
    if (i >= n) return { rows, problems };
  }
}
