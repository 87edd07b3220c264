import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER, type NodeId } from '../../src/model';
import { createAppStore } from '../../src/store';
import { makeMap, person } from '../helpers/build';

const n = (id: string) => id as NodeId;

describe('canvas slice', () => {
  it('setPositions names its undo step when given a label', () => {
    const store = createAppStore();
    store.getState().replaceDocument(makeMap([person('a'), person('b')]));
    store.getState().setPositions(
      new Map([
        [n('a'), { x: 0, y: 0, pinned: false }],
        [n('b'), { x: 80, y: 0, pinned: false }],
      ]),
      'Lay out: grid',
    );
    expect(store.getState().history.past.at(-1)?.label).toBe('Lay out: grid');
  });

  it('keeps the shared filter, focus steps, layout, tool and workshop mode', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setMapFilter({ kinds: ['person'] });
    s().setMapFilter({ formality: 'informal' });
    expect(s().mapFilter).toEqual({ ...EMPTY_FILTER, kinds: ['person'], formality: 'informal' });
    s().clearMapFilter();
    expect(s().mapFilter).toBe(EMPTY_FILTER);
    s().setFocusSteps(3);
    s().setLayout('team');
    s().setTool('draw');
    s().setWorkshop(true);
    expect([s().focusSteps, s().layout, s().tool, s().workshop]).toEqual([3, 'team', 'draw', true]);
  });

  it('folds the legend on entering workshop mode and leaves it folded on leaving', () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(s().legendOpen).toBe(true);
    s().setWorkshop(true);
    expect(s().legendOpen).toBe(false);
    s().setLegendOpen(true);
    s().setWorkshop(false);
    expect([s().workshop, s().legendOpen]).toEqual([false, true]);
  });

  it('opens the drawer on Insights, and closing it clears an insight’s highlight', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setDrawer('insights');
    s().setHighlight({ nodeIds: ['a'], tieIds: [], insightId: 'x' });
    s().setDrawer('inspector');
    expect([s().drawer, s().highlight]).toEqual(['inspector', null]);
  });
});
