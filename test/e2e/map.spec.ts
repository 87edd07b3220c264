// Browser tests for the map view (issue 5): the canvas really draws the basemap, overlays and
// markers; clicking a marker selects that node in the graph and the inspector; placing a node by
// clicking the map saves its location (kept after a reload) with its kind's default privacy; an
// approximate person is never drawn or shared at the exact point; a broken online style falls
// back to the offline basemap with a visible notice; and the PNG export gives an image.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { CareMap, CareNode } from '../../src/model';
import { BASEMAP_COLOURS } from '../../src/views/map/basemapStyle';
import type { ProbeMarker } from '../../src/views/map/mapProbe';
import { KIND_LOOKS } from '../../src/look';
import { useBrowser } from './browser';
import { DownloadsPage } from './pages/DownloadsPage';
import { MapPage } from './pages/MapPage';

const SAMPLE = JSON.parse(readFileSync('sample-maps/larkspur-green.carewealth.json', 'utf8')) as CareMap;
const OFFLINE_STYLE = 'Carewealth offline basemap';

/** Default privacy grid, written out here rather than imported: cells of 0.005° lat × 0.008° lng. */
const CELL = { lat: 0.005, lng: 0.008 };

/** True when (lat, lng) is the centre of a default privacy cell (k + ½ cells from -90°/-180°). */
function isCellCentre(lat: number, lng: number): boolean {
  const a = (lat + 90) / CELL.lat - 0.5;
  const b = (lng + 180) / CELL.lng - 0.5;
  return Math.abs(a - Math.round(a)) < 1e-3 && Math.abs(b - Math.round(b)) < 1e-3;
}

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function near(a: readonly number[], b: readonly number[], tolerance: number): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
}

/** Software WebGL on two cores: loading the 50m land file and drawing ~170 markers takes a while. */
const SLOW = 240_000;

const session = useBrowser();

describe('map view', () => {
  it(
    'draws the offline basemap, the sample overlays and the markers in their kind colours',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showMap();
      expect(await app.basemap()).toEqual({ showing: 'offline', styleName: OFFLINE_STYLE });

      const c = BASEMAP_COLOURS;
      const pixels = await app.canvasPixels([c.land, c.park, c.street]);
      // Land fills most of a neighbourhood view; the sample's parks and streets come from overlays.
      const sampled = Math.ceil(pixels.width / 3) * Math.ceil(pixels.height / 3);
      expect(pixels.matches[c.land]).toBeGreaterThan(sampled * 0.2);
      expect(pixels.matches[c.park]).toBeGreaterThan(200);
      expect(pixels.matches[c.street]).toBeGreaterThan(200);
      expect(pixels.distinctColours).toBeGreaterThan(50);

      // Every marker drawn alone (not fanned out, so nothing overlaps it) shows its kind's fill on a
      // ring 6 px from its centre (the letter sits in the middle).
      const markers = await app.sourceMarkers();
      expect(markers.length).toBeGreaterThan(100);
      const byId = new Map<string, CareNode>(SAMPLE.nodes.map((n) => [n.id, n]));
      const box = await app.canvasBox();
      const lone: { m: ProbeMarker; p: { x: number; y: number } }[] = [];
      for (const m of markers) {
        const p = await app.toPage(m.lng, m.lat);
        if (
          p.x < box.x + 20 ||
          p.y < box.y + 20 ||
          p.x > box.x + box.width - 20 ||
          p.y > box.y + box.height - 20
        )
          continue;
        lone.push({ m, p });
      }
      const isolated = lone
        .filter(({ p }, i) => lone.every((o, j) => j === i || Math.hypot(o.p.x - p.x, o.p.y - p.y) > 30))
        .slice(0, 12);
      expect(isolated.length).toBeGreaterThanOrEqual(5);
      for (const { m, p } of isolated) {
        const kind = byId.get(m.id)!.kind;
        const fill = hexToRgb(KIND_LOOKS[kind].colour);
        let hits = 0;
        for (const [dx, dy] of [
          [6, 0],
          [-6, 0],
          [0, 6],
          [0, -6],
        ] as const) {
          if (near(await app.pixelAt(p.x + dx, p.y + dy), fill, 40)) hits += 1;
        }
        expect(
          hits,
          `marker ${m.id} (${kind}) at ${Math.round(p.x)},${Math.round(p.y)}`,
        ).toBeGreaterThanOrEqual(3);
      }
    },
    SLOW,
  );

  it(
    'selects the clicked marker’s node in the graph and the inspector (split view)',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showSplit();
      const markers = await app.sourceMarkers();
      const box = await app.canvasBox();
      const placed: { m: ProbeMarker; p: { x: number; y: number } }[] = [];
      for (const m of markers) placed.push({ m, p: await app.toPage(m.lng, m.lat) });
      // An organisation marker well inside the map with no other marker within 30 px.
      const target = placed.find(
        ({ m, p }) =>
          SAMPLE.nodes.find((n) => n.id === m.id)?.kind === 'organisation' &&
          p.x > box.x + 40 &&
          p.x < box.x + box.width - 60 &&
          p.y > box.y + 40 &&
          p.y < box.y + box.height - 40 &&
          placed.every((o) => o.m.id === m.id || Math.hypot(o.p.x - p.x, o.p.y - p.y) > 30),
      );
      if (!target) throw new Error('no lone organisation marker on screen');
      await app.page.mouse.click(target.p.x, target.p.y);

      await expect
        .poll(() =>
          app.page.evaluate(
            () =>
              (window.__carewealth?.getState() as unknown as { selection: { nodeIds: string[] } }).selection
                .nodeIds,
          ),
        )
        .toEqual([target.m.id]);
      const label = SAMPLE.nodes.find((n) => n.id === target.m.id)!.label;
      await expect
        .poll(() => app.page.locator('[data-testid="inspector-heading"]').textContent())
        .toContain(label);
      const inGraph = await app.page.evaluate((id) => {
        const el = window.__carewealth?.cy?.getElementById(id);
        return el !== undefined && el.nonempty() && (el.selected() || el.hasClass('chosen'));
      }, target.m.id);
      expect(inGraph).toBe(true);
    },
    SLOW,
  );

  it(
    'places a node by clicking the map, with its kind’s default privacy, and keeps it after a reload',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showMap();
      const unplacedOrg = SAMPLE.nodes.find((n) => n.kind === 'organisation' && n.location === undefined)!;
      const unplacedPerson = SAMPLE.nodes.find((n) => n.kind === 'person' && n.location === undefined)!;
      const box = await app.canvasBox();

      const placeAt = async (node: CareNode, atX: number, atY: number) => {
        // Whole pixels: the browser reports pointer positions in whole CSS pixels.
        const x = Math.round(atX);
        const y = Math.round(atY);
        await app.startPlacing(node.id);
        const expected = await app.fromPage(x, y);
        const before = await app.saveState();
        await app.page.mouse.click(x, y);
        const prev = before.state === 'saved' ? before.at : null;
        await app.page.waitForFunction(
          (p) => {
            const s = (
              window.__carewealth?.getState() as unknown as { persistence: { state: string; at?: string } }
            ).persistence;
            return s.state === 'saved' && s.at !== p;
          },
          prev,
          { timeout: 15_000 },
        );
        return expected;
      };
      const orgAt = await placeAt(unplacedOrg, box.x + box.width * 0.3, box.y + box.height * 0.35);
      const personAt = await placeAt(unplacedPerson, box.x + box.width * 0.6, box.y + box.height * 0.6);

      await app.reload();
      const doc = await app.document();
      const org = doc!.nodes.find((n) => n.id === unplacedOrg.id)!;
      const person = doc!.nodes.find((n) => n.id === unplacedPerson.id)!;
      expect(org.location?.privacy).toBe('exact');
      // Within 1e-5° (under a third of a pixel at this zoom) of the point under the pointer.
      expect(Math.abs(org.location!.lat - orgAt.lat)).toBeLessThan(1e-5);
      expect(Math.abs(org.location!.lng - orgAt.lng)).toBeLessThan(1e-5);
      expect(person.location?.privacy).toBe('approximate');
      expect(Math.abs(person.location!.lat - personAt.lat)).toBeLessThan(1e-5);
      expect(Math.abs(person.location!.lng - personAt.lng)).toBeLessThan(1e-5);
    },
    SLOW,
  );

  it(
    'never draws or shares an approximate person at the exact point, nor a hidden one at all',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showMap();
      const doc = (await app.document())!;
      const approximate = doc.nodes.filter((n) => n.location?.privacy === 'approximate');
      const hidden = doc.nodes.filter((n) => n.location?.privacy === 'hidden');
      expect(approximate.length).toBeGreaterThan(100);
      expect(hidden.length).toBeGreaterThan(0);

      const drawn = new Map((await app.sourceMarkers()).map((m) => [m.id, m]));
      for (const n of approximate) {
        const m = drawn.get(n.id);
        expect(m, n.id).toBeDefined();
        // Fanned-out markers sit a few pixels off their cell centre; none may sit on the home itself.
        expect(Math.hypot(m!.lat - n.location!.lat, m!.lng - n.location!.lng), n.id).toBeGreaterThan(1e-5);
      }
      for (const n of hidden) expect(drawn.has(n.id)).toBe(false);
      // What MapLibre rendered (tile precision, ~1e-6°) agrees with the source data.
      const rendered = await app.renderedMarkers();
      expect(rendered.length).toBeGreaterThan(50);
      for (const r of rendered) {
        const n = doc.nodes.find((x) => x.id === r.id)!;
        expect(n.location?.privacy).not.toBe('hidden');
        if (n.location?.privacy === 'approximate') {
          expect(Math.hypot(r.lat - n.location.lat, r.lng - n.location.lng), n.id).toBeGreaterThan(1e-5);
        }
      }

      // A copy to share (nodes in map order): approximate places at a cell centre, people without
      // consent nowhere, hidden places gone, exact places of groups and organisations kept.
      const shared = await new DownloadsPage(app.page).shareCopy();
      const exported = JSON.parse(shared.bytes.toString('utf8')) as CareMap;
      expect(exported.nodes.length).toBe(doc.nodes.length);
      const out = new Map(doc.nodes.map((n, i) => [n.id, exported.nodes[i]!]));
      const consented = (n: CareNode) =>
        n.kind !== 'person' || n.consent?.status === 'given' || n.consent?.status === 'not_needed';
      expect(approximate.filter(consented).length).toBeGreaterThan(100);
      for (const n of approximate) {
        const e = out.get(n.id)!.location;
        if (!consented(n)) {
          expect(e).toBeUndefined();
          continue;
        }
        expect(e?.privacy).toBe('approximate');
        expect(isCellCentre(e!.lat, e!.lng), `${n.id} ${e!.lat},${e!.lng}`).toBe(true);
        expect(Math.abs(e!.lat - n.location!.lat)).toBeLessThanOrEqual(CELL.lat / 2 + 1e-9);
        expect(Math.abs(e!.lng - n.location!.lng)).toBeLessThanOrEqual(CELL.lng / 2 + 1e-9);
        expect(e!.lat !== n.location!.lat || e!.lng !== n.location!.lng).toBe(true);
      }
      for (const n of hidden) expect(out.get(n.id)!.location).toBeUndefined();
      for (const n of doc.nodes.filter((x) => x.location?.privacy === 'exact' && x.kind !== 'person'))
        expect(out.get(n.id)!.location).toEqual(n.location);
    },
    SLOW,
  );

  it(
    'falls back to the offline basemap with a visible notice when the online style cannot load',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showMap();
      const before = await app.document();
      const markers = (await app.sourceMarkers()).length;

      await app.setOnlineStyle('http://127.0.0.1:9/style.json');
      await app.notice.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await app.notice.textContent()).toMatch(
        /online map style could not be loaded .*offline basemap is shown instead/,
      );
      await app.waitForIdle();
      expect(await app.basemap()).toEqual({ showing: 'offline', styleName: OFFLINE_STYLE });
      expect((await app.sourceMarkers()).length).toBe(markers);
      const c = BASEMAP_COLOURS;
      const pixels = await app.canvasPixels([c.land, c.park]);
      expect(pixels.matches[c.land]).toBeGreaterThan(1000);
      expect(pixels.matches[c.park]).toBeGreaterThan(200);
      expect(await app.document()).toEqual(before);
    },
    SLOW,
  );

  it(
    'exports the map view as a PNG image',
    async () => {
      const app = new MapPage(session.page());
      await app.open();
      await app.showMap();
      const box = await app.canvasBox();
      const download = app.page.waitForEvent('download');
      await app.page.locator('[data-testid="map-export-png"]').click();
      const d = await download;
      expect(d.suggestedFilename()).toBe('larkspur-green-care-commons-map.png');
      const bytes = readFileSync(await d.path());
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width and height (big-endian) at bytes 16 and 20; the footer adds 28 CSS px.
      expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width));
      expect(bytes.readUInt32BE(20)).toBe(Math.round(box.height) + 28);
    },
    SLOW,
  );
});
