// An insight's figures as a reader sees them: plain names, measures explained where they appear,
// community numbers (indices, not figures) left out, capacity dimensions named in full.
import { describe, expect, it } from 'vitest';

import { describeFigures, formatFigure } from '../../../src/analysis';

describe('describeFigures', () => {
  it('leaves out community indices and names the sizes plainly', () => {
    expect(describeFigures({ communityA: 0, communityB: 6, sizeA: 4, sizeB: 9 })).toEqual([
      { key: 'sizeA', label: 'Size of the first community', value: '4', explanation: '' },
      { key: 'sizeB', label: 'Size of the second community', value: '9', explanation: '' },
    ]);
    const words = describeFigures({ communityA: 0, communityB: 6 }).map((f) => `${f.label} ${f.value}`);
    expect(words.join(' · ')).not.toMatch(/community a|community b/i);
  });

  it('says what betweenness means where it appears', () => {
    const [b] = describeFigures({ betweenness: 0.91666 });
    expect(b).toEqual({
      key: 'betweenness',
      label: 'Betweenness',
      value: '0.917',
      explanation: 'how often this node lies on the shortest path between two others (0 never, 1 always)',
    });
  });

  it('names a capacity dimension in full and words unknown keys', () => {
    expect(describeFigures({ stress_wellbeing: 1, someNewFigure: 2 }).map((f) => f.label)).toEqual([
      'Stress, Fatigue & Wellbeing Levels (level)',
      'Some new figure',
    ]);
  });

  it('writes whole numbers plainly and others to three figures', () => {
    expect([formatFigure(12), formatFigure(0.91666), formatFigure(2.5)]).toEqual(['12', '0.917', '2.5']);
  });
});
