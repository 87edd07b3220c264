// @vitest-environment jsdom
// The hand-drawn radar chart: centre (210, 210), radius 130 for the top level, ten spokes from the
// top clockwise. Level 2 of 4 on the first spoke (straight up) is 65 above the centre: (210, 145);
// level 4 on the sixth spoke (straight down) is (210, 340); an unrated capacity sits at the centre.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { CapacityAssessmentSchema } from '../../../src/model';
import { RadarChart } from '../../../src/views/assessment/RadarChart';

afterEach(cleanup);

const assessment = (id: string, date: string, ratings: Record<string, number | null>) =>
  CapacityAssessmentSchema.parse({
    id,
    type: 'capacityAssessment',
    partner: 'lnt',
    date,
    ratings: Object.fromEntries(Object.entries(ratings).map(([k, level]) => [k, { level }])),
  });

describe('RadarChart', () => {
  it('places each level on its spoke, overlays the previous assessment, and lists both in a table', () => {
    const latest = assessment('a2', '2025-07-01', { power_governance: 2, participation: 4, resources: null });
    const previous = assessment('a1', '2025-01-01', { power_governance: 3 });
    render(<RadarChart title="Capacities of LNT" levels={['Minimal', 'Emerging', 'Developing', 'Embedded']} latest={latest} previous={previous} />);
    const points = (id: string) => screen.getByTestId(id).getAttribute('points')!.split(' ');
    const latestPoints = points('radar-latest');
    expect(latestPoints).toHaveLength(10);
    expect(latestPoints[0]).toBe('210.0,145.0');
    expect(latestPoints[5]).toBe('210.0,340.0');
    expect(latestPoints[1]).toBe('210.0,210.0');
    // Previous: level 3 of 4 straight up = 97.5 above the centre.
    expect(points('radar-previous')[0]).toBe('210.0,112.5');

    expect(screen.getByRole('img').querySelector('title')?.textContent).toBe('Capacities of LNT');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]?.textContent).toBe('Power Distribution and Governance Structures2 Emerging3 Developing');
    expect(rows[2]?.textContent).toBe('Resources for Co-Productionnot ratednot rated');
    expect(rows[6]?.textContent).toBe('Participation Mechanisms4 Embeddednot rated');
  });
});
