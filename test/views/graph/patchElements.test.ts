import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { lookOf } from '../../../src/look';
import { addNodes, addTies } from '../../../src/model';
import { createAppStore } from '../../../src/store/createAppStore';
import { selectLookFacts } from '../../../src/store/selectors';
import { buildGraphStyle } from '../../../src/views/graph/graphStyle';
import { patchElements } from '../../../src/views/graph/patchElements';
import { FREE_SPACING, placeMissing } from '../../../src/views/graph/placement';
import { toElements } from '../../../src/views/graph/toElements';
import { makeMap, person, tie } from '../../helpers/build';

const at = (x: number, y: number) => ({ position: { x, y, pinned: false } });

describe('patchElements', () => {
  it('adds, removes and patches only what changed', () => {
    const before = toElements(
      makeMap([person('a', 'Ada', at(0, 0)), person('b', 'Bo', at(10, 0)), person('c', 'Cy', at(20, 0))], [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')]),
    );
    const cy = cytoscape({ headless: true });
    expect(patchElements(cy, null, before)).toEqual({ added: 5, removed: 0, patched: 0 });

    const after = toElements(
      makeMap(
        [person('a', 'Ada Lovelace', at(0, 0)), person('c', 'Cy', at(25, 5)), person('d', 'Dee', at(30, 0))],
        [tie('t3', 'a', 'c'), tie('t4', 'd', 'a')],
      ),
    );
    // b goes with its ties t1 and t2; d, t3 and t4 arrive; a is renamed and c moved.
    expect(patchElements(cy, before, after)).toEqual({ added: 3, removed: 3, patched: 2 });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c', 'd']);
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(['t3', 't4']);
    expect(cy.getElementById('a').data('label')).toBe('Ada Lovelace');
    expect(cy.getElementById('c').position()).toEqual({ x: 25, y: 5 });
  });

  it('re-adds a tie whose ends changed, and leaves equal elements alone', () => {
    const doc = makeMap([person('a', 'A', at(0, 0)), person('b', 'B', at(1, 0)), person('c', 'C', at(2, 0))], [tie('t', 'a', 'b')]);
    const cy = cytoscape({ headless: true });
    const first = toElements(doc);
    patchElements(cy, null, first);
    const moved = toElements({ ...doc, ties: [{ ...doc.ties[0]!, target: doc.nodes[2]!.id }] });
    expect(patchElements(cy, first, moved)).toEqual({ added: 1, removed: 1, patched: 0 });
    expect(cy.getElementById('t').target().id()).toBe('c');
    expect(patchElements(cy, moved, toElements({ ...doc, ties: [{ ...doc.ties[0]!, target: doc.nodes[2]!.id }] }))).toEqual({
      added: 0,
      removed: 0,
      patched: 0,
    });
  });

  it('draws what arrived from a phone by adding just its node and tie, marked by the look, at a free spot', () => {
    const s = createAppStore({ now: () => '2026-01-15T10:00:00.000Z' });
    s.getState().replaceDocument(makeMap([person('a', 'Ada', at(0, 0)), person('b', 'Bo', at(60, 0))], [tie('t1', 'a', 'b')]));
    const draw = () => {
      const state = s.getState();
      const doc = state.document!;
      return toElements(doc, lookOf(doc, selectLookFacts(state)), { placed: placeMissing(doc) });
    };
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle({}) });
    const before = draw();
    patchElements(cy, null, before);
    s.getState().receive('Arrived from phones', (doc) => ({
      ok: true,
      doc: addTies(addNodes(doc, [person('n-new', 'New')]), [tie('t-new', 'n-new', 'a')]),
    }));
    const after = draw();
    expect(patchElements(cy, before, after)).toEqual({ added: 2, removed: 0, patched: 0 });
    expect(cy.getElementById('n-new').style('outline-color')).toBe('rgb(204,121,167)');
    expect(cy.getElementById('t-new').data('mark')).toBe('arrived');
    expect(cy.getElementById('a').data('mark')).toBe('');
    // Beside its neighbour Ada, at least the free spacing from every node, and nobody else moved.
    const p = cy.getElementById('n-new').position();
    for (const id of ['a', 'b']) {
      const q = cy.getElementById(id).position();
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(FREE_SPACING);
    }
    expect(cy.getElementById('b').position()).toEqual({ x: 60, y: 0 });
    s.getState().clearArrivalMarks();
    expect(patchElements(cy, after, draw())).toEqual({ added: 0, removed: 0, patched: 2 });
  });
});

