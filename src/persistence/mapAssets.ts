// The map view's own browser storage: the person's map settings (which basemap, an online style
// address, density and cluster toggles) and a PMTiles street extract they loaded once from a file.
// Kept in a separate IndexedDB database from "My maps", so a large street file never slows the
// map list and neither schema has to migrate for the other. Settings are validated on the way back
// in like any other boundary: a damaged record gives the defaults, never a crash.
import type { DBSchema } from 'idb';
import * as z from 'zod';

import { createConnection } from './connection';

/** Which basemap the person chose: the bundled one, an online style, or their PMTiles file. */
export const BASEMAP_CHOICES = ['offline', 'online', 'pmtiles'] as const;
export type BasemapChoice = (typeof BASEMAP_CHOICES)[number];

/** What the hexagon layer counts: nothing, tie midpoints, or markers. */
export const DENSITY_CHOICES = ['off', 'ties', 'nodes'] as const;
export type DensityChoice = (typeof DENSITY_CHOICES)[number];

/** Which ties the map draws: only those touching the selection, or all. */
export const TIE_SCOPES = ['selection', 'all'] as const;

export const MapSettingsSchema = z.object({
  basemap: z.enum(BASEMAP_CHOICES).catch('offline'),
  /** The online MapLibre style address last set (kept when the person switches back offline). */
  styleUrl: z.string().max(2000).catch(''),
  /** File name of the stored PMTiles extract, or null when none is stored. */
  pmtilesName: z.string().max(300).nullable().catch(null),
  density: z.enum(DENSITY_CHOICES).catch('off'),
  /** Group markers into clusters at low zoom. */
  clusters: z.boolean().catch(true),
  /**
   * Which ties the map draws: those of the selection (the default: every tie of a neighbourhood at
   * once is a tangle over the streets), or all of them.
   */
  ties: z.enum(TIE_SCOPES).catch('selection'),
});
export type MapSettings = z.infer<typeof MapSettingsSchema>;

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  basemap: 'offline',
  styleUrl: '',
  pmtilesName: null,
  density: 'off',
  clusters: true,
  ties: 'selection',
};

/** A stored street extract: its original file name, the bytes, and when it was stored. */
export interface StoredPmtiles {
  readonly name: string;
  readonly blob: Blob;
  readonly savedAt: string;
}

interface MapAssetsDb extends DBSchema {
  assets: { key: string; value: unknown };
}

const SETTINGS_KEY = 'settings';
const PMTILES_KEY = 'pmtiles';
export const DEFAULT_ASSETS_DB_NAME = 'carewealth-map-assets';

export interface MapAssetsOptions {
  /** IndexedDB database name; tests use a fresh one each. */
  readonly dbName?: string;
  readonly now?: () => string;
}

export interface MapAssets {
  /** The stored settings, or the defaults when none are stored or storage is unavailable. */
  loadSettings(): Promise<MapSettings>;
  /** Rejects on storage errors (quota, private mode). */
  saveSettings(settings: MapSettings): Promise<void>;
  /** The stored street extract, or null. Never rejects. */
  loadPmtiles(): Promise<StoredPmtiles | null>;
  /** Keep a street extract, replacing any earlier one. Rejects on storage errors. */
  savePmtiles(name: string, blob: Blob): Promise<StoredPmtiles>;
  deletePmtiles(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Settings read back from storage: unknown or damaged fields fall back to their defaults one by
 * one, so a record from a newer version keeps what this version understands.
 */
export function parseMapSettings(raw: unknown): MapSettings {
  const parsed = MapSettingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : DEFAULT_MAP_SETTINGS;
}

export function createMapAssets(options: MapAssetsOptions = {}): MapAssets {
  const dbName = options.dbName ?? DEFAULT_ASSETS_DB_NAME;
  const now = options.now ?? (() => new Date().toISOString());
  const connection = createConnection<MapAssetsDb>(dbName, 1, (database) => {
    if (!database.objectStoreNames.contains('assets')) database.createObjectStore('assets');
  });
  const db = connection.get;

  return {
    async loadSettings() {
      try {
        return parseMapSettings(await (await db()).get('assets', SETTINGS_KEY));
      } catch {
        return DEFAULT_MAP_SETTINGS;
      }
    },
    async saveSettings(settings) {
      await (await db()).put('assets', MapSettingsSchema.parse(settings), SETTINGS_KEY);
    },
    async loadPmtiles() {
      try {
        const raw = (await (await db()).get('assets', PMTILES_KEY)) as Partial<StoredPmtiles> | undefined;
        if (raw === undefined || typeof raw.name !== 'string' || !(raw.blob instanceof Blob)) return null;
        return {
          name: raw.name,
          blob: raw.blob,
          savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
        };
      } catch {
        return null;
      }
    },
    async savePmtiles(name, blob) {
      const stored: StoredPmtiles = { name: name.slice(0, 300), blob, savedAt: now() };
      await (await db()).put('assets', stored, PMTILES_KEY);
      return stored;
    },
    async deletePmtiles() {
      await (await db()).delete('assets', PMTILES_KEY);
    },
    close: connection.close,
  };
}
