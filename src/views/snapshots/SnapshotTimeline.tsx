// The open map's snapshots as a timeline, oldest first, then the map as it is now: each can be
// opened (read-only), compared with now, made into a new map of its own, or deleted (one
// undoable step, with Undo offered). The whole history can be downloaded as dynamic GEXF for
// Gephi's timeline.
import { useState } from 'react';

import { writeGexfHistory } from '../../io';
import { labelOf, type Snapshot, SNAPSHOT_EVENTS, snapshotEvent } from '../../model';
import { useAppStore } from '../../store';
import { downloadBytes, fileBaseName } from '../../ui/download';
import { Toast } from '../../ui/Toast';

export interface SnapshotTimelineProps {
  readonly openId: string | null;
  readonly onOpen: (snapshot: Snapshot | null) => void;
  readonly onCompareWithNow: (snapshot: Snapshot) => void;
  readonly onMakeMap: (snapshot: Snapshot) => void;
}

function byDate(list: readonly Snapshot[]): Snapshot[] {
  return [...list].sort((x, y) => (x.takenAt < y.takenAt ? -1 : x.takenAt > y.takenAt ? 1 : 0));
}

export function SnapshotTimeline({ openId, onOpen, onCompareWithNow, onMakeMap }: SnapshotTimelineProps) {
  const doc = useAppStore((s) => s.document);
  const deleteSnapshot = useAppStore((s) => s.deleteSnapshot);
  const undo = useAppStore((s) => s.undo);
  const [deleted, setDeleted] = useState<string | null>(null);
  if (doc === null) return null;

  const handleDelete = (s: Snapshot) => {
    if (deleteSnapshot(s.id).ok) {
      setDeleted(s.label);
      if (openId === s.id) onOpen(null);
    }
  };
  const handleGexf = () => {
    const [file] = writeGexfHistory(doc, fileBaseName(doc.meta.title));
    if (file !== undefined) downloadBytes(file.name, file.mimeType, file.bytes);
  };

  return (
    <section className="snapshot-timeline" aria-label="Snapshots">
      <ol data-testid="snapshot-list">
        {byDate(doc.snapshots).map((s) => (
          <li key={s.id} className={openId === s.id ? 'open' : undefined} data-testid="snapshot-item">
            <div className="snapshot-head">
              <strong>{s.label}</strong>
              <span className="snapshot-meta">
                {s.takenAt} · {labelOf(SNAPSHOT_EVENTS, snapshotEvent(s))} · {s.nodes.length} elements, {s.ties.length} ties
              </span>
              {s.note !== undefined && <span className="snapshot-note">{s.note}</span>}
            </div>
            <div className="snapshot-actions">
              <button type="button" onClick={() => onOpen(s)} data-testid="snapshot-open">
                Open
              </button>
              <button type="button" onClick={() => onCompareWithNow(s)} data-testid="snapshot-compare">
                Compare with now
              </button>
              <button type="button" onClick={() => onMakeMap(s)} data-testid="snapshot-new-map">
                As new map
              </button>
              <button type="button" onClick={() => handleDelete(s)} data-testid="snapshot-delete" aria-label={`Delete snapshot ${s.label}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
        <li className={openId === null ? 'open now' : 'now'}>
          <div className="snapshot-head">
            <strong>Now</strong>
            <span className="snapshot-meta">
              {doc.nodes.length} elements, {doc.ties.length} ties
            </span>
          </div>
          <div className="snapshot-actions">
            <button type="button" onClick={() => onOpen(null)} data-testid="snapshot-open-now">
              Show
            </button>
          </div>
        </li>
      </ol>
      <button type="button" onClick={handleGexf} data-testid="snapshot-gexf" disabled={doc.snapshots.length === 0}>
        Download history for Gephi (GEXF)
      </button>
      {deleted !== null && (
        <Toast
          message={`Deleted snapshot “${deleted}”`}
          actionLabel="Undo"
          onAction={() => {
            undo();
            setDeleted(null);
          }}
          onDismiss={() => setDeleted(null)}
          testId="snapshot-toast"
        />
      )}
    </section>
  );
}
