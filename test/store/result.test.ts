// refusalMessage: what a field shows for an action's result, decided by the refusal's code.
import { describe, expect, it } from 'vitest';

import { createAppStore, refusalMessage } from '../../src/store';
import { makeMap, person } from '../helpers/build';

describe('refusalMessage', () => {
  it('is null for an applied change and for a change that changes nothing, the reason otherwise', () => {
    const store = createAppStore();
    expect(refusalMessage(store.getState().updateMeta({ title: 'X' }))).toBe('No map is open.');
    store.getState().replaceDocument(makeMap([person('ada', 'Ada')]));
    expect(refusalMessage(store.getState().updateMeta({ title: 'Larkspur' }))).toBeNull();
    const unchanged = store.getState().updateMeta({ title: 'Larkspur' });
    expect(unchanged).toMatchObject({ ok: false, code: 'unchanged' });
    expect(refusalMessage(unchanged)).toBeNull();
    expect(refusalMessage(store.getState().updateMeta({ title: 'two\nlines' }))).toBe(
      'Map: title: must be a single line',
    );
  });
});
