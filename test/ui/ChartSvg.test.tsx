// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { ChartSvg } from '../../src/ui/ChartSvg';

afterEach(cleanup);

describe('ChartSvg', () => {
  it('is one image named by its title and described by its description', () => {
    render(
      <ChartSvg title="Scores by round" description="Round 1: Growth 3.5" width={400} height={220}>
        <circle cx={10} cy={10} r={4} data-testid="dot" />
      </ChartSvg>,
    );
    const img = screen.getByRole('img');
    const [titleId, descId] = (img.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId!)?.tagName).toBe('title');
    expect(document.getElementById(titleId!)?.textContent).toBe('Scores by round');
    expect(document.getElementById(descId!)?.tagName).toBe('desc');
    expect(document.getElementById(descId!)?.textContent).toBe('Round 1: Growth 3.5');
    expect(img.getAttribute('viewBox')).toBe('0 0 400 220');
    expect(img.getAttribute('width')).toBe('100%');
    expect(img.style.maxWidth).toBe('400px');
    expect(img.contains(screen.getByTestId('dot'))).toBe(true);
  });

  it('gives two charts on one page their own title and description ids', () => {
    render(
      <>
        <ChartSvg title="A" description="a" width={10} height={10}>
          {null}
        </ChartSvg>
        <ChartSvg title="B" description="b" width={10} height={10}>
          {null}
        </ChartSvg>
      </>,
    );
    const ids = screen.getAllByRole('img').map((img) => img.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
  });

  it('shows a title with markup in it as text', () => {
    render(
      <ChartSvg title="<b>Mine</b>" description="none" width={10} height={10}>
        {null}
      </ChartSvg>,
    );
    const title = screen.getByRole('img').querySelector('title');
    expect(title?.textContent).toBe('<b>Mine</b>');
    expect(title?.querySelector('b')).toBeNull();
  });
});
