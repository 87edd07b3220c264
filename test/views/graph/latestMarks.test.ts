import { describe, expect, it } from 'vitest';

import { latestMarks, MARKED_ARRIVALS } from '../../../src/views/graph/latestMarks';

describe('latestMarks', () => {
  it('keeps every mark while there are few', () => {
    const marks = new Map([['n1', 'arrived'], ['t1', 'arrived']]);
    expect(latestMarks(marks)).toBe(marks);
  });

  it('keeps only the latest ones, in the order they arrived', () => {
    const ids = Array.from({ length: MARKED_ARRIVALS + 5 }, (_, i) => `n${i}`);
    const marks = new Map(ids.map((id) => [id, 'arrived'] as const));
    const kept = latestMarks(marks);
    expect([...kept.keys()]).toEqual(ids.slice(5));
    expect(kept.get('n4')).toBeUndefined();
    expect(kept.get(`n${MARKED_ARRIVALS + 4}`)).toBe('arrived');
  });
});
