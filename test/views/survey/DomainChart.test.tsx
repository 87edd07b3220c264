// @vitest-environment jsdom
// The hand-drawn domain bar chart: bar lengths on the 1–5 scale, no bar for a suppressed group,
// and the accessible title, description and table fallback. Geometry: the scale runs from x = 200
// (score 1) to x = 504 (score 5), so a score s gives a bar (s − 1) / 4 × 304 wide.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { DomainChart } from '../../../src/views/survey/DomainChart';

afterEach(cleanup);

describe('DomainChart', () => {
  it('draws a bar per scored group and a message, not a bar, for a suppressed one', () => {
    render(
      <DomainChart
        title="Domain scores, Spring"
        settings={{ lowBelow: 2.5, highAbove: 3.5 }}
        bars={[
          { label: 'Growth', value: { kind: 'score', n: 6, score: 4, band: 'high' } },
          { label: 'WRB', value: { kind: 'score', n: 6, score: 2, band: 'low' } },
          { label: 'SMC', value: { kind: 'suppressed', message: 'fewer than 5 responses' } },
        ]}
      />,
    );
    const svg = screen.getByRole('img');
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(bars.map((b) => [b.getAttribute('class'), b.getAttribute('width')])).toEqual([
      ['bar bar-high', '228'],
      ['bar bar-low', '76'],
    ]);
    expect(svg.querySelector('title')?.textContent).toBe('Domain scores, Spring');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Growth: 4.00 · High (n = 6); WRB: 2.00 · Low (n = 6); SMC: No score: fewer than 5 responses',
    );
    // Band zones: low from 1 to 2.5 (x 200 to 314), high from 3.5 to 5 (x 390 to 504).
    expect(svg.querySelector('.band-low')?.getAttribute('width')).toBe('114');
    expect(svg.querySelector('.band-high')?.getAttribute('x')).toBe('390');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Growth4.00 · High (n = 6)', 'WRB2.00 · Low (n = 6)', 'SMCNo score: fewer than 5 responses']);
  });
});
