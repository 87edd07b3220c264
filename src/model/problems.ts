// The one shape every check, reader and migration uses to report what is wrong with an input:
// where (file, line, path inside the document) and what, in words a person can act on.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** e.g. `ties[12].target`; empty for the document as a whole. */
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
  /** File name, when the problem came from a file. */
  readonly file?: string;
  /** 1-based line (and column) in the file, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** A result that is either a value (possibly with warnings) or a list of problems, never both. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function ok<T>(value: T, warnings: readonly Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(problems: readonly Problem[]): Result<T> {
  return { ok: false, problems };
}

export function problem(path: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { path, message, severity: 'error', ...extra };
}

export function warning(path: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { path, message, severity: 'warning', ...extra };
}

/** Render a path such as ['ties', 12, 'target'] as `ties[12].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One line for a person: `map.csv:14: ties[12].target: no node "n-77"`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? String(p.line) : undefined, p.column !== undefined ? String(p.column) : undefined]
    .filter((x): x is string => x !== undefined)
    .join(':');
  const head = [where, p.path].filter((s) => s !== '').join(': ');
  return head === '' ? p.message : `${head}: ${p.message}`;
}

/** Attach a file name to problems that lack one. */
export function inFile(problems: readonly Problem[], file: string | undefined): Problem[] {
  if (file === undefined) return [...problems];
  return problems.map((p) => (p.file === undefined ? { ...p, file } : p));
}
