// What one read has to say: the problems that refuse a file and the warnings that come with a map
// that opened, each placed at a file, a line and a path. Every reader gathers them here. A
// warning that can recur once per row (a value kept as a custom field, an undeclared attribute)
// is tallied and said once with its count and its first place, so a file with 200,000 odd values
// gives one line, not 200,000.
import { type Problem, problem, warning } from '../../model';

/** Where in the input something is: the file (when a format reads several) and the 1-based line. */
export interface At {
  readonly file?: string;
  readonly line?: number;
}

interface Tally {
  readonly index: number;
  count: number;
  readonly first: Problem;
  readonly message: (count: number) => string;
}

/** Collects the problems and warnings of one read; the file name is the default place. */
export class ReadReport {
  readonly problems: Problem[] = [];
  /**
   * The file carries Carewealth's own map data (written by us): its values must be ours, and one
   * that is not is a problem. Files from other tools are read leniently: a value that does not
   * fit the field of the same name is kept as a custom field under its own name, with a warning.
   */
  ownFile = false;
  private readonly said: Problem[] = [];
  private readonly tallies = new Map<string, Tally>();

  constructor(readonly fileName: string) {}

  private where(at: number | At | undefined): Partial<Problem> {
    const { file = this.fileName, line } = typeof at === 'number' ? { line: at } : (at ?? {});
    return line === undefined ? { file } : { file, line };
  }

  error(path: string, message: string, at?: number | At): void {
    this.problems.push(problem(path, message, this.where(at)));
  }

  warn(path: string, message: string, at?: number | At): void {
    this.said.push(warning(path, message, this.where(at)));
  }

  /**
   * A warning that may recur: the first call places it, later calls with the same `key` only
   * count. `message` is given the final count when the warnings are read.
   */
  tally(key: string, path: string, at: number | At | undefined, message: (count: number) => string): void {
    const known = this.tallies.get(key);
    if (known !== undefined) {
      known.count++;
      return;
    }
    const first = warning(path, '', this.where(at));
    this.tallies.set(key, { index: this.said.length, count: 1, first, message });
    this.said.push(first);
  }

  /** The warnings in the order first said, each tally as one warning carrying its count. */
  get warnings(): Problem[] {
    const out = [...this.said];
    for (const t of this.tallies.values()) out[t.index] = { ...t.first, message: t.message(t.count) };
    return out;
  }

  /** Take over another report's problems and warnings (a CSV pair reads each file on its own). */
  absorb(other: ReadReport): void {
    this.problems.push(...other.problems);
    this.said.push(...other.warnings);
  }
}

/** "1 value" / "3 values". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * Warnings with the same message said once: the first keeps its place and gains "(and N more
 * like it)". Readers tally what they know recurs; this catches the rest (a model rule broken by
 * every tie, say), so no list of warnings grows with the size of the file.
 */
export function summariseRepeats(warnings: readonly Problem[]): Problem[] {
  const byMessage = new Map<string, { first: number; count: number }>();
  const out: Problem[] = [];
  for (const w of warnings) {
    const seen = byMessage.get(w.message);
    if (seen !== undefined) {
      seen.count++;
      continue;
    }
    byMessage.set(w.message, { first: out.length, count: 1 });
    out.push(w);
  }
  for (const { first, count } of byMessage.values()) {
    const w = out[first] as Problem;
    if (count > 1) out[first] = { ...w, message: `${w.message} (and ${plural(count - 1, 'more like it', 'more like it')})` };
  }
  return out;
}
