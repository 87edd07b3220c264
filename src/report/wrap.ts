// Wrapping text to a width: words are kept whole where they fit, a word wider than the line is
// cut, and a paragraph can be held to a number of lines (the last ending in "…"). Pure: the
// width of a string comes from the caller (a font's measure), so it is tested without fonts.

/** Lines of `text` no wider than `width`, measured by `measure`. Line breaks in the text are kept. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const tried = line === '' ? word : `${line} ${word}`;
      if (measure(tried) <= width) {
        line = tried;
        continue;
      }
      if (line !== '') out.push(line);
      line = word;
      // A word wider than the line is cut where it must be.
      while (measure(line) > width && [...line].length > 1) {
        const chars = [...line];
        let fit = 1;
        while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit += 1;
        out.push(chars.slice(0, fit).join(''));
        line = chars.slice(fit).join('');
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * The first `max` lines; when some are left out, the last kept line ends in "…" (shortened until
 * it fits `width`).
 */
export function clampLines(lines: readonly string[], max: number, width: number, measure: (s: string) => number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, Math.max(0, max));
  if (kept.length === 0) return kept;
  let last = [...(kept.pop() as string)];
  while (last.length > 0 && measure(`${last.join('')}…`) > width) last = last.slice(0, -1);
  kept.push(`${last.join('').trimEnd()}…`);
  return kept;
}
