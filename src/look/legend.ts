// What the legend explains, as data, for the picture the look describes: each node kind (shape,
// colour, letter), each way a tie is drawn (line style, arrows, width), the measure's colour and
// size scale when nodes are coloured by one (then kinds are shown in a neutral grey, since colour
// speaks of the measure), and the marks in use. The on-screen legend, the measure picker and the
// PNG and SVG pictures all read it, so a picture in a report says exactly what the screen said.
import { NODE_MEASURES, type NodeMeasureId } from '../analysis';
import { NODE_KIND_IDS, type NodeKind } from '../model';
import type { MeasureInput, NodeLook, TieLines, TieLook } from './look';
import { MARK_IDS, type MarkId, MARKS } from './marks';
import { formatValue, legendStops, type MeasureScale, measureScale } from './measureScale';
import { FREQUENCY_LOOKS, inkOn, KIND_LOOKS, type LineStyle, NEUTRAL_FILL, type NodeShape, TIE_LOOKS } from './palette';

export interface KindEntry {
  readonly kind: NodeKind;
  readonly label: string;
  readonly shape: NodeShape;
  readonly colour: string;
  readonly ink: string;
  readonly letter: string;
}

export interface TieEntry {
  readonly label: string;
  readonly line: LineStyle;
  readonly colour: string;
  readonly width: number;
  readonly arrows: 'none' | 'one' | 'both';
}

/** One colour of a measure's scale: a value (or a community), its colour and node diameter. */
export interface SwatchEntry {
  readonly label: string;
  readonly colour: string;
  readonly size: number;
}

export interface MarkEntry {
  readonly mark: MarkId;
  readonly label: string;
  readonly colour: string;
  readonly outline: 'solid' | 'dashed' | 'double';
  readonly badge: string;
}

export interface MeasureLegend {
  readonly measure: NodeMeasureId;
  /** The measure's name, e.g. "Betweenness". */
  readonly title: string;
  /** One plain sentence on what it measures. */
  readonly description: string;
  readonly scale: 'sequential' | 'categorical';
  /** Evenly spaced values from lowest to highest, or the first eight communities. */
  readonly stops: readonly SwatchEntry[];
  /** How to read the scale, e.g. "Darker and smaller = lower; …"; '' when there is nothing to add. */
  readonly note: string;
  /** Said instead of the scale while no node has a value ("Computing this measure…"); else null. */
  readonly empty: string | null;
  /** Some drawn node has no value, so it is drawn in the neutral grey (NO_VALUE below). */
  readonly noValue: boolean;
}

export interface Legend {
  readonly kinds: readonly KindEntry[];
  readonly ties: readonly TieEntry[];
  readonly measure: MeasureLegend | null;
  readonly marks: readonly MarkEntry[];
}

/** The swatch for nodes without a value under a measure. */
export const NO_VALUE: SwatchEntry = { label: 'No value', colour: NEUTRAL_FILL, size: 16 };

/** Ties: formal, informal, mutual, thick (hours), other links. */
const TIE_ENTRIES: readonly TieEntry[] = [
  { label: TIE_LOOKS.formal.label, line: 'solid', colour: TIE_LOOKS.formal.colour, width: 2, arrows: 'one' },
  { label: TIE_LOOKS.informal.label, line: 'dashed', colour: TIE_LOOKS.informal.colour, width: 2, arrows: 'one' },
  { label: 'Arrow: from giver to receiver; both ends: mutual', line: 'solid', colour: TIE_LOOKS.formal.colour, width: 2, arrows: 'both' },
  { label: 'Thicker: more hours a week (or closer)', line: 'solid', colour: TIE_LOOKS.formal.colour, width: 6, arrows: 'none' },
  { label: TIE_LOOKS.other.label, line: 'dotted', colour: TIE_LOOKS.other.colour, width: 1.5, arrows: 'none' },
];

/** Ties drawn by frequency (the support network): daily, weekly, less often, not known; arrows; width. */
const FREQUENCY_ENTRIES: readonly TieEntry[] = [
  ...Object.values(FREQUENCY_LOOKS).map((f): TieEntry => ({ label: f.label, line: f.line, colour: f.colour, width: 2, arrows: 'none' })),
  { label: 'Arrow: from giver to receiver; both ends: mutual', line: 'solid', colour: FREQUENCY_LOOKS.daily.colour, width: 2, arrows: 'both' },
  { label: 'Thicker: more hours a week (or closer)', line: 'solid', colour: FREQUENCY_LOOKS.daily.colour, width: 6, arrows: 'none' },
];

/**
 * The legend of a measure's scale: its name and sentence, its stops (five evenly spaced values, or
 * the first eight communities), how to read it, or why there is no scale yet. With `nodes` (the
 * look's), it also says whether some drawn node has no value.
 */
export function measureLegendOf(
  measure: MeasureInput,
  nodes?: ReadonlyMap<string, NodeLook>,
  scale: MeasureScale = measureScale(measure.measure, measure.values),
): MeasureLegend {
  const definition = NODE_MEASURES.find((m) => m.id === measure.measure);
  const count = Object.values(measure.values).filter((v) => Number.isFinite(v)).length;
  let noValue = false;
  for (const n of nodes?.values() ?? []) if (n.value === null && n.state !== 'hidden') noValue = true;
  const base = {
    measure: measure.measure,
    title: definition?.label ?? measure.measure,
    description: definition?.description ?? '',
    scale: scale.kind,
    noValue: count > 0 && noValue,
  };
  if (count === 0) {
    const empty = definition?.pathBased === true ? 'Computing this measure…' : 'No node has a value for this measure yet.';
    return { ...base, stops: [], note: '', empty };
  }
  if (scale.kind === 'categorical') {
    const communities = scale.max - scale.min + 1;
    const stops = Array.from({ length: Math.min(8, communities) }, (_, i) => {
      const value = scale.min + i;
      return { label: `Community ${formatValue(value)}`, colour: scale.colour(value), size: scale.size(value) };
    });
    return { ...base, stops, note: communities > 8 ? 'Colours repeat after eight communities.' : '', empty: null };
  }
  const stops = legendStops(scale, 5).map((s) => ({ label: formatValue(s.value), colour: s.colour, size: s.size }));
  const note = `Darker and smaller = lower; yellower and larger = higher. ${count} nodes.`;
  return { ...base, stops, note, empty: null };
}

/** The legend for a look's nodes and ties (`lookOf` calls this; views read `look.legend`). */
export function legendOf(args: {
  readonly nodes: ReadonlyMap<string, NodeLook>;
  readonly ties?: ReadonlyMap<string, TieLook>;
  readonly measure: MeasureInput | null;
  readonly scale: MeasureScale | null;
  /** What tie lines tell (default formality). */
  readonly tieLines?: TieLines;
}): Legend {
  const { nodes, ties, measure, scale } = args;
  const kinds = NODE_KIND_IDS.map((kind): KindEntry => {
    const look = KIND_LOOKS[kind];
    const colour = scale === null ? look.colour : NEUTRAL_FILL;
    return { kind, label: look.label, shape: look.shape, colour, ink: scale === null ? look.ink : inkOn(colour), letter: look.letter };
  });
  const used = new Set<MarkId>();
  for (const element of [...nodes.values(), ...(ties?.values() ?? [])])
    if (element.mark !== null && element.state !== 'hidden') used.add(element.mark);
  const marks = MARK_IDS.filter((m) => used.has(m)).map((mark): MarkEntry => {
    const { label, colour, outline, badge } = MARKS[mark];
    return { mark, label, colour, outline, badge };
  });
  return {
    kinds,
    ties: args.tieLines === 'frequency' ? FREQUENCY_ENTRIES : TIE_ENTRIES,
    measure: measure === null || scale === null ? null : measureLegendOf(measure, nodes, scale),
    marks,
  };
}

/** One cell of the legend in a picture (the SVG and PNG lay them out in a grid). */
export type LegendCell =
  | ({ readonly type: 'node' } & KindEntry)
  | ({ readonly type: 'tie' } & TieEntry)
  | ({ readonly type: 'swatch' } & SwatchEntry)
  | ({ readonly type: 'mark' } & MarkEntry);

/**
 * The legend as one list of cells for a picture: kinds, ties, then the measure's swatches (labelled
 * with the measure's name, e.g. "Betweenness: 0.12"; a "No value" swatch when some node has none)
 * and the marks in use.
 */
export function legendCells(legend: Legend): LegendCell[] {
  const m = legend.measure;
  const swatches: LegendCell[] =
    m === null
      ? []
      : [
          ...m.stops.map((s): LegendCell => ({
            type: 'swatch',
            ...s,
            label: m.scale === 'sequential' ? `${m.title}: ${s.label}` : s.label,
          })),
          ...(m.noValue ? [{ type: 'swatch' as const, ...NO_VALUE, label: `${m.title}: no value` }] : []),
        ];
  return [
    ...legend.kinds.map((k): LegendCell => ({ type: 'node', ...k })),
    ...legend.ties.map((t): LegendCell => ({ type: 'tie', ...t })),
    ...swatches,
    ...legend.marks.map((k): LegendCell => ({ type: 'mark', ...k })),
  ];
}
