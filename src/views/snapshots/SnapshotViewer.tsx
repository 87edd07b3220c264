// One snapshot opened read-only: the map as it was, drawn at the layout of the map's first picture,
// with its date, kind of event and note. Nothing here edits the document.
import { useMemo } from 'react';

import { firstLayout } from '../../analysis';
import { type CareMap, labelOf, type Snapshot, SNAPSHOT_EVENTS, snapshotEvent, snapshotState } from '../../model';
import { PictureCanvas } from '../compare/PictureCanvas';
import { usePictureLook } from '../compare/usePictureLook';

export function SnapshotViewer({ doc, snapshot }: { readonly doc: CareMap; readonly snapshot: Snapshot }) {
  const state = useMemo(() => snapshotState(doc, snapshot), [doc, snapshot]);
  const positions = useMemo(() => firstLayout(state), [state]);
  const look = usePictureLook(state);
  return (
    <div className="snapshot-viewer" data-testid="snapshot-viewer">
      <p className="read-only-note" role="note">
        Read-only: “{snapshot.label}”, {snapshot.takenAt} ({labelOf(SNAPSHOT_EVENTS, snapshotEvent(snapshot))}), {state.nodes.length} elements and {state.ties.length} ties.
        {snapshot.note !== undefined ? ` ${snapshot.note}` : ''}
      </p>
      <PictureCanvas doc={state} look={look} positions={positions} ariaLabel={`The map at ${snapshot.label}`} />
    </div>
  );
}
