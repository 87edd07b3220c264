// The analysis slice: updates about an older revision than the one requested are ignored, a quick
// result then the complete one set the status, measure values follow each new result, and
// thresholds merge field by field and reset to the defaults.
import { describe, expect, it } from 'vitest';

import { analyzeMap, DEFAULT_SETTINGS, resolveSettings } from '../../src/analysis';
import { createAppStore } from '../../src/store';
import { makeMap, person, tie } from '../helpers/build';

const doc = makeMap([person('a'), person('b'), person('c')], [tie('1', 'a', 'b'), tie('2', 'b', 'c')]);
const quick = analyzeMap(doc, resolveSettings({ paths: false }));
const full = analyzeMap(doc);

describe('analysis slice', () => {
  it('goes running -> paths -> done, and drops answers about older revisions', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().analysisRequested(4);
    expect(s().analysis.status).toBe('running');
    s().applyAnalysisUpdate({ type: 'quick', revision: 3, result: full });
    expect(s().analysis.result).toBeNull();
    s().applyAnalysisUpdate({ type: 'quick', revision: 4, result: quick });
    expect([s().analysis.status, s().analysis.revision, s().analysis.complete]).toEqual(['paths', 4, false]);
    s().applyAnalysisUpdate({ type: 'progress', revision: 4, phase: 'paths', done: 1, total: 3 });
    expect(s().analysis.progress).toEqual({ phase: 'paths', done: 1, total: 3 });
    s().applyAnalysisUpdate({ type: 'paths', revision: 4, result: full });
    expect([s().analysis.status, s().analysis.complete, s().analysis.progress]).toEqual(['done', true, null]);
  });

  it('measure values follow each result; path measures appear once computed', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().analysisRequested(1);
    s().setMeasureStyle('betweenness');
    expect(s().measureStyle).toEqual({ measure: 'betweenness', values: {} });
    s().applyAnalysisUpdate({ type: 'quick', revision: 1, result: quick });
    expect(s().measureStyle?.values).toEqual({});
    s().applyAnalysisUpdate({ type: 'paths', revision: 1, result: full });
    // Path a-b-c: b lies on the one path between a and c; normalised by (n-1)(n-2)/2 = 1.
    expect(s().measureStyle?.values).toEqual({ a: 0, b: 1, c: 0 });
    s().setMeasureStyle('degree');
    expect(s().measureStyle?.values).toEqual({ a: 1, b: 2, c: 1 });
    s().setMeasureStyle(null);
    expect(s().measureStyle).toBeNull();
  });

  it('thresholds merge field by field and reset; closing the panel clears the highlight', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setAnalysisSettings({ thresholds: { manyReceivers: 3 } });
    expect(s().analysisSettings.thresholds).toEqual({ ...DEFAULT_SETTINGS.thresholds, manyReceivers: 3 });
    s().resetAnalysisSettings();
    expect(s().analysisSettings).toEqual(DEFAULT_SETTINGS);
    s().setDrawer('insights');
    s().setHighlight({ nodeIds: ['a'], tieIds: [], insightId: 'x' });
    s().setDrawer(null);
    expect(s().highlight).toBeNull();
  });
});
