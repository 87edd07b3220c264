// Small text rules every reader shares: how a label from another tool is tidied into one the
// model accepts, how a map is titled after its file, and which words mean yes and no in a cell.
// They live once here so GEXF, GraphML, the CSV pairs, Kumu files and the survey imports agree.
import { MAX_LABEL_LENGTH } from '../../model';

/**
 * A label the model accepts: line breaks become spaces, ends trimmed, cut to MAX_LABEL_LENGTH
 * characters (the last one an ellipsis), the fallback (the id) when nothing is left. Labels the
 * model already accepts pass unchanged; `changed` says whether this one was tidied.
 */
export function cleanLabel(text: string | undefined, fallback: string): { label: string; changed: boolean } {
  const raw = text ?? '';
  let label = raw.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (label.length > MAX_LABEL_LENGTH) label = `${label.slice(0, MAX_LABEL_LENGTH - 1)}…`;
  if (label === '') return { label: fallback, changed: text !== undefined };
  return { label, changed: label !== raw };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;

/**
 * A map title from a file name: folders and the extension dropped (`.kumu.json` and
 * `.carewealth.json` count as one extension), control characters removed, cut to a label's
 * length. `maps/clapton-care.gexf` gives `clapton-care`; a name with nothing left gives
 * `fallback`.
 */
export function titleFromFileName(name: string, fallback = 'Imported map'): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/(\.(kumu|carewealth))?\.[^.]*$/i, '');
  const title = base.replace(CONTROL, '').slice(0, MAX_LABEL_LENGTH).trim();
  return title === '' ? fallback : title;
}

/** Words read as yes in a cell or attribute (any case): spreadsheets tick boxes with `x`. */
const YES = new Set(['true', 'yes', 'y', '1', 'x']);
/** Words read as no. An empty cell is neither: callers decide what "not given" means. */
const NO = new Set(['false', 'no', 'n', '0']);

/** `true` / `false` for the words above (surrounding spaces and case ignored), else undefined. */
export function readBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}
