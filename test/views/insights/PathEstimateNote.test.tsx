// @vitest-environment jsdom
// The note on estimated path measures: shown only when the result is an estimate, with the number
// of sources and the ± in words; "Compute exactly" asks for exact values, a cancelled exact run
// goes back to the estimate, and exact values can be switched back to estimates.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { analyzeMap, type PathEstimate } from '../../../src/analysis';
import { AppStoreProvider, createAppStore } from '../../../src/store';
import { PathEstimateNote } from '../../../src/views/insights/PathEstimateNote';
import { makeMap, person, tie } from '../../helpers/build';

afterEach(cleanup);

const doc = makeMap([person('a'), person('b'), person('c')], [tie('1', 'a', 'b'), tie('2', 'b', 'c')]);
const estimate: PathEstimate = {
  method: 'source sampling (Brandes–Pich pivots), stratified by component',
  sources: 2000,
  of: 200000,
  seed: 1,
  confidence: 0.95,
  betweenness: 0.0024,
  closeness: 0.0018,
};

function setup(withEstimate: boolean) {
  const store = createAppStore();
  const result = { ...analyzeMap(doc), pathEstimate: withEstimate ? estimate : null };
  store.getState().analysisRequested(0);
  store.getState().applyAnalysisUpdate({ type: 'paths', revision: 0, result });
  render(
    <AppStoreProvider value={store}>
      <PathEstimateNote />
    </AppStoreProvider>,
  );
  return store;
}

describe('PathEstimateNote', () => {
  it('says nothing when the path measures are exact', () => {
    setup(false);
    expect(screen.queryByTestId('path-estimate')).toBeNull();
  });

  it('names the sample and the ±, and "Compute exactly" asks for exact values', () => {
    const store = setup(true);
    expect(screen.getByTestId('path-estimate').textContent).toContain(
      'betweenness and closeness are estimated from 2,000 of 200,000 sources, ± 0.0024 (betweenness) and ± 0.0018 (closeness) at 95%',
    );
    fireEvent.click(screen.getByText('Compute exactly (about 100× as long)'));
    expect(store.getState().analysisSettings.exactPaths).toBe(true);
  });

  it('a cancelled exact run goes back to the estimate', () => {
    const store = setup(true);
    fireEvent.click(screen.getByTestId('path-exact'));
    act(() => store.getState().analysisRequested(1));
    expect(screen.getByTestId('path-exact-running')).toBeTruthy();
    act(() => store.getState().applyAnalysisUpdate({ type: 'cancelled', revision: 1 }));
    expect(store.getState().analysisSettings.exactPaths).toBe(false);
  });

  it('exact values can be switched back to estimates', () => {
    const store = setup(false);
    act(() => store.getState().setAnalysisSettings({ exactPaths: true }));
    fireEvent.click(screen.getByTestId('path-estimate-again'));
    expect(store.getState().analysisSettings.exactPaths).toBe(false);
  });
});
