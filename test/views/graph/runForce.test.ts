import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';

import { runForce } from '../../../src/views/graph/runLayout';
import { toElements } from '../../../src/views/graph/toElements';
import { makeMap, person, tie } from '../../helpers/build';

cytoscape.use(fcose);

// Three people far apart in a row, tied a-b and b-c.
const doc = makeMap(
  [
    person('a', 'A', { position: { x: 0, y: 0, pinned: false } }),
    person('b', 'B', { position: { x: 600, y: 0, pinned: false } }),
    person('c', 'C', { position: { x: 1200, y: 0, pinned: false } }),
  ],
  [tie('ab', 'a', 'b'), tie('bc', 'b', 'c')],
);
const gap = (p: Map<string, { x: number; y: number }>, u: string, v: string) => Math.hypot(p.get(u)!.x - p.get(v)!.x, p.get(u)!.y - p.get(v)!.y);

/** A headless instance like the canvas: the given elements at their positions. */
function drawn(elements: ReturnType<typeof toElements>) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 36, height: 36 } }],
    elements,
    layout: { name: 'preset' },
  });
}
const nodesOnly = () => toElements(doc).filter((e) => e.group === 'nodes');

describe('runForce', () => {
  it('with every tie given, ties left out of the drawing still pull their ends together', () => {
    const cy = drawn(nodesOnly());
    const p = runForce(cy, doc, toElements(doc));
    // fcose's ideal tie length is 90; from 600 apart the springs bring each pair well inside 300.
    expect(gap(p, 'a', 'b')).toBeLessThan(300);
    expect(gap(p, 'b', 'c')).toBeLessThan(300);
    // …and keep the chain a chain: a and c, two ties apart, end up about twice as far apart as
    // a and b (without the ties fcose packs the three into a tight triangle).
    expect(gap(p, 'a', 'c')).toBeGreaterThan(1.5 * gap(p, 'a', 'b'));
    // The drawn instance is not touched: its nodes stay where they were.
    expect(cy.getElementById('c').position()).toEqual({ x: 1200, y: 0 });
  });

  it('gives what fcose gives on the drawing with every tie in it', () => {
    expect(runForce(drawn(nodesOnly()), doc, toElements(doc))).toEqual(runForce(drawn(toElements(doc)), doc));
  });
});
