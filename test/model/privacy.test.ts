import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  APPROXIMATE_GRID,
  type CareMap,
  type CareNode,
  defaultLocationPrivacy,
  displayLocation,
  type LocationPrivacy,
  NODE_KIND_IDS,
  newLocation,
  redactForExport,
  snapToGrid,
  STREET_GRID,
} from '../../src/model';
import { makeMap, node, person } from '../helpers/build';

describe('snapToGrid (hand-computed cell centres)', () => {
  it('snaps a point in Hackney to the centre of its 0.005° × 0.008° cell', () => {
    // 51.5412 / 0.005 = 10308.24 -> cell 10308 -> centre 10308.5 × 0.005 = 51.5425
    // -0.0553 / 0.008 = -6.9125 -> cell -7 -> centre -6.5 × 0.008 = -0.052
    expect(snapToGrid({ lat: 51.5412, lng: -0.0553 })).toEqual({ lat: 51.5425, lng: -0.052 });
  });

  it('snaps southern and eastern points the same way', () => {
    // -33.8688 / 0.005 = -6773.76 -> cell -6774 -> centre -6773.5 × 0.005 = -33.8675
    // 151.2093 / 0.008 = 18901.1625 -> cell 18901 -> centre 18901.5 × 0.008 = 151.212
    expect(snapToGrid({ lat: -33.8688, lng: 151.2093 })).toEqual({ lat: -33.8675, lng: 151.212 });
  });

  it('keeps the poles and the antimeridian inside the valid range', () => {
    expect(snapToGrid({ lat: 90, lng: 180 })).toEqual({ lat: 89.9975, lng: 179.996 });
    expect(snapToGrid({ lat: -90, lng: -180 })).toEqual({ lat: -89.9975, lng: -179.996 });
  });

  it('uses the grid it is given', () => {
    // 51.5412 / 0.002 = 25770.6 -> 25770.5 × 0.002 = 51.541; -0.0553 / 0.003 = -18.43 -> -18.5 × 0.003 = -0.0555
    expect(snapToGrid({ lat: 51.5412, lng: -0.0553 }, STREET_GRID)).toEqual({ lat: 51.541, lng: -0.0555 });
  });

  it('maps a cell centre to itself', () => {
    expect(snapToGrid({ lat: 51.5425, lng: -0.052 })).toEqual({ lat: 51.5425, lng: -0.052 });
  });
});

describe('displayLocation', () => {
  it('returns undefined for no location and for hidden', () => {
    expect(displayLocation(person('a'))).toBeUndefined();
    expect(displayLocation(person('a', 'A', { location: { lat: 51.5412, lng: -0.0553, privacy: 'hidden' } }))).toBeUndefined();
  });

  it('returns the cell centre for approximate and the point for exact', () => {
    expect(displayLocation(person('a', 'A', { location: { lat: 51.5412, lng: -0.0553, privacy: 'approximate' } }))).toEqual({
      lat: 51.5425,
      lng: -0.052,
    });
    expect(displayLocation(node('s', 'space', 'Hall', { location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' } }))).toEqual({
      lat: 51.5412,
      lng: -0.0553,
    });
  });

  it('never shows an approximate point where it is, unless it is exactly a cell centre', () => {
    const coord = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(coord, ({ lat, lng }) => {
        // Independent check that the input is not (within 1e-6 of a cell) a cell centre.
        const frac = (v: number, size: number) => ((v / size) % 1 + 1) % 1;
        fc.pre(Math.abs(frac(lat, 0.005) - 0.5) > 1e-4 || Math.abs(frac(lng, 0.008) - 0.5) > 1e-4);
        const shown = displayLocation({ location: { lat, lng, privacy: 'approximate' } });
        expect(shown).toBeDefined();
        expect(shown?.lat === lat && shown.lng === lng).toBe(false);
        // …and never more than half a cell (plus rounding) away.
        expect(Math.abs((shown?.lat ?? NaN) - lat)).toBeLessThanOrEqual(0.0025 + 1e-6);
        expect(Math.abs((shown?.lng ?? NaN) - lng)).toBeLessThanOrEqual(0.004 + 1e-6);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('defaults for a new location', () => {
  it('is approximate for people and exact for every other kind', () => {
    expect(NODE_KIND_IDS.map((k) => [k, defaultLocationPrivacy(k)])).toEqual([
      ['person', 'approximate'],
      ['group', 'exact'],
      ['organisation', 'exact'],
      ['space', 'exact'],
      ['team', 'exact'],
      ['circle', 'exact'],
    ]);
    expect(newLocation('person', { lat: 1, lng: 2 })).toEqual({ lat: 1, lng: 2, privacy: 'approximate' });
  });
});

describe('redactForExport', () => {
  const located = (id: string, privacy: LocationPrivacy, kind: CareNode['kind'] = 'person') =>
    node(id, kind, id, { location: { lat: 51.5412, lng: -0.0553, privacy } });

  it('snaps approximate, drops hidden, keeps exact, in nodes and snapshots', () => {
    const doc: CareMap = {
      ...makeMap([located('a', 'approximate'), located('h', 'hidden'), located('s', 'exact', 'space'), person('n')]),
      snapshots: [{ id: 'snap1', label: 'Launch', takenAt: '2026-01-01', nodes: [located('a', 'approximate'), located('h', 'hidden')], ties: [] }],
    };
    const before = structuredClone(doc);
    const out = redactForExport(doc);
    expect(out.nodes.map((n) => n.location)).toEqual([
      { lat: 51.5425, lng: -0.052, privacy: 'approximate' },
      undefined,
      { lat: 51.5412, lng: -0.0553, privacy: 'exact' },
      undefined,
    ]);
    expect('location' in (out.nodes[1] as object)).toBe(false);
    expect(out.snapshots[0]?.nodes.map((n) => n.location)).toEqual([{ lat: 51.5425, lng: -0.052, privacy: 'approximate' }, undefined]);
    expect(doc).toEqual(before);
  });

  const kindArb = fc.constantFrom(...NODE_KIND_IDS);
  const privacyArb = fc.constantFrom<LocationPrivacy>('exact', 'approximate', 'hidden');
  const nodeArb = fc.record({
    kind: kindArb,
    privacy: fc.option(privacyArb, { nil: undefined }),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  });
  const docArb = fc.array(nodeArb, { maxLength: 30 }).map((specs) =>
    makeMap(
      specs.map((s, i) =>
        node(`n${i}`, s.kind, `N${i}`, s.privacy === undefined ? {} : { location: { lat: s.lat, lng: s.lng, privacy: s.privacy } }),
      ),
    ),
  );

  it('property: no approximate node keeps its exact point, hidden never present', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const out = redactForExport(doc);
        expect(out.nodes).toHaveLength(doc.nodes.length);
        doc.nodes.forEach((n, i) => {
          const o = out.nodes[i];
          const loc = n.location;
          if (loc?.privacy === 'approximate') {
            const frac = (v: number, size: number) => ((v / size) % 1 + 1) % 1;
            const onCentre = Math.abs(frac(loc.lat, 0.005) - 0.5) < 1e-4 && Math.abs(frac(loc.lng, 0.008) - 0.5) < 1e-4;
            if (!onCentre) expect(o?.location?.lat === loc.lat && o.location.lng === loc.lng).toBe(false);
            expect(o?.location?.privacy).toBe('approximate');
          } else if (loc?.privacy === 'exact') {
            expect(o?.location).toEqual(loc);
          } else {
            expect(o?.location).toBeUndefined();
          }
        });
        expect(JSON.stringify(out)).not.toContain('"hidden"');
      }),
      { numRuns: 300 },
    );
  });

  it('property: redacting twice is the same as redacting once', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const once = redactForExport(doc);
        expect(redactForExport(once)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('uses the grid it is given', () => {
    const out = redactForExport(makeMap([located('a', 'approximate')]), STREET_GRID);
    expect(out.nodes[0]?.location).toEqual({ lat: 51.541, lng: -0.0555, privacy: 'approximate' });
    expect(APPROXIMATE_GRID).toEqual({ latDegrees: 0.005, lngDegrees: 0.008 });
  });
});
