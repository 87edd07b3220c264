// The "Over time" view: the open map's snapshots on a timeline beside either one snapshot opened
// read-only or the comparison of two states (domain §1.4, §7.4). The app hands in the maps saved
// in this browser and how to open a map as a new one, which the views cannot reach themselves.
import type { Core } from 'cytoscape';
import { useState } from 'react';

import { type CareMap, type Snapshot, snapshotAsNewMap } from '../../model';
import { useAppStore } from '../../store';
import { SnapshotTimeline } from '../snapshots/SnapshotTimeline';
import { SnapshotViewer } from '../snapshots/SnapshotViewer';
import type { MapProbe } from '../map/mapProbe';
import { TakeSnapshotForm } from '../snapshots/TakeSnapshotForm';
import { ComparePanel } from './ComparePanel';
import type { SavedMaps, StateChoice } from './StatePicker';
import './compare.css';

export interface OverTimeViewProps {
  readonly savedMaps: SavedMaps;
  readonly onOpenAsNewMap: (doc: CareMap) => Promise<void>;
  /** Test builds: the comparison's graph picture once it holds its elements, and its map's probe. */
  readonly onGraphReady?: (cy: Core) => void;
  readonly onMapProbe?: (probe: MapProbe | null) => void;
}

type Showing = { readonly kind: 'snapshot'; readonly id: string } | { readonly kind: 'compare'; readonly a: StateChoice; readonly b: StateChoice };

function firstSnapshot(doc: CareMap): StateChoice {
  const first = [...doc.snapshots].sort((x, y) => (x.takenAt < y.takenAt ? -1 : 1))[0];
  return first === undefined ? { kind: 'now' } : { kind: 'snapshot', id: first.id };
}

export default function OverTimeView({ savedMaps, onOpenAsNewMap, onGraphReady, onMapProbe }: OverTimeViewProps) {
  const doc = useAppStore((s) => s.document);
  const [showing, setShowing] = useState<Showing | null>(null);
  if (doc === null) return null;
  const current: Showing = showing ?? { kind: 'compare', a: firstSnapshot(doc), b: { kind: 'now' } };
  const open = current.kind === 'snapshot' ? doc.snapshots.find((s) => s.id === current.id) : undefined;

  const handleMakeMap = (s: Snapshot) => void onOpenAsNewMap(snapshotAsNewMap(doc, s, { now: new Date().toISOString() }));

  return (
    <div className="over-time-view" data-testid="over-time-view">
      <aside className="over-time-side">
        <h2>Snapshots</h2>
        <SnapshotTimeline
          openId={open?.id ?? null}
          onOpen={(s) => setShowing(s === null ? null : { kind: 'snapshot', id: s.id })}
          onCompareWithNow={(s) => setShowing({ kind: 'compare', a: { kind: 'snapshot', id: s.id }, b: { kind: 'now' } })}
          onMakeMap={handleMakeMap}
        />
        <details className="take-snapshot">
          <summary data-testid="snapshot-take-open">Take a snapshot</summary>
          <TakeSnapshotForm onTaken={() => undefined} />
        </details>
      </aside>
      <section className="over-time-main">
        {open !== undefined ? (
          <SnapshotViewer doc={doc} snapshot={open} />
        ) : (
          <ComparePanel
            doc={doc}
            a={current.kind === 'compare' ? current.a : { kind: 'now' }}
            b={current.kind === 'compare' ? current.b : { kind: 'now' }}
            onChange={(a, b) => setShowing({ kind: 'compare', a, b })}
            savedMaps={savedMaps}
            onGraphReady={onGraphReady}
            onMapProbe={onMapProbe}
          />
        )}
      </section>
    </div>
  );
}
