// The first styling with one round of triggers per element must leave every element exactly as
// cytoscape's own per-property triggers do. Cytoscape unchanged is the reference: the same map is
// styled by an instance before the change is installed and by one after, and everything that
// styling decides (every style value, every bounding box) is compared.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildGraphStyle } from '../../../src/views/graph/graphStyle';
import { batchFirstStyling } from '../../../src/views/graph/firstStyling';
import { patchElements } from '../../../src/views/graph/patchElements';
import { toElements } from '../../../src/views/graph/toElements';
import { generateMap } from '../../helpers/generateMap';
import { makeMap, person, tie } from '../../helpers/build';

const at = (x: number, y: number) => ({ position: { x, y, pinned: false } });

function styled(style = buildGraphStyle()): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  // A map with parallel ties (curved apart), a loop-free chain and every mark state the
  // generator makes, so most rules of the stylesheet match something.
  const doc = generateMap({ nodes: 60, seed: 3 });
  patchElements(cy, null, toElements(doc));
  return cy;
}

/** Everything styling decided, element by element. */
function snapshot(cy: Core) {
  return cy.elements().map((ele) => ({
    id: ele.id(),
    style: ele.style() as Record<string, string>,
    box: ele.boundingBox({}),
  }));
}

describe('batchFirstStyling', () => {
  // Taken before the change is installed: cytoscape's own per-property triggers.
  const reference = snapshot(styled());
  const referenceBounds = boundsTold();
  const referenceNotified = notified();

  it('installs on cytoscape 3.34 and says so', () => {
    expect(batchFirstStyling(cytoscape({ headless: true, styleEnabled: true }))).toBe(true);
    // A second call finds it in place.
    expect(batchFirstStyling(cytoscape({ headless: true, styleEnabled: true }))).toBe(true);
  });

  it('styles a map exactly as cytoscape does: every style value and bounding box', () => {
    const ours = snapshot(styled());
    expect(ours.length).toBe(reference.length);
    expect(ours).toEqual(reference);
  });

  it('still runs every trigger when an element already styled changes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle() });
    const doc = makeMap([person('a', 'Ada', at(0, 0)), person('b', 'Bo', at(100, 0))], [tie('t', 'a', 'b')]);
    patchElements(cy, null, toElements(doc));
    const a = cy.getElementById('a');
    const node = a.boundingBox({});
    const seen: string[] = [];
    cy.on('bounds', (e) => {
      seen.push(e.target.id());
    });
    // Twice the size: the node's box grows, and listeners are told.
    a.data('size', Number(a.data('size')) * 2);
    expect(a.style('width')).toBe(`${Number(a.data('size'))}px`);
    const grown = a.boundingBox({});
    expect(grown.w).toBeCloseTo(node.w + Number(a.data('size')) / 2, 6);
    expect(seen).toContain('a');
  });

  it('tells the renderer of every element first styled, as cytoscape does', () => {
    // Cytoscape tells it of every element's bounds, and of the z-order of the named nodes (the
    // reference), so each is drawn and sorted anew.
    expect(referenceNotified).toEqual({ bounds: ['a', 'b', 't'], zorder: ['a', 'b'] });
    const ours = notified();
    expect(ours.bounds).toEqual(referenceNotified.bounds);
    // Telling it of the tie's z-order too only re-sorts what was to be sorted anyway.
    expect(ours.zorder).toEqual(['a', 'b', 't']);
  });

  it('tells "bounds" listeners less often, and still at least once per element', () => {
    const told = boundsTold();
    expect(told).toBeGreaterThanOrEqual(3);
    expect(told).toBeLessThan(referenceBounds);
  });
});

/** How many times styling a two-node map tells a "bounds" listener. */
function boundsTold(): number {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle() });
  let told = 0;
  cy.on('bounds', () => {
    told += 1;
  });
  const doc = makeMap([person('a', 'Ada', at(0, 0)), person('b', 'Bo', at(100, 0))], [tie('t', 'a', 'b')]);
  patchElements(cy, null, toElements(doc));
  cy.elements().forEach((ele) => {
    ele.style('width');
  });
  return told;
}

/**
 * Which elements the renderer is told changed bounds or z-order while a small map is added and
 * styled (cytoscape's `notify`, which the renderer listens to, to redraw and re-sort).
 */
function notified(): { bounds: string[]; zorder: string[] } {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle() });
  const told = { bounds: new Set<string>(), zorder: new Set<string>() };
  const inner = cy as unknown as { notify(event: string, eles?: cytoscape.Collection): void };
  const notify = inner.notify.bind(cy);
  inner.notify = (event, eles) => {
    if (event === 'bounds' || event === 'zorder') eles?.forEach((ele) => void told[event].add(ele.id()));
    notify(event, eles);
  };
  patchElements(cy, null, toElements(makeMap([person('a', 'Ada', at(0, 0)), person('b', 'Bo', at(100, 0))], [tie('t', 'a', 'b')])));
  cy.elements().forEach((ele) => {
    ele.style('width');
  });
  return { bounds: [...told.bounds].sort(), zorder: [...told.zorder].sort() };
}
