// The work a comparison does off the main thread, in the order the screen needs it: match and
// compare the two states (diffInStages' core) and lay out the picture of the difference once
// (firstLayout over both states' nodes, so the before, the after and the difference share
// positions); the rest of the comparison (indicators, wave measures, sentences) is left to
// `finish`, which the caller runs once the picture is drawn. Pure; the worker
// (compare.worker.ts) and the main-thread fallback both call it.
import { type ComparedState, type ConfirmedMatch, type DiffCore, diffInStages, diffPicture, type DiffResult, firstLayout } from '../../analysis';

export interface ComparisonRequest {
  readonly a: ComparedState;
  readonly b: ComparedState;
  readonly confirmed: readonly ConfirmedMatch[];
}

/** Enough to draw the difference: the comparison's core and the picture's layout. */
export interface ComparisonPicture {
  readonly core: DiffCore;
  /** Picture ids and positions (model units). */
  readonly positions: ReadonlyArray<readonly [string, number, number]>;
}

/** Compare and lay out (positions the nodes already have are kept); `finish` returns the whole comparison. */
export function startComparison(request: ComparisonRequest): { picture: ComparisonPicture; finish: () => DiffResult } {
  const stages = diffInStages(request.a, request.b, { confirmed: request.confirmed });
  const picture = diffPicture(request.a.doc, request.b.doc, stages.core);
  const placed = picture.doc.nodes.every((n) => n.position !== undefined) ? null : firstLayout(picture.doc);
  const positions = picture.doc.nodes.map((n): readonly [string, number, number] => {
    const p = n.position ?? placed?.get(n.id) ?? { x: 0, y: 0 };
    return [n.id, p.x, p.y];
  });
  return { picture: { core: stages.core, positions }, finish: stages.finish };
}
