// Draws the analysis on the canvas: nodes sized and coloured by the chosen measure (the store's
// measureStyle, mapped through views/measures/scale.ts) and the highlighted insight's nodes and
// ties picked out with a thick outline while everything else fades. Uses cytoscape's per-element
// style bypass, so it sits on top of the stylesheet and is removed cleanly when switched off.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';

import { useAppStore } from '../../store';
import { nodeStyles } from '../measures/scale';

const MEASURE_PROPS = 'background-color width height';
const HIGHLIGHT_PROPS = 'underlay-color underlay-padding underlay-opacity opacity';

/**
 * Keep the canvas in step with the store's measure styling and insight highlight. `elements` is
 * passed only so styles are re-applied after the element set changes (new nodes, filters).
 */
export function useAnalysisStyle(cy: Core | null, elements: unknown): void {
  const measureStyle = useAppStore((s) => s.measureStyle);
  const highlight = useAppStore((s) => s.highlight);
  // Whether any element may carry a bypass of ours. With nothing to apply and nothing applied,
  // the sweeps below are skipped: removing a style that is not there still makes cytoscape
  // recompute the element's style, which on a 5,000-node map costs about half a second.
  const measured = useRef(false);
  const highlighted = useRef(false);

  useEffect(() => {
    if (cy === null) return;
    const styles = measureStyle === null ? null : nodeStyles(measureStyle.measure, measureStyle.values);
    if (styles === null && !measured.current) return;
    measured.current = styles !== null;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const s = styles?.[n.id()];
        if (s === undefined) n.removeStyle(MEASURE_PROPS);
        else n.style({ 'background-color': s.colour, width: s.size, height: s.size });
      });
    });
  }, [cy, measureStyle, elements]);

  useEffect(() => {
    if (cy === null) return;
    const picked = highlight === null ? null : new Set<string>([...highlight.nodeIds, ...highlight.tieIds]);
    if (picked === null && !highlighted.current) return;
    highlighted.current = picked !== null;
    cy.batch(() => {
      cy.elements().forEach((e) => {
        if (picked === null) e.removeStyle(HIGHLIGHT_PROPS);
        else if (picked.has(e.id())) {
          e.style({ 'underlay-color': '#D55E00', 'underlay-padding': 10, 'underlay-opacity': 0.55, opacity: 1 });
        } else {
          e.removeStyle('underlay-color underlay-padding underlay-opacity');
          e.style({ opacity: 0.3 });
        }
      });
    });
  }, [cy, highlight, elements]);
}
