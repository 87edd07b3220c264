// The threshold table: defaults beside what the settings panel shows, in the panel's order.
import { describe, expect, it } from 'vitest';

import {
  DEFAULT_SETTINGS,
  DEFAULT_THRESHOLDS,
  describeThreshold,
  INSIGHT_THRESHOLDS,
} from '../../../src/analysis';

describe('insight thresholds', () => {
  it('default to the documented numbers', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      capacityRatio: 1,
      manyReceivers: 5,
      highBetweenness: 0.2,
      lowCapacityHours: 4,
      manyRoles: 3,
      soleSupportReceivers: 2,
      minCutOff: 2,
      fewFormalInformalTies: 3,
      minCommunitySize: 3,
      manyHats: 3,
      heavyCareTies: 4,
    });
    expect(DEFAULT_SETTINGS.thresholds).toBe(DEFAULT_THRESHOLDS);
  });

  it('are listed in the panel order, each with a range and step', () => {
    expect(INSIGHT_THRESHOLDS.map((t) => t.name)).toEqual(Object.keys(DEFAULT_THRESHOLDS));
    const betweenness = INSIGHT_THRESHOLDS.find((t) => t.name === 'highBetweenness');
    expect(betweenness).toMatchObject({
      label: 'High betweenness (0–1)',
      min: 0,
      max: 1,
      step: 0.05,
      default: 0.2,
    });
    for (const t of INSIGHT_THRESHOLDS) expect(t.default).toBeGreaterThanOrEqual(t.min);
  });

  it('describe the threshold that fired an insight', () => {
    expect(describeThreshold({ name: 'manyReceivers', value: 5 })).toBe('Many receivers = 5');
  });
});
