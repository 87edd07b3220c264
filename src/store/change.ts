// What every document action shares: the `change` function's shape, the Refusal a producer throws
// to refuse a change with a code and a reason, and the small checks and step-name helpers the
// actions use. The document slice defines `change` itself; action groups in other files receive it.
import type { CareMap } from '../model';
import type { ActionResult, AppState, RefusalCode } from './types';

/** Thrown inside a producer to refuse a change; caught by `change`, never escapes an action. */
export class Refusal {
  constructor(
    readonly code: RefusalCode,
    readonly reason: string,
  ) {}
}

/** How a change is recorded: `after` adds ui state to the same update; `undoable: false` keeps it out of the history. */
export interface ChangeOptions {
  readonly after?: (next: CareMap) => Partial<AppState>;
  readonly undoable?: boolean;
}

/**
 * Apply one change to the open document as one undo step: `produce` returns the next document
 * (the same object when nothing changed) or throws a Refusal.
 */
export type Change = (
  label: string | ((doc: CareMap) => string),
  produce: (doc: CareMap) => CareMap,
  options?: ChangeOptions,
) => ActionResult;

/** A label quoted for a step name, shortened so buttons stay readable. */
export function quote(label: string): string {
  return `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
}

export function nodeLabel(doc: CareMap, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? id;
}

export function requireNodes(doc: CareMap, ids: readonly string[]): void {
  if (ids.length === 0) throw new Refusal('invalid', 'No nodes given.');
  const known = new Set<string>(doc.nodes.map((n) => n.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new Refusal('missing', `No node "${missing}" in this map.`);
}
