import { describe, expect, it } from 'vitest';

import { EMPTY_HISTORY, pushStep, stepBack, stepForward } from '../../src/store/history';
import { makeMap } from '../helpers/build';

const a = makeMap([], [], 'A');
const b = makeMap([], [], 'B');
const c = makeMap([], [], 'C');

describe('history', () => {
  it('steps back and forward with labels', () => {
    let h = pushStep(EMPTY_HISTORY, a, 'one');
    h = pushStep(h, b, 'two');
    const back = stepBack(h, c);
    expect(back?.doc).toBe(b);
    expect(back?.label).toBe('two');
    expect(back?.history.past.map((e) => e.label)).toEqual(['one']);
    expect(back?.history.future).toEqual([{ doc: c, label: 'two' }]);
    const forward = stepForward(back!.history, b);
    expect(forward?.doc).toBe(c);
    expect(forward?.history.past.map((e) => e.doc)).toEqual([a, b]);
    expect(forward?.history.future).toEqual([]);
  });

  it('returns null when there is nothing to undo or redo', () => {
    expect(stepBack(EMPTY_HISTORY, a)).toBeNull();
    expect(stepForward(EMPTY_HISTORY, a)).toBeNull();
  });

  it('drops the redo tail on a new step and keeps at most `cap` steps', () => {
    const undone = stepBack(pushStep(EMPTY_HISTORY, a, 'one'), b)!.history;
    expect(undone.future).toHaveLength(1);
    expect(pushStep(undone, a, 'new').future).toEqual([]);
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) h = pushStep(h, a, `step ${i}`, 3);
    expect(h.past.map((e) => e.label)).toEqual(['step 2', 'step 3', 'step 4']);
  });
});
