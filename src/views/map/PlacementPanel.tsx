// "Not on the map yet": the visible nodes with no location, each with a Place button (then a click
// on the map sets it), and for the selected node a typed "lat, lng" and its privacy of place. A
// workshop works down the list. Every change is one undoable store action.
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';

import {
  applyFilter,
  LOCATION_PRIVACY_IDS,
  type LocationPrivacy,
  newLocation,
  type NodeId,
} from '../../model';
import { selectDocument, selectSelectedNode, useAppStore, useAppStoreApi } from '../../store';
import { parseLatLng } from './parseLatLng';
import { listUnplaced } from './toGeoJson';

export interface PlacementPanelProps {
  readonly placing: NodeId | null;
  readonly onPlace: (id: NodeId | null) => void;
}

/** How many unplaced nodes the list shows before "and N more". */
const LIST_LIMIT = 50;

const PRIVACY_LABELS: Record<LocationPrivacy, string> = {
  exact: 'Exact point',
  approximate: 'Approximate (neighbourhood)',
  hidden: 'Hidden (never drawn or exported)',
};

/** Maps narrower than this (in CSS pixels) start with the "not on the map yet" list folded. */
const NARROW_MAP_PX = 700;

export function PlacementPanel({ placing, onPlace }: PlacementPanelProps) {
  const doc = useAppStore(selectDocument);
  const mapFilter = useAppStore((s) => s.mapFilter);
  const selected = useAppStore(selectSelectedNode);
  const unplaced = useMemo(
    () => (doc === null ? [] : listUnplaced(doc, applyFilter(doc, mapFilter).nodeIds)),
    [doc, mapFilter],
  );
  const [open, setOpen] = useState(true);
  const panel = useRef<HTMLElement>(null);
  // On a narrow map (the split view, a small screen) the open list would cover the markers:
  // start it folded there; its button still shows how many nodes wait for a place.
  useLayoutEffect(() => {
    const width = panel.current?.parentElement?.clientWidth ?? Infinity;
    if (width < NARROW_MAP_PX) setOpen(false);
  }, []);

  if (doc === null) return null;
  return (
    <aside ref={panel} className="map-placement" aria-label="Placing nodes" data-testid="map-placement">
      {selected !== null && <SelectedPlace key={selected.id} />}
      <button
        type="button"
        className="map-placement-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Not on the map yet ({unplaced.length})
      </button>
      {open && (
        <ul className="map-unplaced" data-testid="map-unplaced">
          {unplaced.slice(0, LIST_LIMIT).map((n) => (
            <li key={n.id} data-node-id={n.id}>
              <span className="map-unplaced-label">{n.label}</span>
              <button
                type="button"
                aria-pressed={placing === n.id}
                onClick={() => onPlace(placing === n.id ? null : n.id)}
                data-testid="map-place-node"
              >
                {placing === n.id ? 'Cancel' : 'Place'}
              </button>
            </li>
          ))}
          {unplaced.length > LIST_LIMIT && <li className="muted">and {unplaced.length - LIST_LIMIT} more</li>}
          {unplaced.length === 0 && <li className="muted">Every visible node has a place.</li>}
        </ul>
      )}
    </aside>
  );
}

/** Typed coordinates and privacy for the one selected node. */
function SelectedPlace() {
  const store = useAppStoreApi();
  const node = useAppStore(selectSelectedNode);
  const inputId = useId();
  const messageId = useId();
  const [text, setText] = useState(node?.location ? `${node.location.lat}, ${node.location.lng}` : '');
  const [message, setMessage] = useState<string | null>(null);
  if (node === null) return null;

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (node === null) return;
    const parsed = parseLatLng(text);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setMessage(null);
    const location = node.location
      ? { ...parsed.value, privacy: node.location.privacy }
      : newLocation(node.kind, parsed.value);
    store.getState().setLocation(node.id, location);
  }

  return (
    <form className="map-selected-place" onSubmit={handleSubmit} data-testid="map-latlng-form">
      <label htmlFor={inputId}>
        Place of <strong>{node.label}</strong> (latitude, longitude)
      </label>
      <div className="row">
        <input
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="51.4700, -0.0800"
          aria-invalid={message !== null}
          aria-describedby={message !== null ? messageId : undefined}
          data-testid="map-latlng-input"
        />
        <button type="submit">Set</button>
      </div>
      {message !== null && (
        <p id={messageId} className="field-error" role="alert">
          {message}
        </p>
      )}
      {node.location && (
        <label className="row">
          Privacy{' '}
          <select
            value={node.location.privacy}
            onChange={(e) =>
              node.location &&
              store
                .getState()
                .setLocation(node.id, { ...node.location, privacy: e.target.value as LocationPrivacy })
            }
            data-testid="map-privacy"
          >
            {LOCATION_PRIVACY_IDS.map((p) => (
              <option key={p} value={p}>
                {PRIVACY_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
