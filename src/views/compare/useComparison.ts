// The comparison the compare panel shows: the two chosen states read into ComparedStates, the
// matches a person confirmed, and the comparison computed off the main thread, recomputed when any
// of them (or the open map) changes. It is done once the picture can be drawn; the whole result
// (indicators, sentences) is asked for once the picture is, so the two never compete for the
// processor. Stale answers are dropped.
import { useEffect, useMemo, useState } from 'react';

import type { ComparedState, ConfirmedMatch, DiffResult } from '../../analysis';
import { type CareMap, findSnapshot, snapshotEvent, snapshotState } from '../../model';
import { compareInBackground } from './compareClient';
import type { ComparisonPicture } from './comparison';
import type { SavedMaps, StateChoice } from './StatePicker';

export type ComparisonStatus =
  | { readonly state: 'working' }
  | {
      readonly state: 'done';
      readonly a: ComparedState;
      readonly b: ComparedState;
      readonly picture: ComparisonPicture;
      /** The whole comparison; null until asked for with `pictureDrawn` and worked out. */
      readonly result: DiffResult | null;
      /** Call once the picture is drawn (or will not be): the rest of the comparison is worked out then. */
      readonly pictureDrawn: () => void;
    }
  | { readonly state: 'failed'; readonly message: string };

async function readChoice(doc: CareMap, choice: StateChoice, saved: SavedMaps): Promise<ComparedState> {
  switch (choice.kind) {
    case 'now':
      return { doc, label: 'Now', date: doc.meta.updatedAt.slice(0, 10) };
    case 'snapshot': {
      const found = findSnapshot(doc, choice.id);
      if (!found.ok) throw new Error('That snapshot is no longer in this map.');
      const s = found.value;
      return { doc: snapshotState(doc, s), label: s.label, date: s.takenAt, event: snapshotEvent(s) };
    }
    case 'saved': {
      const other = await saved.load(choice.id);
      if (other === null) throw new Error(`Could not read “${choice.title}” from this browser.`);
      return { doc: other, label: other.meta.title, date: other.meta.updatedAt.slice(0, 10) };
    }
    case 'file':
      return { doc: choice.doc, label: choice.name, date: choice.doc.meta.updatedAt.slice(0, 10) };
  }
}

export function useComparison(
  doc: CareMap,
  a: StateChoice,
  b: StateChoice,
  confirmed: readonly ConfirmedMatch[],
  saved: SavedMaps,
): ComparisonStatus {
  const request = useMemo(() => ({ a, b, confirmed, doc }), [a, b, confirmed, doc]);
  // The answer with the request it answers: an answer to an older request reads as "working".
  const [answer, setAnswer] = useState<{ request: typeof request; status: ComparisonStatus } | null>(null);
  useEffect(() => {
    let live = true;
    const setStatus = (status: ComparisonStatus) => setAnswer({ request, status });
    const fail = (e: unknown) => live && setStatus({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    Promise.all([readChoice(doc, request.a, saved), readChoice(doc, request.b, saved)])
      .then(async ([sa, sb]) => {
        const answer = compareInBackground({ a: sa, b: sb, confirmed: request.confirmed });
        const picture = await answer.picture;
        let asked = false;
        const pictureDrawn = () => {
          if (asked) return;
          asked = true;
          answer.rest().then((result) => live && setStatus({ state: 'done', a: sa, b: sb, picture, result, pictureDrawn }), fail);
        };
        if (live) setStatus({ state: 'done', a: sa, b: sb, picture, result: null, pictureDrawn });
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [doc, request, saved]);
  return answer !== null && answer.request === request ? answer.status : { state: 'working' };
}
