// The graph's labels for the current view: gathers what labelDetail.ts needs from the map and its
// look (where each drawn node is, its size and text, how important it is) and measures text with
// the canvas font, so the graph names the most important nodes that fit, at a size legible on
// screen (LABEL_PX), more of them as the view zooms in.
import { useMemo } from 'react';

import type { CareMap, Visible } from '../../model';
import type { Look } from '../../look';
import { LABEL_FONT, LABEL_PX, WORKSHOP_NODE_SCALE } from './graphStyle';
import { chooseLabels, type LabelNode } from './labelDetail';
import type { ViewWindow } from './levelOfDetail';
import type { NodeLabels } from './toElements';

/**
 * How many unnamed nodes the label of a group, organisation, space, team or circle may lie over
 * (they show through its background); people's labels lie over none.
 */
const MAY_COVER = 6;

/** Widest a label runs before it wraps, in CSS pixels. */
const WRAP_PX = { plain: 150, workshop: 220 } as const;

export interface LabelDetailInput {
  readonly doc: CareMap;
  readonly look: Look;
  /** What the canvas draws (the tie detail's choice), or everything the look shows. */
  readonly drawn: Visible | undefined;
  readonly placed: ReadonlyMap<string, { x: number; y: number }>;
  readonly view: ViewWindow;
  readonly selected: ReadonlySet<string>;
  readonly workshop: boolean;
}

/** A text measurer for one font, caching widths (a canvas is made on first use). */
function makeMeasure(font: string): (line: string) => number {
  const widths = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (line) => {
    let w = widths.get(line);
    if (w !== undefined) return w;
    if (context === undefined) {
      const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
      context = canvas === null ? null : canvas.getContext('2d');
      // This canvas measures in one font only: set it once (setting it parses the font again),
      // and again if the browser gives the canvas a fresh context after losing it.
      const setFont = () => {
        if (context) context.font = font;
      };
      setFont();
      canvas?.addEventListener('contextrestored', setFont);
    }
    // Without a canvas, assume an average character of 0.6 em.
    w = context ? context.measureText(line).width : line.length * 0.6 * Number.parseFloat(font.split('px')[0]!.split(' ').at(-1)!);
    widths.set(line, w);
    return w;
  };
}

export function useLabelDetail({ doc, look, drawn, placed, view, selected, workshop }: LabelDetailInput): NodeLabels {
  const fontPx = workshop ? LABEL_PX.workshop : LABEL_PX.plain;
  const measure = useMemo(() => makeMeasure(`${workshop ? 700 : 400} ${fontPx}px ${LABEL_FONT}`), [workshop, fontPx]);
  // Ties of every kind count towards a node's importance, unless nodes are sized by a measure.
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const t of doc.ties) {
      d.set(t.source, (d.get(t.source) ?? 0) + 1);
      d.set(t.target, (d.get(t.target) ?? 0) + 1);
    }
    return d;
  }, [doc.ties]);
  const candidates = useMemo(() => {
    const out: LabelNode[] = [];
    for (const n of doc.nodes) {
      const l = look.nodes.get(n.id);
      if (l === undefined || l.state === 'hidden' || (drawn !== undefined && !drawn.nodeIds.has(n.id))) continue;
      const at = n.position ?? placed.get(n.id);
      if (at === undefined) continue;
      out.push({
        id: n.id,
        x: at.x,
        y: at.y,
        size: l.size,
        text: workshop ? l.label : l.caption,
        // Anchors first, then groups, organisations, spaces, teams and circles (who holds the
        // neighbourhood together), then people; within each, by the measure the nodes are sized
        // by, else by their number of ties.
        importance: (l.anchor ? 2e9 : 0) + (n.kind === 'person' ? 0 : 1e9) + (l.value ?? degree.get(n.id) ?? 0),
        first: selected.has(n.id),
        mayCover: n.kind === 'person' ? 0 : MAY_COVER,
      });
    }
    return out;
  }, [doc.nodes, look, drawn, placed, workshop, degree, selected]);
  return useMemo(() => {
    const choice = chooseLabels(candidates, view, {
      fontPx,
      maxWidthPx: workshop ? WRAP_PX.workshop : WRAP_PX.plain,
      measure,
      nodeScale: workshop ? WORKSHOP_NODE_SCALE : 1,
    });
    const zoom = view.zoom > 0 ? view.zoom : 1;
    return {
      shown: choice.shown,
      text: workshop ? 'label' : 'caption',
      fontSize: choice.fontSize,
      maxWidth: choice.maxWidth,
      margin: 4 / zoom,
      pad: 2 / zoom,
    };
  }, [candidates, view, fontPx, workshop, measure]);
}
