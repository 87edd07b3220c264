// A first picture paints its plain ties itself (firstTies.ts) from graphStyle's plainTieInk, so
// that ink must be exactly what the stylesheet makes cytoscape draw. Cytoscape is the reference:
// every tie of a generated map (with ties made dimmed, highlighted, marked, parallel and faded)
// is styled by a headless cytoscape, and each one plainTieInk calls plain is compared property by
// property with what cytoscape will draw. The browser test (test/e2e/graph.spec.ts) compares the
// painted picture with cytoscape's pixel by pixel.
import cytoscape, { type EdgeSingular, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { FIRST_TIES_MIN, splitFirstTies } from '../../../src/views/graph/firstTies';
import { buildGraphStyle, type GraphStyleOptions, plainTieInk } from '../../../src/views/graph/graphStyle';
import { toElements } from '../../../src/views/graph/toElements';
import { generateMap } from '../../helpers/generateMap';

/** A generated map's elements, with some ties given each state and mark the look can give. */
function elements(): ElementDefinition[] {
  const els = toElements(generateMap({ nodes: 80, seed: 5 }));
  let i = 0;
  return els.map((e) => {
    if (e.group !== 'edges') return e;
    i += 1;
    const data = { ...e.data };
    if (i % 11 === 0) data.state = 'dimmed';
    if (i % 13 === 0) data.state = 'highlighted';
    if (i % 17 === 0) data.mark = 'added';
    if (i % 19 === 0) data.mark = 'lost';
    if (i % 23 === 0) data.parallel = 1;
    return { ...e, data };
  });
}

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

function drawn(edge: EdgeSingular) {
  const p = (name: string) => (edge as unknown as { pstyle(n: string): { value: unknown; pfValue: unknown; strValue?: string } }).pstyle(name);
  return {
    curve: p('curve-style').value,
    colour: edge.style('line-color'),
    arrowColours: [edge.style('target-arrow-color'), edge.style('source-arrow-color')],
    opacity: p('opacity').value,
    lineOpacity: p('line-opacity').value,
    width: p('width').pfValue,
    lineStyle: p('line-style').value,
    dash: p('line-dash-pattern').pfValue,
    dashOffset: p('line-dash-offset').pfValue,
    lineCap: p('line-cap').value,
    outline: p('line-outline-width').value,
    underlay: p('underlay-opacity').value,
    overlay: p('overlay-opacity').value,
    label: p('label').strValue ?? '',
    arrows: [p('target-arrow-shape').value, p('source-arrow-shape').value],
    midArrows: [p('mid-target-arrow-shape').value, p('mid-source-arrow-shape').value],
    fills: [p('target-arrow-fill').value, p('source-arrow-fill').value],
    arrowWidths: [p('target-arrow-width').value, p('source-arrow-width').value],
    arrowScale: p('arrow-scale').value,
    ends: [p('target-endpoint').value, p('source-endpoint').value],
    distances: [p('target-distance-from-node').pfValue, p('source-distance-from-node').pfValue],
    ghost: p('ghost').value,
  };
}

describe.each<[string, GraphStyleOptions]>([
  ['plain', {}],
  ['workshop', { workshop: true }],
])('plainTieInk (%s)', (_name, options) => {
  const els = elements();
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle(options), elements: els as never });
  const edges = cy.edges().toArray() as EdgeSingular[];

  it('is exactly what cytoscape draws for every plain tie', () => {
    let plain = 0;
    for (const edge of edges) {
      const ink = plainTieInk(edge.data() as Record<string, unknown>, options);
      if (ink === null) continue;
      plain += 1;
      const dashed = ink.dash.length === 2 && ink.dash[0] !== 1;
      expect(drawn(edge), edge.id()).toEqual({
        curve: 'straight',
        colour: rgb(ink.colour),
        arrowColours: [rgb(ink.colour), rgb(ink.colour)],
        opacity: ink.opacity,
        lineOpacity: 1,
        width: ink.width,
        lineStyle: ink.dash.length === 0 ? 'solid' : dashed ? 'dashed' : 'dotted',
        // Cytoscape draws a dotted line as [1, 1] whatever its dash pattern says.
        dash: dashed ? ink.dash : [6, 3],
        dashOffset: 0,
        lineCap: 'butt',
        outline: 0,
        underlay: 0,
        overlay: 0,
        label: '',
        arrows: [ink.arrowTarget, ink.arrowSource],
        midArrows: ['none', 'none'],
        fills: ['filled', 'filled'],
        // (the stroke of a hollow arrowhead; these are filled)
        arrowWidths: [1, 1],
        arrowScale: ink.arrowScale,
        ends: ['outside-to-node', 'outside-to-node'],
        distances: [0, 0],
        ghost: 'no',
      });
    }
    // Most ties are plain; some of every kind are faded, dashed, dotted, solid, with arrowheads.
    expect(plain).toBeGreaterThan(edges.length / 2);
  });

  it('calls plain only ties that are straight, unmarked and neither dimmed nor highlighted', () => {
    const others = edges.filter((e) => plainTieInk(e.data() as Record<string, unknown>, options) === null);
    expect(others.length).toBeGreaterThan(10);
    for (const edge of others) {
      const d = edge.data() as Record<string, unknown>;
      expect(d.parallel === 1 || d.state !== 'visible' || d.mark !== '', edge.id()).toBe(true);
    }
  });

  it('covers faded and plain, solid, dashed and dotted ties with each arrowhead', () => {
    const inks = edges.map((e) => plainTieInk(e.data() as Record<string, unknown>, options)).filter((i) => i !== null);
    expect(new Set(inks.map((i) => i.opacity)).size).toBe(2);
    expect(new Set(inks.map((i) => i.dash.join(','))).size).toBe(3);
    expect(new Set(inks.flatMap((i) => [i.arrowTarget, i.arrowSource]))).toEqual(new Set(['none', 'triangle', 'vee']));
  });
});

describe('plainTieInk on a big map', () => {
  it('calls no tie plain: big maps draw haystack ties', () => {
    for (const e of elements().filter((x) => x.group === 'edges')) expect(plainTieInk(e.data, { big: true })).toBeNull();
  });
});

describe('splitFirstTies', () => {
  const inkOf = (d: Readonly<Record<string, unknown>>) => plainTieInk(d, {});

  it('gives cytoscape every node and every tie that is not plain now, and keeps document order', () => {
    const els = toElements(generateMap({ nodes: 400, seed: 2 }));
    const marked = els.map((e, i) => (e.group === 'edges' && i % 7 === 0 ? { ...e, data: { ...e.data, mark: 'changed' } } : e));
    const split = splitFirstTies(marked, inkOf)!;
    expect(split).not.toBeNull();
    const nodes = marked.filter((e) => e.group === 'nodes');
    const notPlain = marked.filter((e) => e.group === 'edges' && e.data.mark !== '');
    expect(split.now).toEqual([...nodes, ...notPlain]);
    expect(split.later.map((t) => t.element)).toEqual(marked.filter((e) => e.group === 'edges' && e.data.mark === ''));
    for (const t of split.later) expect(t.ink).toEqual(inkOf(t.element.data));
    expect(split.now.length + split.later.length).toBe(marked.length);
  });

  it('paints nothing with fewer than FIRST_TIES_MIN plain ties', () => {
    const els = toElements(generateMap({ nodes: 400, seed: 2 }));
    const ties = els.filter((e) => e.group === 'edges');
    expect(ties.length).toBeGreaterThan(FIRST_TIES_MIN);
    const keep = new Set(ties.slice(0, FIRST_TIES_MIN - 1).map((t) => t.data.id));
    const fewer = els.filter((e) => e.group === 'nodes' || keep.has(e.data.id));
    expect(splitFirstTies(fewer, inkOf)).toBeNull();
    const justEnough = els.filter((e) => e.group === 'nodes' || keep.has(e.data.id) || e.data.id === ties[FIRST_TIES_MIN - 1]!.data.id);
    expect(splitFirstTies(justEnough, inkOf)!.later).toHaveLength(FIRST_TIES_MIN);
  });

  it('leaves a tie from a node to itself to cytoscape', () => {
    const els = toElements(generateMap({ nodes: 400, seed: 2 }));
    const loopId = els.find((e) => e.group === 'edges')!.data.id;
    const withLoop = els.map((e) => (e.data.id === loopId ? { ...e, data: { ...e.data, target: e.data.source } } : e));
    const split = splitFirstTies(withLoop, inkOf)!;
    expect(split.now.some((e) => e.data.id === loopId)).toBe(true);
    expect(split.later.some((t) => t.element.data.id === loopId)).toBe(false);
  });
});
