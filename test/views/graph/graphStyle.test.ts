import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildGraphStyle } from '../../../src/views/graph/graphStyle';
import { patchElements } from '../../../src/views/graph/patchElements';
import { letterImage, toElements } from '../../../src/views/graph/toElements';
import { lookOf, roleLine, tieWidth } from '../../../src/look';
import { makeMap, node, person, tie } from '../../helpers/build';

// The stylesheet applied by a headless cytoscape: each kind reads by shape, colour and letter.
const doc = makeMap(
  [
    person('p'),
    node('g', 'group'),
    node('o', 'organisation'),
    node('s', 'space'),
    node('t', 'team'),
    node('c', 'circle'),
  ],
  [tie('formal', 'o', 'p', { formality: 'formal' }), tie('informal', 'p', 's', { formality: 'informal' }), tie('m', 'p', 't', { kind: 'membership' })],
);

function styled(workshop = false) {
  return cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle({ workshop }), elements: toElements(doc) as never });
}

describe('graph stylesheet', () => {
  it('maps each kind to its own shape and Okabe–Ito colour', () => {
    const cy = styled();
    const look = (id: string) => [cy.getElementById(id).style('shape'), cy.getElementById(id).style('background-color')];
    expect(look('p')).toEqual(['ellipse', 'rgb(0,114,178)']);
    expect(look('g')).toEqual(['round-triangle', 'rgb(0,158,115)']);
    expect(look('o')).toEqual(['hexagon', 'rgb(213,94,0)']);
    expect(look('s')).toEqual(['round-rectangle', 'rgb(230,159,0)']);
    expect(look('t')).toEqual(['round-diamond', 'rgb(204,121,167)']);
    // A circle is a ring: an ellipse with a double border.
    expect(look('c')).toEqual(['ellipse', 'rgb(86,180,233)']);
    expect(cy.getElementById('c').style('border-style')).toBe('double');
  });

  it('puts each kind’s letter in the node as an image', () => {
    const cy = styled();
    const image = String(cy.getElementById('o').style('background-image'));
    expect(image).toBe(letterImage('O', '#000000'));
    expect(decodeURIComponent(image)).toContain('>O</text>');
    expect(decodeURIComponent(String(cy.getElementById('p').style('background-image')))).toContain('fill="#FFFFFF">P</text>');
  });

  it('draws ties solid, dashed or dotted from their data, never by colour alone', () => {
    const cy = styled();
    expect(cy.getElementById('formal').style('line-style')).toBe('solid');
    expect(cy.getElementById('informal').style('line-style')).toBe('dashed');
    expect(cy.getElementById('m').style('line-style')).toBe('dotted');
    expect(cy.getElementById('formal').style('target-arrow-shape')).toBe('triangle');
  });

  it('draws each label as toElements sizes and places it; workshop nodes half as large again', () => {
    expect(styled().getElementById('p').style('label')).toBe('p');
    expect(styled().getElementById('p').style('font-size')).toBe('12px');
    expect(styled().getElementById('p').style('text-valign')).toBe('bottom');
    // A node labelDetail places to the right, at 26 model units: the stylesheet follows its data.
    const labels = { shown: new Map([['p', 'right' as const]]), text: 'label' as const, fontSize: 26, maxWidth: 300, margin: 8, pad: 3 };
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle({ workshop: true }), elements: toElements(doc, undefined, { labels }) as never });
    const p = cy.getElementById('p');
    expect([p.style('font-size'), p.style('text-halign'), p.style('text-valign'), p.style('text-margin-x')]).toEqual(['26px', 'right', 'center', '8px']);
    // Not named: no text at all.
    expect(cy.getElementById('g').style('label')).toBe('');
    // Size 30 × 1.5.
    expect(styled(true).getElementById('p').style('width')).toBe('45px');
  });
});

describe('big-map stylesheet', () => {
  it('draws straight haystack ties and drops the letter images, keeping shape and colour', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle({ big: true }), elements: toElements(doc) as never });
    expect(cy.getElementById('formal').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('informal').style('line-style')).toBe('dashed');
    expect(cy.getElementById('o').style('background-image')).toBe('none');
    expect(cy.getElementById('o').style('shape')).toBe('hexagon');
    expect(styled().getElementById('formal').style('curve-style')).toBe('straight');
  });
});

describe('properties set only where they show', () => {
  it('gives label properties to named nodes only, arrowheads to ties that have them, the dash pattern to dashed ties', () => {
    const labels = { shown: new Map([['p', 'below' as const]]), text: 'caption' as const, fontSize: 13, maxWidth: 150, margin: 4, pad: 2 };
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle(), elements: toElements(doc, undefined, { labels }) as never });
    const p = cy.getElementById('p');
    const g = cy.getElementById('g');
    expect([p.style('label'), p.style('text-wrap'), p.style('text-background-opacity'), p.style('color')]).toEqual(['p', 'wrap', '0.8', 'rgb(27,27,27)']);
    expect([g.style('label'), g.style('text-wrap')]).toEqual(['', 'none']);
    // Care from o to p: an arrowhead at p, in the tie's colour; none at o. #3D3D3D at 0.9 on
    // white is 0.9 × 61 + 0.1 × 255 = 80 a channel, drawn opaque.
    const formal = cy.getElementById('formal');
    expect([formal.style('target-arrow-shape'), formal.style('target-arrow-color'), formal.style('source-arrow-shape')]).toEqual([
      'triangle',
      'rgb(80,80,80)',
      'none',
    ]);
    expect(cy.getElementById('informal').style('line-dash-pattern')).toBe('7 5');
    expect([formal.style('line-style'), formal.style('line-color'), formal.style('opacity')]).toEqual(['solid', 'rgb(80,80,80)', '1']);
  });

  it('draws a tie at another opacity in its own colour: faded, dimmed, highlighted, marked; workshop ties opaque in their colour', () => {
    const els = () =>
      toElements(
        makeMap([person('a'), person('b'), person('c'), person('d')], [tie('f', 'a', 'b', { strength: 'inactive' }), tie('x', 'b', 'c'), tie('y', 'c', 'd')]),
      ).map((e) => (e.data.id === 'x' ? { ...e, data: { ...e.data, state: 'dimmed' } } : e.data.id === 'y' ? { ...e, data: { ...e.data, mark: 'added' } } : e));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle(), elements: els() as never });
    const look = (id: string) => [cy.getElementById(id).style('line-color'), cy.getElementById(id).style('target-arrow-color'), cy.getElementById(id).style('opacity')];
    expect(look('f')).toEqual(['rgb(61,61,61)', 'rgb(61,61,61)', '0.45']);
    expect(look('x')).toEqual(['rgb(61,61,61)', 'rgb(61,61,61)', '0.3']);
    // Added: bluish green #009E73 at 0.9 on white: 0.9 × (0, 158, 115) + 25.5 = (26, 168, 129).
    expect(look('y')).toEqual(['rgb(26,168,129)', 'rgb(26,168,129)', '1']);
    cy.getElementById('y').data('state', 'dimmed');
    expect(look('y')).toEqual(['rgb(0,158,115)', 'rgb(0,158,115)', '0.3']);
    const workshop = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle({ workshop: true }), elements: els() as never });
    expect([workshop.getElementById('y').style('line-color'), workshop.getElementById('y').style('opacity')]).toEqual(['rgb(0,158,115)', '1']);
  });
});

describe('tie curves', () => {
  it('draws a lone tie straight and curves ties that share their two nodes apart, whichever way they run', () => {
    const pair = makeMap([person('a'), person('b'), person('c')], [tie('ab', 'a', 'b'), tie('ba', 'b', 'a'), tie('bc', 'b', 'c')]);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle(), elements: toElements(pair) as never });
    expect(['ab', 'ba', 'bc'].map((id) => cy.getElementById(id).style('curve-style'))).toEqual(['bezier', 'bezier', 'straight']);
  });
});

describe('palette rules', () => {
  it('widens care ties by hours a week, then closeness', () => {
    expect(tieWidth('care', 1)).toBe(2.75);
    expect(tieWidth('care', 16)).toBe(6.5);
    expect(tieWidth('care', 168)).toBe(10);
    expect(tieWidth('care', undefined, 'middle')).toBe(4);
    expect(tieWidth('care', 0, 'outer')).toBe(2.5);
    expect(tieWidth('care')).toBe(2);
    expect(tieWidth('membership', 10)).toBe(1.5);
  });

  it('shortens role lists to two roles and a count', () => {
    expect(roleLine([])).toBe('');
    expect(roleLine(['care_worker_employed', 'circle_facilitator'])).toBe('Care worker, Facilitator');
    expect(roleLine(['friend', 'family', 'neighbour', 'coach'])).toBe('Friend, Family +2');
  });
});

describe('the look on the canvas (elements patched from one look to the next, as the canvas does)', () => {
  const small = makeMap([person('a'), person('b'), person('c')], [tie('t1', 'a', 'b')]);

  function canvas(look: Parameters<typeof lookOf>[1]) {
    const first = toElements(small, lookOf(small, look));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildGraphStyle(), elements: first as never });
    return {
      cy,
      moveTo(next: Parameters<typeof lookOf>[1]) {
        patchElements(cy, first, toElements(small, lookOf(small, next)));
      },
    };
  }

  it('outlines the highlighted nodes and ties, fades the rest, and clears it', () => {
    const { cy, moveTo } = canvas({ highlight: { nodeIds: ['a'], tieIds: ['t1'] } });
    expect(cy.getElementById('a').style('underlay-color')).toBe('rgb(213,94,0)');
    expect(cy.getElementById('t1').style('underlay-color')).toBe('rgb(213,94,0)');
    expect(Number(cy.getElementById('a').style('underlay-opacity'))).toBe(0.55);
    expect(Number(cy.getElementById('c').style('opacity'))).toBe(0.3);
    moveTo({});
    expect(Number(cy.getElementById('c').style('opacity'))).toBe(1);
    expect(Number(cy.getElementById('a').style('underlay-opacity'))).toBe(0);
  });

  it('sizes and colours nodes by the measure values, largest value biggest', () => {
    const { cy, moveTo } = canvas({ measure: { measure: 'degree', values: { a: 1, b: 3 } } });
    // size = 16 + 40·√position; position 0 for the minimum, 1 for the maximum; c has no value.
    expect(cy.getElementById('a').numericStyle('width')).toBe(16);
    expect(cy.getElementById('b').numericStyle('width')).toBe(56);
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(68,1,84)');
    expect(cy.getElementById('b').style('background-color')).toBe('rgb(253,231,37)');
    expect(cy.getElementById('c').style('background-color')).toBe('rgb(189,189,189)');
    moveTo({});
    expect(cy.getElementById('b').numericStyle('width')).toBe(30);
    expect(cy.getElementById('b').style('background-color')).toBe('rgb(0,114,178)');
  });

  it('draws marks by outline style and by a shape in the middle of a tie, not by colour alone', () => {
    const { cy } = canvas({ marks: new Map([['a', 'added'], ['b', 'lost'], ['c', 'changed'], ['t1', 'lost']] as const) });
    expect(['a', 'b', 'c'].map((id) => cy.getElementById(id).style('outline-style'))).toEqual(['solid', 'dashed', 'double']);
    expect(cy.getElementById('a').style('outline-color')).toBe('rgb(0,158,115)');
    expect(cy.getElementById('t1').style('mid-target-arrow-shape')).toBe('square');
    expect(Number(cy.getElementById('t1').style('opacity'))).toBe(0.5);
  });
});
