// The map view's one translation from the care map and its look (src/look) to what MapLibre
// draws: GeoJSON FeatureCollections of node markers, tie lines and area overlays. What is drawn,
// dimmed or highlighted, colours, letters, labels, line styles and widths are the look's, so a node
// looks the same here as on the graph; this adds only where things are. Positions always come from
// displayLocation (model/privacy.ts), so approximate people are drawn at their cell centre and
// hidden locations are never drawn. At neighbourhood zoom (`cells`) everyone drawn approximately
// in one privacy cell becomes one counted cell (look `cellLookOf`) rather than a ring of markers,
// and community-wide ties can be left to the selection (`ties: 'selection'`). Properties are flat scalars so MapLibre expressions can style
// them and the GeoJSON source can diff them cheaply. This module never reads the store.
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';

import {
  APPROXIMATE_GRID,
  type CareMap,
  type CareNode,
  displayLocation,
  type Formality,
  type NodeKind,
  type PrivacyGrid,
  type Strength,
  type TieFormality,
  type TieKind,
} from '../../model';
import { cellLookOf, type LineStyle, type Look, lookOf, MARKS, type NodeLook, SIZE_RANGE } from '../../look';
import { type FanOptions, fanOut, groupByPoint } from './fanOut';
import { offsetByPixels, roundDegrees } from './mercator';

/** Marker radius in CSS pixels. */
export const MARKER_RADIUS_PX = 9;

/** Where the map draws things (what and how comes from the look). */
export interface MapViewInput {
  /** Privacy grid for approximate locations (default APPROXIMATE_GRID). */
  readonly grid?: PrivacyGrid;
  /** Current map zoom. When given, markers sharing a point are fanned out for this zoom. */
  readonly zoom?: number;
  readonly fan?: FanOptions;
  /**
   * Count approximate places by privacy cell: one cell feature per occupied cell (id `cell:lat,lng`,
   * `cell` true, `count` its members) instead of a marker each. Ties to a member end at the cell.
   */
  readonly cells?: boolean;
  /** Which ties to draw: all (default), or only those touching the selection, hover or highlight. */
  readonly ties?: TieScope;
}

/** Which ties the map draws (the map setting `ties`). */
export type TieScope = 'all' | 'selection';

/** The zoom from which the map draws people one by one with their names (street zoom). */
export const STREET_ZOOM = 15;

/** A node formality, or `unspecified` when the node has none. */
export type MarkerFormality = Formality | 'unspecified';

/** Properties of a node marker feature. */
export interface NodeMarkerProps {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly formality: MarkerFormality;
  /** Drawn at a privacy cell centre rather than the real point. */
  readonly approximate: boolean;
  readonly anchor: boolean;
  readonly selected: boolean;
  readonly hovered: boolean;
  readonly dimmed: boolean;
  readonly highlighted: boolean;
  /** How many markers share this display point (1 when alone). */
  readonly stack: number;
  /** The look's fill, letter and the letter's ink. */
  readonly colour: string;
  readonly letter: string;
  readonly ink: string;
  /** Radius in CSS pixels (markerRadius). */
  readonly radius: number;
  /** The look's mark id, or '' for none. */
  readonly mark: string;
  /** Drawn faded, as the graph draws it: its mark says it is no longer there (a lost ghost). */
  readonly faded: boolean;
  /** A counted privacy cell standing for `count` approximate places (a single marker: false, 1). */
  readonly cell: boolean;
  readonly count: number;
  /** What the mark says inside: the count for a cell, '' for a marker (which shows its letter). */
  readonly countText: string;
}

/** Properties of a tie line feature. */
export interface TieLineProps {
  readonly id: string;
  readonly kind: TieKind;
  readonly source: string;
  readonly target: string;
  readonly formality: TieFormality | 'unspecified';
  readonly strength: Strength;
  readonly mutual: boolean;
  readonly selected: boolean;
  readonly hovered: boolean;
  readonly dimmed: boolean;
  readonly highlighted: boolean;
  /** The look's line style, colour and width (formal solid, informal dashed, other dotted). */
  readonly line: LineStyle;
  readonly colour: string;
  readonly width: number;
  /** The look's mark id, or '' for none. */
  readonly mark: string;
  /** Drawn faded, as the graph draws it: an inactive tie, or one its mark says is lost. */
  readonly faded: boolean;
}

/** Properties of an overlay feature: the overlay it belongs to, its kind and its name. */
export interface OverlayProps {
  readonly overlayId: string;
  readonly overlayName: string;
  /** The feature's own kind, else its overlay's kind. */
  readonly kind: string;
  /** The feature's name, or '' when it has none. */
  readonly name: string;
}

export interface MapFeatures {
  readonly nodes: FeatureCollection<Point, NodeMarkerProps>;
  readonly ties: FeatureCollection<LineString, TieLineProps>;
  readonly overlays: FeatureCollection<Geometry, OverlayProps>;
}

interface Placed {
  readonly node: CareNode;
  /** [lng, lat] where the marker (or its cell) is drawn (after fanning out). */
  readonly at: [number, number];
  readonly stack: number;
  /** The id of the counted cell it is drawn in, or null when drawn as its own marker. */
  readonly cell: string | null;
}

/** One counted cell: its id, centre and members in document order. */
interface Cell {
  readonly id: string;
  readonly at: [number, number];
  readonly members: CareNode[];
}

/**
 * A marker's radius: the usual size, or, for a node sized by a measure, in proportion to its size
 * on the graph with the middle of the scale at the usual size (at least 6 px, so the letter fits).
 */
export function markerRadius(node: NodeLook): number {
  if (node.value === null) return MARKER_RADIUS_PX;
  const middle = (SIZE_RANGE.min + SIZE_RANGE.max) / 2;
  return Math.max(6, (MARKER_RADIUS_PX * node.size) / middle);
}

function placeNodes(
  doc: CareMap,
  look: Look,
  input: MapViewInput,
): { placed: Map<string, Placed>; cells: Map<string, Cell> } {
  const grid = input.grid ?? APPROXIMATE_GRID;
  const shown: { node: CareNode; lat: number; lng: number }[] = [];
  const cells = new Map<string, Cell>();
  const inCell = new Map<string, Cell>();
  for (const node of doc.nodes) {
    const state = look.nodes.get(node.id)?.state;
    if (state === undefined || state === 'hidden') continue;
    const p = displayLocation(node, grid);
    if (!p) continue;
    if (input.cells === true && node.location?.privacy === 'approximate') {
      const id = `cell:${p.lat},${p.lng}`;
      let cell = cells.get(id);
      if (!cell) {
        cell = { id, at: [p.lng, p.lat], members: [] };
        cells.set(id, cell);
      }
      cell.members.push(node);
      inCell.set(node.id, cell);
    } else shown.push({ node, lat: p.lat, lng: p.lng });
  }
  const stackSize = new Map<CareNode, number>();
  for (const group of groupByPoint(shown)) for (const s of group) stackSize.set(s.node, group.length);
  const offsets =
    input.zoom === undefined
      ? new Map()
      : fanOut(shown.map((s) => ({ id: s.node.id, kind: s.node.kind, lat: s.lat, lng: s.lng })), input.fan);
  const zoom = input.zoom ?? 0;
  const out = new Map<string, Placed>();
  for (const s of shown) {
    const o = offsets.get(s.node.id);
    const at: [number, number] =
      o && (o.dx !== 0 || o.dy !== 0)
        ? (offsetByPixels(s.lng, s.lat, o.dx, o.dy, zoom).map(roundDegrees) as [number, number])
        : [s.lng, s.lat];
    out.set(s.node.id, { node: s.node, at, stack: stackSize.get(s.node) ?? 1, cell: null });
  }
  for (const cell of cells.values())
    for (const node of cell.members) out.set(node.id, { node, at: cell.at, stack: 1, cell: cell.id });
  return { placed: out, cells };
}

/** Whether a tie is drawn under `scope`: always for 'all'; for 'selection', when it or an end is picked. */
function isTieInScope(look: Look, tieId: string, source: string, target: string, scope: TieScope): boolean {
  if (scope === 'all') return true;
  const picked = (l: { selected: boolean; hovered: boolean; state: string } | undefined) =>
    l !== undefined && (l.selected || l.hovered || l.state === 'highlighted');
  return picked(look.ties.get(tieId)) || picked(look.nodes.get(source)) || picked(look.nodes.get(target));
}

/**
 * Build the three FeatureCollections the map view draws. Markers: only nodes the look does not
 * hide that have a non-hidden location, at their display location (fanned out when `zoom` is
 * given), in document order; with `cells`, approximate places are left out of that and come after
 * it as one counted cell per occupied privacy cell, in order of each cell's first member. Ties: a line between the two markers (or cells) of every tie the look does
 * not hide whose ends are both drawn (with `ties: 'selection'`, only ties selected, hovered or
 * highlighted, or with such an end); a tie whose ends sit at the same point (nothing to draw) is left
 * out. Overlays: every feature of every visible overlay, in document order, drawn under the
 * network. `look` defaults to the plain look (everything shown, coloured by kind).
 */
export function toGeoJson(doc: CareMap, look: Look = lookOf(doc), input: MapViewInput = {}): MapFeatures {
  const { placed, cells } = placeNodes(doc, look, input);

  const nodes: Feature<Point, NodeMarkerProps>[] = [];
  for (const { node, at, stack, cell } of placed.values()) {
    if (cell !== null) continue;
    const l = look.nodes.get(node.id)!;
    const props: NodeMarkerProps = {
      id: node.id,
      label: l.label,
      kind: node.kind,
      formality: node.formality ?? 'unspecified',
      approximate: node.location?.privacy === 'approximate',
      anchor: l.anchor,
      selected: l.selected,
      hovered: l.hovered,
      dimmed: l.state === 'dimmed',
      highlighted: l.state === 'highlighted',
      stack,
      colour: l.colour,
      letter: l.letter,
      ink: l.ink,
      radius: markerRadius(l),
      mark: l.mark ?? '',
      faded: l.mark !== null && MARKS[l.mark].faded,
      cell: false,
      count: 1,
      countText: '',
    };
    nodes.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: props });
  }
  for (const cell of cells.values()) {
    const c = cellLookOf(cell.members.map((n) => look.nodes.get(n.id)!));
    const kinds = new Set(cell.members.map((n) => n.kind));
    const props: NodeMarkerProps = {
      id: cell.id,
      label: `${c.count} ${c.count === 1 ? 'place' : 'places'} near here`,
      kind: kinds.size === 1 ? cell.members[0]!.kind : 'person',
      formality: 'unspecified',
      approximate: true,
      anchor: false,
      selected: c.selected,
      hovered: c.hovered,
      dimmed: c.dimmed,
      highlighted: c.highlighted,
      stack: 1,
      colour: c.colour,
      letter: '',
      ink: c.ink,
      radius: c.radius,
      mark: '',
      faded: false,
      cell: true,
      count: c.count,
      countText: c.text,
    };
    nodes.push({ type: 'Feature', geometry: { type: 'Point', coordinates: cell.at }, properties: props });
  }

  const ties: Feature<LineString, TieLineProps>[] = [];
  for (const tie of doc.ties) {
    const l = look.ties.get(tie.id);
    if (l === undefined || l.state === 'hidden') continue;
    if (!isTieInScope(look, tie.id, tie.source, tie.target, input.ties ?? 'all')) continue;
    const a = placed.get(tie.source);
    const b = placed.get(tie.target);
    if (!a || !b || (a.at[0] === b.at[0] && a.at[1] === b.at[1])) continue;
    ties.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [a.at, b.at] },
      properties: {
        id: tie.id,
        kind: tie.kind,
        source: tie.source,
        target: tie.target,
        formality: tie.formality ?? 'unspecified',
        strength: tie.strength,
        mutual: tie.mutual,
        selected: l.selected,
        hovered: l.hovered,
        dimmed: l.state === 'dimmed',
        highlighted: l.state === 'highlighted',
        line: l.line,
        colour: l.colour,
        width: l.width,
        mark: l.mark ?? '',
        faded: l.faded || (l.mark !== null && MARKS[l.mark].faded),
      },
    });
  }

  const overlays: Feature<Geometry, OverlayProps>[] = [];
  for (const overlay of doc.overlays) {
    if (!overlay.visible) continue;
    for (const f of overlay.features) {
      overlays.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          overlayId: overlay.id,
          overlayName: overlay.name,
          kind: f.properties?.kind ?? overlay.kind,
          name: f.properties?.name ?? '',
        },
      });
    }
  }

  return {
    nodes: { type: 'FeatureCollection', features: nodes },
    ties: { type: 'FeatureCollection', features: ties },
    overlays: { type: 'FeatureCollection', features: overlays },
  };
}

/**
 * Nodes a workshop still has to place: visible nodes with no location at all, in document order.
 * Nodes with a hidden location are placed on purpose and are not listed.
 */
export function listUnplaced(doc: CareMap, visibleNodeIds?: ReadonlySet<string>): CareNode[] {
  return doc.nodes.filter((n) => n.location === undefined && (!visibleNodeIds || visibleNodeIds.has(n.id)));
}

/** Marked nodes and ties the look shows but the map could not draw, and why. */
export interface UndrawnMarks {
  /** Marked nodes with no place on the map (none set, or hidden). */
  readonly nodes: number;
  /** Marked ties with an end that has no place on the map. */
  readonly ties: number;
  /** Marked ties whose two ends are drawn at one point (nothing to draw between them). */
  readonly samePlace: number;
}

/**
 * What of the look's marks (a comparison's added, lost and changed) `features` (toGeoJson of the
 * same look, drawn with every tie and without counted cells) leaves off the map, so a view can say
 * so rather than drop it silently.
 */
export function countUndrawnMarks(doc: CareMap, look: Look, features: MapFeatures): UndrawnMarks {
  const drawnNodes = new Set(features.nodes.features.map((f) => f.properties.id));
  const drawnTies = new Set(features.ties.features.map((f) => f.properties.id));
  const shown = (l: { state: string; mark: string | null } | undefined) => l !== undefined && l.state !== 'hidden' && l.mark !== null;
  let nodes = 0;
  let ties = 0;
  let samePlace = 0;
  for (const node of doc.nodes) if (shown(look.nodes.get(node.id)) && !drawnNodes.has(node.id)) nodes += 1;
  for (const tie of doc.ties) {
    if (!shown(look.ties.get(tie.id)) || drawnTies.has(tie.id)) continue;
    if (drawnNodes.has(tie.source) && drawnNodes.has(tie.target)) samePlace += 1;
    else ties += 1;
  }
  return { nodes, ties, samePlace };
}

/** "12 changes are not on the map: no place set", or '' when every change is on it. */
export function undrawnSentence(u: UndrawnMarks): string {
  const missing = u.nodes + u.ties;
  const parts: string[] = [];
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'change is' : 'changes are'} not on the map: no place set`);
  if (u.samePlace > 0)
    parts.push(`${u.samePlace} changed ${u.samePlace === 1 ? 'tie joins' : 'ties join'} two elements drawn at one place`);
  return parts.length === 0 ? '' : `${parts.join('; ')}.`;
}
