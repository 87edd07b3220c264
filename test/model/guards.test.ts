import { describe, expect, it } from 'vitest';

import { isRecord } from '../../src/model';

describe('isRecord', () => {
  it('is true for plain objects, parsed JSON objects and objects without a prototype', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('is false for null, arrays and every other kind of value', () => {
    for (const v of [null, undefined, [], [1], 'text', 0, true, () => 1]) expect(isRecord(v)).toBe(false);
  });
});
