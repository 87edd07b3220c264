import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { escapeXml, toSvg } from '../../../src/views/export/toSvg';
import { legendCells, lookOf } from '../../../src/look';
import { makeMap, node, person, tie } from '../../helpers/build';

const EVIL = `<script>alert("x") & 'y'</script>`;

describe('escapeXml', () => {
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(escapeXml('bell\u0007 tab\tok')).toBe('bell tab\tok');
  });
});

describe('toSvg', () => {
  const doc = makeMap(
    [person('a', EVIL, { roles: ['neighbour'] }), node('o', 'organisation', 'Surgery & Co')],
    [tie('t1', 'o', 'a', { payment: 'paid' }), tie('t2', 'a', 'o', { formality: 'informal', mutual: true })],
  );
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['o', { x: 200, y: 0 }],
  ]);
  const look = lookOf(doc);
  const svg = toSvg({ look, positions, title: `Map ${EVIL}` });

  it('is well-formed XML whatever the labels hold, with every label escaped', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;');
    expect(svg).toContain('<title>Map &lt;script&gt;');
    expect(svg).toContain('Surgery &amp; Co');
  });

  it('draws each node with its shape, colour and letter, and people’s role line', () => {
    expect(svg).toContain('<circle cx="');
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).toContain('fill="#D55E00"');
    expect(svg).toMatch(/<polygon points="[^"]+" fill="#D55E00"/);
    expect(svg).toContain('>P</text>');
    expect(svg).toContain('>O</text>');
    expect(svg).toContain('>Neighbour</tspan>');
  });

  it('draws formal care solid and informal care dashed, with one arrowhead or two', () => {
    const lines = [...svg.matchAll(/<g( opacity="[^"]*")?>\n<line [^>]*\/>/g)].map((m) => m[0]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toContain('stroke-dasharray');
    expect(lines[1]).toContain('stroke-dasharray="7 5"');
    const ties = svg.slice(svg.indexOf('<g class="ties">'), svg.indexOf('<g class="nodes">'));
    // Arrowheads: 1 for the one-way tie, 2 for the mutual one (no polygons otherwise in ties).
    expect(ties.match(/<polygon/g)).toHaveLength(3);
  });

  it('ends the tie at the node’s edge: a person is 30 across, so 15 short of its centre', () => {
    // o at x = 200 and a at x = 0 (shifted by the same offset); the first line runs o -> a.
    const m = svg.match(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"/);
    expect(m).not.toBeNull();
    expect(Number(m![1]) - Number(m![2])).toBeCloseTo(200 - 18 - 15, 5);
  });

  it('includes the legend: every kind and every line style', () => {
    for (const e of legendCells(look.legend)) expect(svg).toContain(escapeXml(e.label));
    expect(svg).toContain('stroke-dasharray="1.5 3"');
  });

  it('draws what the look says: measure colours and their scale, initials, highlight, only the ties the canvas drew', () => {
    const measured = lookOf(doc, {
      measure: { measure: 'degree', values: { a: 1, o: 3 } },
      labelMode: 'initials',
      highlight: { nodeIds: ['o'], tieIds: [] },
    });
    const picture = toSvg({ look: measured, positions, tieIds: new Set(['t2']), title: 'Map' });
    expect(picture).toContain('fill="#440154"');
    expect(picture).toContain('fill="#fde725"');
    expect(picture).not.toContain('fill="#0072B2"');
    expect(picture).toContain('Degree: 1');
    expect(picture).toContain('Degree: 3');
    // EVIL's words (split at spaces) start with the letters s, (none in "&"), y: initials "S.Y."
    expect(picture).not.toContain('alert');
    expect(picture).toContain('>S.Y.</tspan>');
    // The surgery is highlighted, the other node dimmed; only t2 of the two ties is drawn.
    expect(picture).toContain('fill="#D55E00" fill-opacity="0.55"');
    expect(picture).toContain('<g opacity="0.3">');
    const ties = picture.slice(picture.indexOf('<g class="ties">'), picture.indexOf('<g class="nodes">'));
    expect(ties.match(/<line /g)).toHaveLength(1);
    expect(XMLValidator.validate(picture)).toBe(true);
  });
});
