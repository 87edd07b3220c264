import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { chooseLabels, type LabelNode, wrapLines } from '../../../src/views/graph/labelDetail';

// Every character 10 px wide, 20 px text on one 20 px line, no padding, margin or gap: the boxes
// below are worked out by hand from these.
const measure = (line: string) => line.length * 10;
const plain = { fontPx: 20, maxWidthPx: 200, measure, lineHeight: 1, marginPx: 0, padPx: 0, gapPx: 0 };
// Model 0..100 × 0..100 seen at zoom 2: a 200 × 200 px screen.
const view = { x1: 0, y1: 0, x2: 100, y2: 100, zoom: 2 };
const at = (id: string, x: number, y: number, text = id.toUpperCase().repeat(4), importance = 0): LabelNode => ({
  id,
  x,
  y,
  size: 10,
  text,
  importance,
});

describe('wrapLines', () => {
  it('breaks at newlines and wraps words at the width, never splitting a word', () => {
    expect(wrapLines('Ada Lovelace\nNeighbour', 50, measure)).toEqual(['Ada', 'Lovelace', 'Neighbour']);
    expect(wrapLines('Ada Lovelace', 120, measure)).toEqual(['Ada Lovelace']);
  });
});

describe('chooseLabels', () => {
  it('sizes labels for the zoom: the model font draws at fontPx on screen', () => {
    const choice = chooseLabels([at('a', 50, 20)], view, plain);
    expect(choice.fontSize).toBe(10);
    expect(choice.maxWidth).toBe(100);
    expect([...choice.shown]).toEqual([['a', 'below']]);
  });

  it('leaves out a label that would cover another node', () => {
    // a at screen (100, 40), r 10: below it, 80..120 × 50..70, lies b's body (screen (104, 60),
    // 94..114 × 50..70), so a's label goes to its right instead: 110..150 × 30..50, clear of b.
    const choice = chooseLabels([at('a', 50, 20, 'AAAA', 5), at('b', 52, 30)], view, plain);
    expect([...choice.shown]).toEqual([
      ['a', 'right'],
      ['b', 'below'],
    ]);
    // With a third node right of a (screen (130, 40)), a's label tries above: 80..120 × 10..30.
    const crowded = chooseLabels([at('a', 50, 20, 'AAAA', 5), at('b', 52, 30), at('c', 65, 20)], view, plain);
    expect(crowded.shown.get('a')).toBe('above');
    // A label that may lie over one unnamed node stays below, and that node goes unnamed.
    const over = chooseLabels([{ ...at('a', 50, 20, 'AAAA', 5), mayCover: 1 }, at('b', 52, 30)], view, plain);
    expect([...over.shown]).toEqual([['a', 'below']]);
  });

  it('names the more important of two nodes whose labels would overlap; the selection comes first', () => {
    // c at screen (40, 100), d at (60, 100): bodies touch but do not overlap; labels 20..60 and
    // 40..80 (× 110..130) overlap.
    // The more important is named below its node; the other's label moves: c's right side runs
    // into d's body, so c (less important) goes above, 20..60 × 70..90. With c first, d goes to its
    // right, 70..110 × 90..110.
    const c = at('c', 20, 50, 'CCCC', 1);
    const d = at('d', 30, 50, 'DDDD', 2);
    expect(chooseLabels([c, d], view, plain).shown).toEqual(new Map([['d', 'below'], ['c', 'above']]));
    expect(chooseLabels([{ ...c, first: true }, d], view, plain).shown).toEqual(new Map([['c', 'below'], ['d', 'right']]));
    // Zoomed in twice as far (model 0..50 × 25..75) they sit at screen (80, 100) and (120, 100),
    // r 20: labels 60..100 and 100..140 (× 120..140) just touch, so both are named.
    const closer = { x1: 0, y1: 25, x2: 50, y2: 75, zoom: 4 };
    expect(chooseLabels([c, d], closer, plain).shown).toEqual(new Map([['d', 'below'], ['c', 'below']]));
  });

  it('names nothing off screen or cut by its edge, and nothing without text', () => {
    // e sits at screen (100, 190) in a corner of its own: below runs off the screen, so its label
    // goes right (110..150 × 180..200).
    const e = at('e', 50, 95);
    const f = at('f', 150, 50);
    const g = at('g', 50, 50, '');
    expect([...chooseLabels([e, f, g], view, plain).shown]).toEqual([['e', 'right']]);
    // A label too wide for any side is left out.
    expect(chooseLabels([at('h', 50, 50, 'H'.repeat(30))], view, plain).shown.size).toBe(0);
  });

  it('never lets two chosen labels overlap (random maps)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 100 }), y: fc.integer({ min: 0, max: 100 }), n: fc.integer({ min: 1, max: 12 }) }), {
          maxLength: 40,
        }),
        (specs) => {
          const nodes = specs.map((s, i) => at(`n${i}`, s.x, s.y, 'x'.repeat(s.n), s.n));
          const { shown } = chooseLabels(nodes, view, plain);
          // The same boxes, worked out here: 10 px a character, 20 px high, 10 px from the centre.
          const boxes = nodes
            .filter((n) => shown.has(n.id))
            .map((n) => {
              const [x, y, w] = [n.x * 2, n.y * 2, n.text.length * 10];
              const side = shown.get(n.id);
              const l = side === 'right' ? x + 10 : side === 'left' ? x - 10 - w : x - w / 2;
              const t = side === 'below' ? y + 10 : side === 'above' ? y - 30 : y - 10;
              return { l, r: l + w, t, b: t + 20 };
            });
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const p = boxes[i]!;
              const q = boxes[j]!;
              expect(p.l < q.r && q.l < p.r && p.t < q.b && q.t < p.b).toBe(false);
            }
        },
      ),
    );
  });
});
