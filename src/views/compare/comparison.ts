// The work a comparison does off the main thread: match and compare the two states (diffMaps),
// and lay out the picture of the difference once (firstLayout over both states' nodes), so the
// before, the after and the difference share positions. Pure; the worker (compare.worker.ts) and
// the main-thread fallback both call it.
import { type ComparedState, type ConfirmedMatch, diffMaps, type DiffResult, diffPicture, firstLayout } from '../../analysis';

export interface ComparisonRequest {
  readonly a: ComparedState;
  readonly b: ComparedState;
  readonly confirmed: readonly ConfirmedMatch[];
}

export interface ComparisonOutcome {
  readonly result: DiffResult;
  /** Picture ids and positions (model units). */
  readonly positions: ReadonlyArray<readonly [string, number, number]>;
}

/** Compare and lay out; positions the nodes already have are kept. */
export function runComparison(request: ComparisonRequest): ComparisonOutcome {
  const result = diffMaps(request.a, request.b, { confirmed: request.confirmed });
  const picture = diffPicture(request.a.doc, request.b.doc, result);
  const placed = picture.doc.nodes.every((n) => n.position !== undefined) ? null : firstLayout(picture.doc);
  const positions = picture.doc.nodes.map((n): readonly [string, number, number] => {
    const p = n.position ?? placed?.get(n.id) ?? { x: 0, y: 0 };
    return [n.id, p.x, p.y];
  });
  return { result, positions };
}
