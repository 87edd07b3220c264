// Random ids (src/model/ids.ts): their shape, and that drawing random bytes in blocks never hands
// out the same bytes twice (ids stay distinct across many blocks).
import { describe, expect, it } from 'vitest';

import { ID_PATTERN, newId, newNodeId, newTieId } from '../../src/model';

describe('newId', () => {
  it('is the prefix, a dash and ten base-36 characters, and a valid id', () => {
    for (const id of [newId('snap'), newNodeId(), newTieId()]) {
      expect(id).toMatch(/^[a-z]+-[0-9a-z]{10}$/);
      expect(ID_PATTERN.test(id)).toBe(true);
    }
    expect(newNodeId().startsWith('n-')).toBe(true);
    expect(newTieId().startsWith('t-')).toBe(true);
  });

  it('stays distinct across many blocks of random bytes', () => {
    // 50,000 ids use 500,000 bytes, over a hundred refills of the 4,096-byte block; with ~51 bits
    // each, a repeat among them would mean bytes were reused.
    const ids = Array.from({ length: 50_000 }, () => newId('x'));
    expect(new Set(ids).size).toBe(ids.length);
    // every character position varies (a block read from the wrong offset would freeze some)
    for (let i = 2; i < 12; i++) expect(new Set(ids.slice(0, 2000).map((s) => s[i])).size).toBeGreaterThan(20);
  });
});
