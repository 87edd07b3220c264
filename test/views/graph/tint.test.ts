import { describe, expect, it } from 'vitest';

import { overWhite } from '../../../src/views/graph/tint';

describe('overWhite', () => {
  it('mixes each channel with white by the opacity', () => {
    // 0.9 × 61 + 0.1 × 255 = 80.4; 0.9 × 122 + 25.5 = 135.3; 0.5 × 0 + 127.5 = 127.5 (rounds up).
    expect(overWhite('#3D3D3D', 0.9)).toBe('#505050');
    expect(overWhite('#7a7a7a', 0.9)).toBe('#878787');
    expect(overWhite('#00FF80', 0.5)).toBe('#80FFC0');
    expect(overWhite('#123456', 1)).toBe('#123456');
    expect(overWhite('#123456', 0)).toBe('#FFFFFF');
  });
});
