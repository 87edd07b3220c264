import { describe, expect, it } from 'vitest';

import { hexToRgb, rgbToHex } from '../../src/look';

describe('hex colours', () => {
  it('reads the channels of #rrggbb, in either case', () => {
    expect(hexToRgb('#D55E00')).toEqual([213, 94, 0]);
    expect(hexToRgb('#0072b2')).toEqual([0, 114, 178]);
  });

  it('writes rounded channels as lower-case #rrggbb', () => {
    expect(rgbToHex(213, 94, 0)).toBe('#d55e00');
    expect(rgbToHex(25.5, 0.49, 254.6)).toBe('#1a00ff');
  });
});
