// What the legend explains, as data: one entry per node kind (shape, colour, letter) and per way
// a tie is drawn (line style, arrows, width). The on-screen legend, the PNG and the SVG export
// all read this list, so a picture in a report says exactly what the screen said.
import { NODE_KIND_IDS, type NodeKind } from '../../model';
import { KIND_LOOKS, type LineStyle, TIE_LOOKS } from '../look';

export type LegendEntry =
  | { readonly type: 'node'; readonly kind: NodeKind; readonly label: string }
  | {
      readonly type: 'tie';
      readonly label: string;
      readonly line: LineStyle;
      readonly colour: string;
      readonly width: number;
      readonly arrows: 'none' | 'one' | 'both';
    };

/** Node kinds first, then ties: formal, informal, mutual, thick (hours), other links. */
export function legendEntries(): LegendEntry[] {
  return [
    ...NODE_KIND_IDS.map((kind): LegendEntry => ({ type: 'node', kind, label: KIND_LOOKS[kind].label })),
    { type: 'tie', label: TIE_LOOKS.formal.label, line: 'solid', colour: TIE_LOOKS.formal.colour, width: 2, arrows: 'one' },
    { type: 'tie', label: TIE_LOOKS.informal.label, line: 'dashed', colour: TIE_LOOKS.informal.colour, width: 2, arrows: 'one' },
    { type: 'tie', label: 'Arrow: from giver to receiver; both ends: mutual', line: 'solid', colour: TIE_LOOKS.formal.colour, width: 2, arrows: 'both' },
    { type: 'tie', label: 'Thicker: more hours a week (or closer)', line: 'solid', colour: TIE_LOOKS.formal.colour, width: 6, arrows: 'none' },
    { type: 'tie', label: TIE_LOOKS.other.label, line: 'dotted', colour: TIE_LOOKS.other.colour, width: 1.5, arrows: 'none' },
  ];
}
