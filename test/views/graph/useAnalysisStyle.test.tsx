// @vitest-environment jsdom
// The canvas follows the store's insight highlight and measure styling (headless cytoscape).
import { act, cleanup, renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type AppStore, AppStoreProvider, createAppStore } from '../../../src/store';
import { useAnalysisStyle } from '../../../src/views/graph/useAnalysisStyle';

afterEach(cleanup);

let store: AppStore;
let cy: Core;

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }, { data: { id: 't1', source: 'a', target: 'b' } }],
  });
});

function mount() {
  const wrapper = ({ children }: { children: ReactNode }) => <AppStoreProvider value={store}>{children}</AppStoreProvider>;
  return renderHook(() => useAnalysisStyle(cy, null), { wrapper });
}

describe('useAnalysisStyle', () => {
  it('outlines the highlighted nodes and ties, fades the rest, and clears it', () => {
    mount();
    act(() => store.getState().setHighlight({ nodeIds: ['a'], tieIds: ['t1'], insightId: 'x' }));
    expect(cy.getElementById('a').style('underlay-color')).toBe('rgb(213,94,0)');
    expect(cy.getElementById('t1').style('underlay-color')).toBe('rgb(213,94,0)');
    expect(Number(cy.getElementById('c').style('opacity'))).toBe(0.3);
    act(() => store.getState().setHighlight(null));
    expect(Number(cy.getElementById('c').style('opacity'))).toBe(1);
    expect(Number(cy.getElementById('a').style('underlay-opacity'))).toBe(0);
  });

  it('sizes and colours nodes by the measure values, largest value biggest', () => {
    mount();
    act(() => store.setState({ measureStyle: { measure: 'degree', values: { a: 1, b: 3 } } }));
    const a = cy.getElementById('a');
    const b = cy.getElementById('b');
    // scale.ts: size = 16 + 40 * sqrt(position); position 0 for the minimum, 1 for the maximum.
    expect(a.numericStyle('width')).toBe(16);
    expect(b.numericStyle('width')).toBe(56);
    expect(a.style('background-color')).not.toBe(b.style('background-color'));
    act(() => store.setState({ measureStyle: null }));
    expect(b.numericStyle('width')).not.toBe(56);
  });
});
