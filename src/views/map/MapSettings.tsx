// Map settings: which basemap (the bundled offline one, an online MapLibre style URL, or a PMTiles
// street file loaded once and kept in this browser) and the document's area overlays (import a
// GeoJSON file, show or hide, remove). Basemap choices are per browser; overlays belong to the
// document, so changing them is an undoable edit.
import { useId, useState } from 'react';

import { type CareMap, formatProblem, OVERLAY_KINDS, setOverlays } from '../../model';
import type { MapAssets } from '../../store';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { checkStyleUrl } from './basemapStyle';
import { type OverlayKind, readOverlayGeoJson } from '../../io';
import { streetStyleFromBlob } from './streetFile';

export interface MapSettingsProps {
  readonly assets?: MapAssets | undefined;
  readonly onClose: () => void;
}

export function MapSettings({ assets, onClose }: MapSettingsProps) {
  return (
    <Dialog title="Map settings" onClose={onClose} testId="map-settings">
      <BasemapSection assets={assets} />
      <OverlaySection />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="map-settings-close">
          Close
        </button>
      </div>
    </Dialog>
  );
}

function BasemapSection({ assets }: { readonly assets?: MapAssets | undefined }) {
  const store = useAppStoreApi();
  const settings = useAppStore((s) => s.mapSettings);
  const [url, setUrl] = useState(settings.styleUrl);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlId = useId();
  const fileId = useId();

  function handleUseOnline(event: React.FormEvent) {
    event.preventDefault();
    const check = checkStyleUrl(url);
    if (!check.ok) {
      setMessage(check.message);
      return;
    }
    setMessage(null);
    store.getState().setMapSettings({ basemap: 'online', styleUrl: check.url });
  }

  async function loadStreetFile(file: File) {
    setBusy(true);
    // Check the file can be drawn before keeping it: a wrong file should not replace a good one.
    const result = await streetStyleFromBlob(file.name, file, import.meta.env.BASE_URL);
    if (!result.ok) {
      setMessage(result.message);
      setBusy(false);
      return;
    }
    try {
      await assets?.savePmtiles(file.name, file);
      setMessage(
        `Loaded “${file.name}” (${result.schema === 'raster' ? 'raster tiles' : `${result.schema} schema`}).`,
      );
      store.getState().setMapSettings({ basemap: 'pmtiles', pmtilesName: file.name });
    } catch {
      setMessage('The street file could not be kept in this browser (storage is full or not allowed).');
    }
    setBusy(false);
  }

  async function removeStreetFile() {
    await assets?.deletePmtiles().catch(() => undefined);
    store.getState().setMapSettings({
      pmtilesName: null,
      ...(settings.basemap === 'pmtiles' ? { basemap: 'offline' } : {}),
    });
  }

  return (
    <fieldset className="map-settings-basemap">
      <legend>Basemap</legend>
      <label>
        <input
          type="radio"
          name="basemap"
          checked={settings.basemap === 'offline'}
          onChange={() => store.getState().setMapSettings({ basemap: 'offline' })}
          data-testid="basemap-offline"
        />{' '}
        Offline (bundled with the app: land, coast and borders; streets from your overlays)
      </label>
      <form onSubmit={handleUseOnline} className="row">
        <label htmlFor={urlId}>Online MapLibre style address</label>
        <input
          id={urlId}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.org/style.json"
          data-testid="basemap-style-url"
        />
        <button type="submit" data-testid="basemap-use-online">
          Use this style
        </button>
      </form>
      <p className="hint">
        The style’s own credits are shown at the bottom right of the map. If it cannot load, the offline
        basemap is shown instead.
      </p>
      <div className="row">
        <label htmlFor={fileId}>Street map file (PMTiles, Protomaps basemap or OpenMapTiles schema)</label>
        <input
          id={fileId}
          type="file"
          accept=".pmtiles"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void loadStreetFile(file);
            e.target.value = '';
          }}
          data-testid="basemap-pmtiles-file"
        />
      </div>
      {settings.pmtilesName !== null && (
        <p className="row">
          <label>
            <input
              type="radio"
              name="basemap"
              checked={settings.basemap === 'pmtiles'}
              onChange={() => store.getState().setMapSettings({ basemap: 'pmtiles' })}
            />{' '}
            Street file “{settings.pmtilesName}”
          </label>
          <button type="button" onClick={() => void removeStreetFile()}>
            Remove
          </button>
        </p>
      )}
      {message !== null && (
        <p className="hint" role="status" data-testid="basemap-message">
          {message}
        </p>
      )}
    </fieldset>
  );
}

function OverlaySection() {
  const store = useAppStoreApi();
  const doc = useAppStore(selectDocument);
  const [kind, setKind] = useState<OverlayKind>('other');
  const [messages, setMessages] = useState<string[]>([]);
  const fileId = useId();
  if (doc === null) return null;

  function change(next: CareMap['overlays'], label: string) {
    const current = store.getState().document;
    if (current === null) return;
    const result = store.getState().replaceDocument(setOverlays(current, next), label);
    if (!result.ok) setMessages([result.reason]);
  }

  async function importFile(file: File) {
    const result = readOverlayGeoJson(await file.text(), file.name, { kind });
    if (!result.ok) {
      setMessages(result.problems.map(formatProblem));
      return;
    }
    setMessages(result.warnings.map(formatProblem));
    change(
      [...(store.getState().document?.overlays ?? []), result.value],
      `Import overlay ${result.value.name}`,
    );
  }

  return (
    <fieldset className="map-settings-overlays">
      <legend>Area overlays (saved with this map)</legend>
      <ul data-testid="overlay-list">
        {doc.overlays.map((o) => (
          <li key={o.id}>
            <label>
              <input
                type="checkbox"
                checked={o.visible}
                onChange={(e) =>
                  change(
                    doc.overlays.map((x) => (x.id === o.id ? { ...x, visible: e.target.checked } : x)),
                    `${e.target.checked ? 'Show' : 'Hide'} overlay ${o.name}`,
                  )
                }
              />{' '}
              {o.name} <span className="muted">({o.features.length} shapes)</span>
            </label>{' '}
            <button
              type="button"
              onClick={() =>
                change(
                  doc.overlays.filter((x) => x.id !== o.id),
                  `Remove overlay ${o.name}`,
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
        {doc.overlays.length === 0 && <li className="muted">No overlays yet.</li>}
      </ul>
      <div className="row">
        <label>
          Shapes are{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as OverlayKind)}>
            {OVERLAY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={fileId}>Import GeoJSON</label>
        <input
          id={fileId}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
          data-testid="overlay-file"
        />
      </div>
      {messages.length > 0 && (
        <ul className="field-error" role="alert" data-testid="overlay-problems">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
