import { describe, expect, it } from 'vitest';

import { closeSentence } from '../../src/model';

describe('closeSentence', () => {
  it('adds a full stop unless the last word already ends with one', () => {
    expect(closeSentence('Cut off: Ann and Bo')).toBe('Cut off: Ann and Bo.');
    expect(closeSentence('Cut off: Ann and Felix Y.')).toBe('Cut off: Ann and Felix Y.');
    expect(closeSentence('Wait…')).toBe('Wait….');
  });
});
