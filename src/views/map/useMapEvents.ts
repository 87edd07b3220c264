// Controller for pointer events on the map. Everything goes into the store as named actions, so
// the graph, inspector and table follow: click a marker -> select its node (Shift adds), click a
// tie line -> select the tie, click a cluster -> zoom into it, click empty map -> clear the
// selection or, in Place mode, set the node's location there. Click a counted cell -> zoom to
// street level over it, where its people are drawn one by one with their names. Hovering a marker or tie sets the
// store's hover. Dragging a marker moves the node (one undoable step on release).
import type {
  GeoJSONSource,
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapLayerMouseEvent,
  MapMouseEvent,
} from 'maplibre-gl';
import { type RefObject, useEffect, useRef } from 'react';

import { asNodeId, asTieId, type CareMap, type LatLng, newLocation, type NodeId } from '../../model';
import type { AppStore } from '../../store';
import { roundDegrees } from './mercator';
import {
  CELL_LAYER_ID,
  CLUSTER_LAYER_ID,
  MARKER_LAYER_ID,
  NODE_SOURCE_ID,
  TIE_LAYER_IDS,
} from './networkLayers';
import { type MapFeatures, STREET_ZOOM } from './toGeoJson';

/** Pixels the pointer must travel before a press on a marker becomes a drag. */
const DRAG_THRESHOLD_PX = 4;

/**
 * Set a node's location at `point` as one undoable step. A node placed for the first time gets its
 * kind's default privacy (people approximate); a node moved keeps the privacy it had.
 */
export function placeNode(store: AppStore, id: NodeId, point: LatLng): boolean {
  const doc: CareMap | null = store.getState().document;
  const node = doc?.nodes.find((n) => n.id === id);
  if (!node) return false;
  const at = { lat: roundDegrees(point.lat), lng: roundDegrees(point.lng) };
  const location = node.location ? { ...at, privacy: node.location.privacy } : newLocation(node.kind, at);
  return store.getState().setLocation(id, location).ok;
}

export interface MapEventOptions {
  /** The node waiting to be placed by a click on the map, or null. */
  readonly placing: RefObject<NodeId | null>;
  readonly onPlaced: () => void;
  /** The features last handed to the map (to move a dragged marker without a store change). */
  readonly features: RefObject<MapFeatures | null>;
}

function hit(
  map: MapLibreMap,
  event: MapMouseEvent,
  layers: readonly string[],
): MapGeoJSONFeature | undefined {
  const present = layers.filter((l) => map.getLayer(l) !== undefined);
  if (present.length === 0) return undefined;
  return map.queryRenderedFeatures(event.point, { layers: present })[0];
}

export function useMapEvents(map: MapLibreMap | null, store: AppStore, options: MapEventOptions): void {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });

  useEffect(() => {
    if (map === null) return;
    const canvas = map.getCanvasContainer();
    let drag: { id: NodeId; startX: number; startY: number; moved: boolean } | null = null;

    const handleClick = (event: MapMouseEvent) => {
      const state = store.getState();
      const placing = opts.current.placing.current;
      if (placing !== null) {
        placeNode(store, placing, { lat: event.lngLat.lat, lng: event.lngLat.lng });
        opts.current.onPlaced();
        return;
      }
      const cluster = hit(map, event, [CLUSTER_LAYER_ID]);
      if (cluster) {
        const source = map.getSource<GeoJSONSource>(NODE_SOURCE_ID);
        const clusterId = cluster.properties['cluster_id'] as number;
        const geometry = cluster.geometry;
        void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
          if (geometry.type === 'Point')
            map.easeTo({ center: geometry.coordinates as [number, number], zoom });
        });
        return;
      }
      const marker = hit(map, event, [MARKER_LAYER_ID]);
      const additive = event.originalEvent.shiftKey;
      const cell = marker ? undefined : hit(map, event, [CELL_LAYER_ID]);
      if (cell) {
        if (cell.geometry.type === 'Point')
          map.easeTo({
            center: cell.geometry.coordinates as [number, number],
            zoom: Math.max(map.getZoom(), STREET_ZOOM + 0.5),
          });
        return;
      }
      if (marker) {
        const id = asNodeId(String(marker.properties['id']));
        const nodeIds = additive ? [...new Set([...state.selection.nodeIds, id])] : [id];
        state.select({ nodeIds, tieIds: additive ? state.selection.tieIds : [] });
        return;
      }
      const line = hit(map, event, TIE_LAYER_IDS);
      if (line) {
        const id = asTieId(String(line.properties['id']));
        const tieIds = additive ? [...new Set([...state.selection.tieIds, id])] : [id];
        state.select({ tieIds, nodeIds: additive ? state.selection.nodeIds : [] });
        return;
      }
      if (!additive) state.clearSelection();
    };

    let hoverId: string | null = null;
    const handleMove = (event: MapMouseEvent) => {
      if (drag !== null) return;
      const marker = hit(map, event, [MARKER_LAYER_ID, CLUSTER_LAYER_ID, CELL_LAYER_ID]);
      const line = marker ? undefined : hit(map, event, TIE_LAYER_IDS);
      const id = marker?.properties['id'] ?? line?.properties['id'];
      // A cell stands for several nodes: it has no hover of its own (a cluster's id is a number).
      const next = typeof id === 'string' && marker?.properties['cell'] !== true ? id : null;
      canvas.style.cursor =
        opts.current.placing.current !== null ? 'crosshair' : marker || line ? 'pointer' : '';
      if (next === hoverId) return;
      hoverId = next;
      const state = store.getState();
      if (next === null) state.setHover(null);
      else if (marker) state.setHover({ kind: 'node', id: asNodeId(next) });
      else state.setHover({ kind: 'tie', id: asTieId(next) });
    };

    const handleDown = (event: MapLayerMouseEvent) => {
      if (opts.current.placing.current !== null || event.originalEvent.button !== 0) return;
      const f = event.features?.[0];
      if (!f) return;
      event.preventDefault();
      drag = {
        id: asNodeId(String(f.properties['id'])),
        startX: event.point.x,
        startY: event.point.y,
        moved: false,
      };
      map.dragPan.disable();
    };

    const handleDragMove = (event: MapMouseEvent) => {
      if (drag === null) return;
      if (
        !drag.moved &&
        Math.hypot(event.point.x - drag.startX, event.point.y - drag.startY) < DRAG_THRESHOLD_PX
      )
        return;
      drag.moved = true;
      canvas.style.cursor = 'grabbing';
      const current = opts.current.features.current;
      const source = map.getSource<GeoJSONSource>(NODE_SOURCE_ID);
      if (!current || !source) return;
      const id = drag.id;
      const at: [number, number] = [event.lngLat.lng, event.lngLat.lat];
      // Show the marker under the pointer while dragging; the store is changed once, on release.
      void source.setData({
        ...current.nodes,
        features: current.nodes.features.map((f) =>
          f.properties.id === id ? { ...f, geometry: { type: 'Point', coordinates: at } } : f,
        ),
      });
    };

    const handleUp = (event: MapMouseEvent) => {
      if (drag === null) return;
      const { id, moved } = drag;
      drag = null;
      map.dragPan.enable();
      canvas.style.cursor = '';
      // MapLibre sends no click after a press that moved, so the drop is not also a click.
      if (!moved) return;
      placeNode(store, id, { lat: event.lngLat.lat, lng: event.lngLat.lng });
    };

    map.on('click', handleClick);
    map.on('mousemove', handleMove);
    map.on('mousedown', MARKER_LAYER_ID, handleDown);
    map.on('mousemove', handleDragMove);
    map.on('mouseup', handleUp);
    return () => {
      map.off('click', handleClick);
      map.off('mousemove', handleMove);
      map.off('mousedown', MARKER_LAYER_ID, handleDown);
      map.off('mousemove', handleDragMove);
      map.off('mouseup', handleUp);
    };
  }, [map, store]);
}
