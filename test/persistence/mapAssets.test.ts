import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import {
  createMapAssets,
  DEFAULT_MAP_SETTINGS,
  type MapAssets,
  parseMapSettings,
} from '../../src/persistence/mapAssets';

let n = 0;
let open: MapAssets[] = [];
function fresh(): MapAssets {
  const assets = createMapAssets({ dbName: `assets-test-${++n}`, now: () => '2026-02-01T09:00:00.000Z' });
  open.push(assets);
  return assets;
}
afterEach(async () => {
  await Promise.all(open.map((a) => a.close()));
  open = [];
});

describe('map settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await fresh().loadSettings()).toEqual({
      basemap: 'offline',
      styleUrl: '',
      pmtilesName: null,
      density: 'off',
      clusters: true,
      ties: 'selection',
    });
  });

  it('keeps what was saved', async () => {
    const assets = fresh();
    const settings = {
      basemap: 'online',
      styleUrl: 'https://tiles.example.org/style.json',
      pmtilesName: null,
      density: 'ties',
      clusters: false,
      ties: 'all',
    } as const;
    await assets.saveSettings(settings);
    expect(await assets.loadSettings()).toEqual(settings);
  });

  it('replaces damaged fields one by one with their defaults and drops unknown ones', () => {
    expect(
      parseMapSettings({ basemap: 'satellite', styleUrl: 42, density: 'nodes', clusters: 'yes', ties: 'some', extra: 1 }),
    ).toEqual({
      ...DEFAULT_MAP_SETTINGS,
      density: 'nodes',
    });
    expect(parseMapSettings('not an object')).toEqual(DEFAULT_MAP_SETTINGS);
    expect(parseMapSettings(null)).toEqual(DEFAULT_MAP_SETTINGS);
  });
});

describe('PMTiles street file', () => {
  it('is stored once and read back byte for byte, then removed', async () => {
    const assets = fresh();
    expect(await assets.loadPmtiles()).toBeNull();
    const stored = await assets.savePmtiles(
      'larkspur.pmtiles',
      new Blob([new Uint8Array([0x50, 0x4d, 0x54, 0x69, 0x6c, 0x65, 0x73, 3])]),
    );
    expect(stored.savedAt).toBe('2026-02-01T09:00:00.000Z');
    const back = await assets.loadPmtiles();
    expect(back?.name).toBe('larkspur.pmtiles');
    expect([...new Uint8Array(await back!.blob.arrayBuffer())]).toEqual([
      0x50, 0x4d, 0x54, 0x69, 0x6c, 0x65, 0x73, 3,
    ]);
    await assets.deletePmtiles();
    expect(await assets.loadPmtiles()).toBeNull();
  });
});
