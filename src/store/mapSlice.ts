// The map slice: the person's map settings (saved per browser by the map view, not with the
// document), which basemap is actually showing, and the notice shown when an online style or a
// street file failed and the offline basemap took over. Per-tab state: never part of the document
// or the undo history.
import { DEFAULT_MAP_SETTINGS, type MapSettings } from '../persistence/mapAssets';
import type { SetState } from './types';

/** The basemap on screen right now (may differ from the chosen one after a fallback). */
export type BasemapShowing = MapSettings['basemap'];

export interface MapSlice {
  readonly mapSettings: MapSettings;
  /** True once the stored settings were read (the map waits for them before choosing a basemap). */
  readonly mapSettingsLoaded: boolean;
  readonly basemapShowing: BasemapShowing;
  /** A sentence about the basemap to show over the map (e.g. a fallback), or null. */
  readonly basemapNotice: string | null;
}

export interface MapActions {
  /** Change some settings; `loaded` marks them as read from storage. */
  setMapSettings(patch: Partial<MapSettings>, loaded?: boolean): void;
  setBasemapShowing(showing: BasemapShowing): void;
  setBasemapNotice(notice: string | null): void;
}

export const INITIAL_MAP: MapSlice = {
  mapSettings: DEFAULT_MAP_SETTINGS,
  mapSettingsLoaded: false,
  basemapShowing: 'offline',
  basemapNotice: null,
};

export function createMapActions(set: SetState): MapActions {
  return {
    setMapSettings(patch, loaded) {
      set((s) => ({
        mapSettings: { ...s.mapSettings, ...patch },
        ...(loaded === true ? { mapSettingsLoaded: true } : {}),
      }));
    },
    setBasemapShowing(basemapShowing) {
      set({ basemapShowing });
    },
    setBasemapNotice(basemapNotice) {
      set({ basemapNotice });
    },
  };
}
