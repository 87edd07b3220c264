import { describe, expect, it } from 'vitest';

import { metresPerPixel, offsetByPixels, project, roundDegrees, unproject } from '../../../src/views/map/mercator';

describe('Web Mercator helpers', () => {
  it('projects the equator and the antimeridian to the textbook values', () => {
    // x = R·π for 180°; y = 0 on the equator.
    const p = project(180, 0);
    expect(p.x).toBeCloseTo(20037508.342789244, 6);
    expect(p.y).toBeCloseTo(0, 6); // tan(π/4) is not exactly 1 in floating point
    expect(project(-180, 0).x).toBeCloseTo(-20037508.342789244, 6);
  });

  it('round-trips through unproject', () => {
    const [lng, lat] = unproject(project(-0.0553, 51.5412));
    expect(lng).toBeCloseTo(-0.0553, 10);
    expect(lat).toBeCloseTo(51.5412, 10);
  });

  it('clamps latitudes beyond the Mercator limit', () => {
    expect(unproject(project(0, 89.9))[1]).toBeCloseTo(85.0511287798066, 9);
  });

  it('gives 2π·6378137/512 metres per pixel at zoom 0, halving per zoom level', () => {
    expect(metresPerPixel(0)).toBeCloseTo(78271.51696402048, 8);
    expect(metresPerPixel(16)).toBeCloseTo(1.194328566955879, 12);
  });

  it('offsets by screen pixels: 1 px right at zoom 0 is 360/512 degrees of longitude', () => {
    const [lng, lat] = offsetByPixels(0, 0, 1, 0, 0);
    expect(lng).toBeCloseTo(0.703125, 12);
    expect(lat).toBeCloseTo(0, 12);
    // 256 px up from the equator at zoom 0 is the top of the Mercator world.
    expect(offsetByPixels(0, 0, 0, -256, 0)[1]).toBeCloseTo(85.0511287798066, 9);
  });

  it('rounds to 1e-7 degrees', () => {
    expect(roundDegrees(51.54510684)).toBe(51.5451068);
  });
});
