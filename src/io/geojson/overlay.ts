// Reading a GeoJSON file as an area overlay (a ward boundary, the streets of an estate, parks),
// for the map view's settings panel. Accepts a FeatureCollection, a single Feature or a bare geometry;
// keeps each feature's `name` and a `kind` the model knows; drops elevations (overlays are flat);
// and validates the result with the model's OverlaySchema, so a bad file gives problems that name
// the file and the place inside it, and never throws.
import type { z } from 'zod';

import {
  type Overlay,
  OVERLAY_KINDS,
  OverlaySchema,
  fail,
  formatPath,
  isRecord,
  MAX_LABEL_LENGTH,
  newId,
  ok,
  type Problem,
  problem,
  type Result,
  warning,
} from '../../model';
import { parseJsonSafely } from '../guard';
import { titleFromFileName } from '../table/text';

export type OverlayKind = (typeof OVERLAY_KINDS)[number];

/** Files above this size are refused before parsing (an overlay is drawn on every frame). */
export const MAX_OVERLAY_BYTES = 20 * 1024 * 1024;

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);


/** Positions cut to [lng, lat] at any depth (GeoJSON allows a third, elevation, value). */
function flatten(coords: unknown): unknown {
  if (!Array.isArray(coords)) return coords;
  if (coords.length >= 2 && typeof coords[0] === 'number') return coords.slice(0, 2);
  return coords.map(flatten);
}

function isKind(v: unknown): v is OverlayKind {
  return typeof v === 'string' && (OVERLAY_KINDS as readonly string[]).includes(v);
}

export interface OverlayImportOptions {
  /** Kind for features that carry none (default `other`). */
  readonly kind?: OverlayKind;
  /** Id for the new overlay (default: a fresh one). */
  readonly id?: string;
}

/**
 * Read `text` (the contents of `fileName`) as an overlay. Features without a geometry or with a
 * geometry type the model cannot hold (GeometryCollection) are left out with a warning; any other
 * defect is a problem and no overlay is returned.
 */
export function readOverlayGeoJson(
  text: string,
  fileName: string,
  options: OverlayImportOptions = {},
): Result<Overlay> {
  const at = (p: Problem): Problem => ({ ...p, file: fileName });
  if (text.length > MAX_OVERLAY_BYTES) {
    return fail([
      at(
        problem(
          '',
          `The file is larger than ${MAX_OVERLAY_BYTES / 1024 / 1024} MB; simplify the shapes first.`,
        ),
      ),
    ]);
  }
  const parsed = parseJsonSafely(text, fileName);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isRecord(raw) || typeof raw['type'] !== 'string') {
    return fail([
      at(problem('', 'This is not GeoJSON: expected an object with a "type" such as "FeatureCollection".')),
    ]);
  }

  let features: unknown[];
  let prefix: string;
  if (raw['type'] === 'FeatureCollection') {
    if (!Array.isArray(raw['features']))
      return fail([at(problem('features', 'A FeatureCollection needs a "features" list.'))]);
    features = raw['features'];
    prefix = 'features';
  } else if (raw['type'] === 'Feature') {
    features = [raw];
    prefix = '';
  } else if (GEOMETRY_TYPES.has(raw['type']) || raw['type'] === 'GeometryCollection') {
    features = [{ type: 'Feature', geometry: raw, properties: null }];
    prefix = '';
  } else {
    return fail([at(problem('type', `"${raw['type'].slice(0, 40)}" is not a GeoJSON type.`))]);
  }

  const fallbackKind = options.kind ?? 'other';
  const warnings: Problem[] = [];
  const kept: unknown[] = [];
  const sourceIndex: number[] = [];
  features.forEach((f, i) => {
    const where = prefix === '' ? '' : `${prefix}[${i}]`;
    if (!isRecord(f) || f['type'] !== 'Feature') {
      warnings.push(at(warning(where, 'Left out: not a GeoJSON Feature.')));
      return;
    }
    const g = f['geometry'];
    if (!isRecord(g) || typeof g['type'] !== 'string' || !GEOMETRY_TYPES.has(g['type'])) {
      const what =
        isRecord(g) && typeof g['type'] === 'string' ? `a ${g['type'].slice(0, 40)}` : 'no geometry';
      warnings.push(at(warning(where, `Left out: ${what} cannot be drawn as an area overlay.`)));
      return;
    }
    const props = isRecord(f['properties']) ? f['properties'] : {};
    const name = typeof props['name'] === 'string' ? props['name'].trim().slice(0, MAX_LABEL_LENGTH) : '';
    const kind = isKind(props['kind']) ? props['kind'] : fallbackKind;
    kept.push({
      type: 'Feature',
      geometry: { type: g['type'], coordinates: flatten(g['coordinates']) },
      properties: { kind, ...(name !== '' ? { name } : {}) },
    });
    sourceIndex.push(i);
  });
  if (kept.length === 0)
    return fail([at(problem(prefix, 'The file has no shapes that can be drawn.')), ...warnings]);

  const name =
    typeof raw['name'] === 'string' && raw['name'].trim() !== ''
      ? raw['name'].trim().slice(0, MAX_LABEL_LENGTH)
      : titleFromFileName(fileName, 'Imported areas');
  const overlay = OverlaySchema.safeParse({
    id: options.id ?? newId('ov'),
    name,
    kind: fallbackKind,
    visible: true,
    features: kept,
  });
  if (!overlay.success) return fail(describeIssues(overlay.error, prefix, sourceIndex).map(at));
  return ok(overlay.data, warnings);
}

/** Zod issues as problems whose paths point into the original file (`features[7].geometry…`). */
function describeIssues(error: z.ZodError, prefix: string, sourceIndex: readonly number[]): Problem[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = [...issue.path];
    if (path[0] === 'features' && typeof path[1] === 'number') {
      const original = sourceIndex[path[1]] ?? path[1];
      path.splice(0, 2, ...(prefix === '' ? [] : [prefix, original]));
    }
    return problem(formatPath(path), `${issue.message}.`);
  });
}
