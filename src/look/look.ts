// How a care map looks, worked out once for every renderer: for each node and tie, whether it is
// drawn (visible, dimmed, highlighted) or left out (hidden), whether it is selected or under the
// pointer, its colour, size, shape, letter, line, width, arrows and label text, any mark another
// view put on it, and the legend that explains the picture. The graph's cytoscape elements, the
// map's GeoJSON, the legend and the SVG/PNG pictures are thin translations of this, so a node
// has the same colour wherever it is seen. Pure: no React, no renderer, no store.
import type { NodeMeasureId } from '../analysis';
import {
  type CareMap,
  type CareNode,
  displayName,
  type LabelMode,
  type MapFilter,
  type NodeKind,
  roleWordOf,
  tieSide,
  type TieKind,
  type Visible,
} from '../model';
import { type Legend, legendOf } from './legend';
import { type MarkId, isMarkId } from './marks';
import { measureScale } from './measureScale';
import {
  type ArrowShape,
  DIRECTED_TIE_KINDS,
  FREQUENCY_LINES,
  FREQUENCY_LOOKS,
  inkOn,
  KIND_LOOKS,
  type LineStyle,
  NEUTRAL_FILL,
  type NodeShape,
  roleLine,
  TIE_LOOKS,
  tieWidth,
} from './palette';
import { visibilityOf } from './visibility';

/**
 * - visible: drawn as usual;
 * - dimmed: drawn faint (outside the focus on the map, or outside an insight's highlight);
 * - highlighted: picked out by an insight;
 * - hidden: not drawn (the filter, or the focus where the view leaves the rest out).
 */
export type ElementState = 'visible' | 'dimmed' | 'highlighted' | 'hidden';

/** Nodes sized and coloured by one measure: its values by node id (the store's `measureStyle`). */
export interface MeasureInput {
  readonly measure: NodeMeasureId;
  readonly values: Readonly<Record<string, number>>;
}

/** An insight's nodes and ties (the store's `highlight`). */
export interface HighlightInput {
  readonly nodeIds: readonly string[];
  readonly tieIds: readonly string[];
}

export interface LookInput {
  /** The shared map filter; everything shows when omitted. */
  readonly filter?: MapFilter | undefined;
  readonly focus?: string | null | undefined;
  readonly focusSteps?: number | undefined;
  /** What happens outside the focus: left out (the graph; default) or dimmed (the map keeps the geography). */
  readonly outOfFocus?: 'hidden' | 'dimmed' | undefined;
  readonly selectedIds?: ReadonlySet<string> | undefined;
  /** The node or tie under the pointer. */
  readonly hoveredId?: string | null | undefined;
  /** When set, its nodes and ties are highlighted and every other drawn one is dimmed. */
  readonly highlight?: HighlightInput | null | undefined;
  /** When set, nodes are sized and coloured by this measure (see measureScale.ts). */
  readonly measure?: MeasureInput | null | undefined;
  /** People by name (default) or by initials / role (model `displayName`). */
  readonly labelMode?: LabelMode | undefined;
  /** Marks by node or tie id (a comparison's added, lost, changed); ids not in the map are ignored. */
  readonly marks?: ReadonlyMap<string, MarkId> | undefined;
  /**
   * What a tie's line style tells: formality (formal solid, informal dashed, other links dotted;
   * the default) or how often (daily solid, weekly dashed, less often dotted, as in a CareMap;
   * the support network view). Colour, width and arrows are the same either way.
   */
  readonly tieLines?: TieLines | undefined;
}

export type TieLines = 'formality' | 'frequency';

export interface NodeLook {
  readonly id: string;
  readonly kind: NodeKind;
  readonly state: ElementState;
  readonly selected: boolean;
  readonly hovered: boolean;
  readonly shape: NodeShape;
  /** Fill colour, '#rrggbb'. */
  readonly colour: string;
  /** Colour of the kind letter on the fill (black or white, whichever contrasts more). */
  readonly ink: string;
  readonly letter: string;
  /** Diameter in model units (pixels at zoom 1 on the graph). */
  readonly size: number;
  /** The name as drawn (model displayName for the label mode). */
  readonly label: string;
  /** The label, and for people a second line with their roles (none when named by their role). */
  readonly caption: string;
  readonly anchor: boolean;
  /** The measure's value when nodes are coloured by one and this node has a value, else null. */
  readonly value: number | null;
  readonly mark: MarkId | null;
}

export interface TieLook {
  readonly id: string;
  readonly kind: TieKind;
  readonly source: string;
  readonly target: string;
  readonly state: ElementState;
  readonly selected: boolean;
  readonly hovered: boolean;
  readonly colour: string;
  /** Formal care solid, informal care dashed, every other kind of tie dotted (or by frequency: see LookInput.tieLines). */
  readonly line: LineStyle;
  /** Line width in model units (palette tieWidth). */
  readonly width: number;
  readonly arrowTarget: ArrowShape;
  /** A mutual tie has a head at both ends. */
  readonly arrowSource: ArrowShape;
  /** Inactive ties are drawn faint. */
  readonly faded: boolean;
  /** The tie's own label; '' in initials mode (free text may name people). */
  readonly label: string;
  readonly mark: MarkId | null;
}

export interface Look {
  /** Every node of the document, in document order, hidden ones included. */
  readonly nodes: ReadonlyMap<string, NodeLook>;
  /** Every tie of the document, in document order, hidden ones included. */
  readonly ties: ReadonlyMap<string, TieLook>;
  /** The nodes and ties not hidden; undefined when nothing is. */
  readonly visible: Visible | undefined;
  readonly legend: Legend;
}

/** The caption under a node: its drawn name, then (for people not named by role) their roles. */
function captionOf(node: CareNode, label: string, labelMode: LabelMode): string {
  if (node.kind !== 'person' || (labelMode === 'initials' && roleWordOf(node) !== null)) return label;
  const roles = roleLine(node.roles);
  return roles === '' ? label : `${label}\n${roles}`;
}

/** The look of every node and tie of `doc` for the given input (see the module note). */
export function lookOf(doc: CareMap, input: LookInput = {}): Look {
  const labelMode = input.labelMode ?? 'names';
  const tieLines = input.tieLines ?? 'formality';
  const { visible, inFocus } = visibilityOf(doc, input);
  const dimOutside = inFocus !== undefined && input.outOfFocus === 'dimmed';
  const picked =
    input.highlight == null ? null : new Set<string>([...input.highlight.nodeIds, ...input.highlight.tieIds]);
  const stateOf = (id: string, shown: ReadonlySet<string> | undefined, focused: ReadonlySet<string> | undefined): ElementState => {
    if (shown !== undefined && !shown.has(id)) return 'hidden';
    if (picked !== null) return picked.has(id) ? 'highlighted' : 'dimmed';
    return dimOutside && focused !== undefined && !focused.has(id) ? 'dimmed' : 'visible';
  };
  // What every node and tie says of itself beyond its kind.
  const flags = (id: string, shown: ReadonlySet<string> | undefined, focused: ReadonlySet<string> | undefined) => {
    const mark = input.marks?.get(id);
    return {
      id,
      state: stateOf(id, shown, focused),
      selected: input.selectedIds?.has(id) ?? false,
      hovered: input.hoveredId === id,
      mark: isMarkId(mark) ? mark : null,
    };
  };
  const scale = input.measure == null ? null : measureScale(input.measure.measure, input.measure.values);

  const nodes = new Map<string, NodeLook>();
  const byId = new Map<string, CareNode>();
  for (const n of doc.nodes) {
    byId.set(n.id, n);
    const kind = KIND_LOOKS[n.kind];
    const raw = input.measure?.values[n.id];
    const value = scale !== null && raw !== undefined && Number.isFinite(raw) ? raw : null;
    const colour = scale === null ? kind.colour : value === null ? NEUTRAL_FILL : scale.colour(value);
    const label = displayName(n, labelMode);
    nodes.set(n.id, {
      ...flags(n.id, visible?.nodeIds, inFocus?.nodeIds),
      kind: n.kind,
      shape: kind.shape,
      colour,
      ink: scale === null ? kind.ink : inkOn(colour),
      letter: kind.letter,
      size: scale !== null && value !== null ? scale.size(value) : kind.size,
      label,
      caption: captionOf(n, label, labelMode),
      anchor: n.isAnchor === true,
      value,
    });
  }

  const ties = new Map<string, TieLook>();
  for (const t of doc.ties) {
    const care = t.kind === 'care';
    const tieLook =
      tieLines === 'frequency'
        ? t.frequency === undefined
          ? FREQUENCY_LOOKS.unknown
          : { colour: FREQUENCY_LOOKS.daily.colour, line: FREQUENCY_LINES[t.frequency] }
        : care
          ? TIE_LOOKS[tieSide(t, byId.get(t.source))]
          : TIE_LOOKS.other;
    const head: ArrowShape = care ? 'triangle' : DIRECTED_TIE_KINDS.has(t.kind) ? 'vee' : 'none';
    ties.set(t.id, {
      ...flags(t.id, visible?.tieIds, inFocus?.tieIds),
      kind: t.kind,
      source: t.source,
      target: t.target,
      colour: tieLook.colour,
      line: tieLook.line,
      width: tieWidth(t.kind, t.hoursPerWeek, t.closeness),
      arrowTarget: head,
      arrowSource: t.mutual && head !== 'none' ? head : 'none',
      faded: t.strength === 'inactive',
      label: labelMode === 'names' ? (t.label ?? '') : '',
    });
  }

  return { nodes, ties, visible, legend: legendOf({ nodes, ties, measure: input.measure ?? null, scale, tieLines }) };
}
