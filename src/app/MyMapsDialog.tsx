// "My maps": every map kept in this browser, with its title, when it was updated and its size.
// Open, rename, duplicate or delete one (deleting asks first, naming the map), start a new map, or
// open one of the bundled sample maps (as a new map of your own).
import { useCallback, useEffect, useState } from 'react';

import type { MapListEntry } from '../persistence';
import { storageProblem } from '../persistence';
import { refusalMessage, useAppStore } from '../store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { InlineTextEdit } from '../ui/InlineTextEdit';
import { deleteStoredMap, openSampleMap, openStoredMap } from './mapActions';
import { NewMapForm } from './NewMapForm';
import { loadSample, SAMPLE_MAPS } from './sample';
import { useServices } from './services';
import { FormError } from '../ui/FormError';

function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function MyMapsDialog({ onClose }: { readonly onClose: () => void }) {
  const services = useServices();
  const openId = useAppStore((s) => s.mapId);
  const revision = useAppStore((s) => s.revision);
  const [maps, setMaps] = useState<MapListEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<MapListEntry | null>(null);

  // Bumped after each change made from the dialog, to read the list again.
  const [listVersion, setListVersion] = useState(0);
  const refresh = useCallback(() => setListVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    services.autosave
      .flush()
      .then(() => services.repo.listMaps())
      .then(
        (list) => {
          if (!live) return;
          setMaps(list);
          setError(null);
        },
        (e: unknown) => {
          if (!live) return;
          setError(storageProblem(e, 'list your maps').message);
          setMaps([]);
        },
      );
    return () => {
      live = false;
    };
  }, [services, revision, listVersion]);

  async function rename(entry: MapListEntry, title: string): Promise<string | null> {
    if (entry.id === openId) {
      // The open map is renamed through the store so the change can be undone.
      const result = services.store.getState().updateMeta({ title });
      refresh();
      return refusalMessage(result);
    }
    const result = await services.repo.renameMap(entry.id, title);
    refresh();
    return result.ok ? null : (result.problems[0]?.message ?? 'Could not rename the map.');
  }

  async function duplicate(entry: MapListEntry) {
    const result = await services.repo.duplicateMap(entry.id);
    if (!result.ok) setError(result.problems[0]?.message ?? 'Could not duplicate the map.');
    refresh();
  }

  if (toDelete !== null) {
    return (
      <ConfirmDialog
        title="Delete map?"
        message={`Delete “${toDelete.title}” (${toDelete.nodeCount} nodes, ${toDelete.tieCount} ties) from this browser? This cannot be undone. Download a copy first if you may need it.`}
        confirmLabel="Delete map"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          const entry = toDelete;
          setToDelete(null);
          await deleteStoredMap(services, entry.id);
          refresh();
        }}
      />
    );
  }

  return (
    <Dialog title="My maps" onClose={onClose} testId="my-maps-dialog">
      <FormError message={error} />
      {maps === null ? (
        <p>Loading…</p>
      ) : maps.length === 0 ? (
        <p>No maps are kept in this browser yet.</p>
      ) : (
        <ul className="map-list" aria-label="Saved maps">
          {maps.map((m) => (
            <li key={m.id} data-testid="my-maps-item" className={m.id === openId ? 'current' : ''}>
              <RenameableTitle entry={m} onRename={rename} />
              <span className="muted">
                {m.nodeCount} nodes · {m.tieCount} ties · updated {formatWhen(m.updatedAt)}
                {m.id === openId ? ' · open now' : ''}
              </span>
              <span className="row-actions">
                <button
                  type="button"
                  disabled={m.id === openId}
                  data-testid="my-maps-open"
                  onClick={async () => {
                    if (await openStoredMap(services, m.id)) onClose();
                  }}
                >
                  Open <span className="sr-only">{m.title}</span>
                </button>
                <button type="button" data-testid="my-maps-duplicate" onClick={() => void duplicate(m)}>
                  Duplicate <span className="sr-only">{m.title}</span>
                </button>
                <button
                  type="button"
                  className="danger"
                  data-testid="my-maps-delete"
                  onClick={() => setToDelete(m)}
                >
                  Delete <span className="sr-only">{m.title}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <NewMapForm onCreated={onClose} />
      {SAMPLE_MAPS.length > 0 && (
        <section aria-labelledby="sample-maps-heading">
          <h3 id="sample-maps-heading">Sample maps</h3>
          <ul className="map-list" aria-label="Sample maps">
            {SAMPLE_MAPS.map((sample) => (
              <li key={sample.name} data-testid="sample-map" data-sample={sample.name}>
                <span className="map-list-title">{sample.title}</span>
                <span className="muted">{sample.description}</span>
                <span className="row-actions">
                  <button
                    type="button"
                    data-testid="sample-map-open"
                    onClick={async () => {
                      if (await openSampleMap(services, await loadSample(sample.name))) onClose();
                    }}
                  >
                    Open <span className="sr-only">{sample.title}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}

function RenameableTitle({
  entry,
  onRename,
}: {
  entry: MapListEntry;
  onRename: (e: MapListEntry, t: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="map-list-title">
      <InlineTextEdit
        label={`Title of ${entry.title}`}
        testId="my-maps-title"
        value={entry.title}
        onCommit={(text) => {
          void onRename(entry, text).then(setError);
          return null;
        }}
      />
      {error !== null && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
