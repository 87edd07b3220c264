import { describe, expect, it } from 'vitest';

import { chooseLayout, toElements } from '../../src/views/graph/toElements';
import { makeMap, node, person, tie } from '../helpers/build';

describe('toElements', () => {
  it('maps nodes and ties to flat cytoscape elements, positions only where saved', () => {
    const doc = makeMap(
      [
        person('a', 'Ada', { position: { x: 10, y: -20, pinned: true } }),
        node('h', 'space', 'Hall', { isAnchor: true }),
      ],
      [
        tie('t', 'a', 'h', { kind: 'hosted_at', label: 'Tuesday club' }),
        tie('u', 'h', 'a', { mutual: true, strength: 'generative' }),
      ],
    );
    expect(toElements(doc)).toEqual([
      {
        group: 'nodes',
        data: { id: 'a', label: 'Ada', kind: 'person', colour: '#2f6fb0', anchor: 0 },
        position: { x: 10, y: -20 },
      },
      { group: 'nodes', data: { id: 'h', label: 'Hall', kind: 'space', colour: '#b86e00', anchor: 1 } },
      {
        group: 'edges',
        data: {
          id: 't',
          source: 'a',
          target: 'h',
          kind: 'hosted_at',
          mutual: 0,
          strength: 'unclassified',
          label: 'Tuesday club',
        },
      },
      {
        group: 'edges',
        data: {
          id: 'u',
          source: 'h',
          target: 'a',
          kind: 'care',
          mutual: 1,
          strength: 'generative',
          label: '',
        },
      },
    ]);
  });

  it('uses saved positions when every node has one, else a layout by size', () => {
    const placed = makeMap([person('a', 'A', { position: { x: 0, y: 0, pinned: true } })]);
    expect(chooseLayout(placed).name).toBe('preset');
    expect(
      chooseLayout(makeMap([person('a'), person('b', 'B', { position: { x: 1, y: 1, pinned: true } })])).name,
    ).toBe('cose');
    const big = makeMap(Array.from({ length: 251 }, (_, i) => person(`p${i}`)));
    expect(chooseLayout(big).name).toBe('concentric');
  });
});
