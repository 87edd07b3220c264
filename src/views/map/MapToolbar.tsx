// The map view's toolbar: place or un-place the selected node, what the hexagons count, clusters
// on or off, the map settings, and the PNG export. Settings changes are saved per browser by
// MapSettings' storage; here they only go to the store (the map view persists nothing itself).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState } from 'react';

import { type NodeId, shareMap } from '../../model';
import type { DensityChoice } from '../../store';
import { selectLookFacts, selectSelectedNode, useAppStore, useAppStoreApi } from '../../store';
import { downloadBlob, fileBaseName } from '../../ui/download';
import { exportMapPng } from './exportMapPng';
import { lookOf } from '../../look';
import { densityFeatures } from './density';
import { drawShared, sharedMapFeatures } from './sharedPicture';

export interface MapToolbarProps {
  readonly map: MapLibreMap | null;
  readonly placing: NodeId | null;
  readonly onPlace: (id: NodeId | null) => void;
  readonly onOpenSettings: () => void;
}

const DENSITY_LABELS: Record<DensityChoice, string> = {
  off: 'No density',
  ties: 'Density of ties',
  nodes: 'Density of nodes',
};

export function MapToolbar({ map, placing, onPlace, onOpenSettings }: MapToolbarProps) {
  const store = useAppStoreApi();
  const selected = useAppStore(selectSelectedNode);
  const density = useAppStore((s) => s.mapSettings.density);
  const clusters = useAppStore((s) => s.mapSettings.clusters);
  const title = useAppStore((s) => s.document?.meta.title ?? 'Care map');
  const [exporting, setExporting] = useState(false);

  async function handleExport() {
    if (map === null) return;
    setExporting(true);
    try {
      const credits = [...map.getContainer().querySelectorAll('.maplibregl-ctrl-attrib-inner')]
        .map((e) => e.textContent ?? '')
        .join(' ');
      const footer = `${title} · ${new Date().toISOString().slice(0, 10)} · People shown as in a copy to share: never at home.${credits.trim() !== '' ? ` · ${credits.trim()}` : ''}`;
      // The picture leaves the device like a copy to share, so it shows people the same way.
      const s = store.getState();
      if (s.document === null) return;
      const zoom = Math.round(map.getZoom());
      const look = lookOf(s.document, { ...selectLookFacts(s), outOfFocus: 'dimmed' });
      const features = sharedMapFeatures(look, shareMap(s.document, s.shareOptions), zoom);
      const network = {
        nodes: features.nodes,
        ties: features.ties,
        density: densityFeatures(features, density, zoom),
      };
      downloadBlob(
        `${fileBaseName(title)}-map.png`,
        await drawShared(map, network, () => exportMapPng(map, footer)),
      );
    } catch (error) {
      store
        .getState()
        .setBasemapNotice(
          `The image could not be made: ${error instanceof Error ? error.message : String(error)}`,
        );
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="view-toolbar map-toolbar" role="toolbar" aria-label="Map tools">
      <button
        type="button"
        disabled={selected === null}
        aria-pressed={placing !== null && placing === selected?.id}
        onClick={() => selected && onPlace(placing === selected.id ? null : selected.id)}
        data-testid="map-place-selected"
        title="Then click the map where the selected node belongs"
      >
        {selected?.location ? 'Move selected' : 'Place selected'}
      </button>
      <button
        type="button"
        disabled={!selected?.location}
        onClick={() => selected && store.getState().setLocation(selected.id, undefined)}
        data-testid="map-unplace"
      >
        Remove from map
      </button>
      <label>
        <span className="visually-hidden">Hexagons</span>
        <select
          value={density}
          onChange={(e) => store.getState().setMapSettings({ density: e.target.value as DensityChoice })}
          data-testid="map-density"
        >
          {Object.entries(DENSITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={clusters}
          onChange={(e) => store.getState().setMapSettings({ clusters: e.target.checked })}
          data-testid="map-clusters"
        />{' '}
        Clusters
      </label>
      <button type="button" onClick={onOpenSettings} data-testid="map-settings-button">
        Map settings…
      </button>
      <button
        type="button"
        disabled={map === null || exporting}
        onClick={() => void handleExport()}
        data-testid="map-export-png"
      >
        Export PNG
      </button>
    </div>
  );
}
