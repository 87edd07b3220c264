// The kind of tie drawn between two nodes on the canvas, before anyone edits it: joining a team or
// circle is membership, a tie to a space is "hosted at", a circle joining a parent circle is a
// double link, and everything else is care (the giver is where the drag started).
import type { NodeKind, TieKind } from '../../model';

/** The tie kind a drag from a `source` node to a `target` node creates. */
export function defaultTieKind(source: NodeKind, target: NodeKind): TieKind {
  if (target === 'circle' && (source === 'circle' || source === 'team')) return 'double_link';
  if ((target === 'team' || target === 'circle') && source !== 'space') return 'membership';
  if (target === 'space' && source !== 'person') return 'hosted_at';
  return 'care';
}
