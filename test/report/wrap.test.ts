// Wrapping and clamping lines, measured in characters (each one unit wide), so every expected
// line can be counted by hand.
import { describe, expect, it } from 'vitest';

import { clampLines, wrapText } from '../../src/report';

const chars = (s: string) => [...s].length;

describe('wrapText', () => {
  it('keeps words whole and breaks before the word that would not fit', () => {
    // "who helps" is 9 wide, "who helps you" 13 > 10.
    expect(wrapText('who helps you with meals', 10, chars)).toEqual(['who helps', 'you with', 'meals']);
  });

  it('cuts a word wider than the line, and keeps line breaks', () => {
    expect(wrapText('abcdefghij xy', 4, chars)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('one\ntwo three', 20, chars)).toEqual(['one', 'two three']);
  });

  it('counts letters outside the basic plane as one', () => {
    expect(wrapText('😀😀😀 ab', 3, chars)).toEqual(['😀😀😀', 'ab']);
  });
});

describe('clampLines', () => {
  it('keeps all lines when they fit, else ends the last kept line in an ellipsis that fits', () => {
    expect(clampLines(['a', 'b'], 2, 10, chars)).toEqual(['a', 'b']);
    // "abcdefghij…" would be 11 > 10: one letter goes.
    expect(clampLines(['abcdefghij', 'more'], 1, 10, chars)).toEqual(['abcdefghi…']);
  });
});
