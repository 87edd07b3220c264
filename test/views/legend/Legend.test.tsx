// @vitest-environment jsdom
// The legend over the canvas says what the picture shows: kinds in their colours, or, when nodes
// are coloured by a measure, kinds in grey with the measure's scale; marks when a view uses them.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { Legend } from '../../../src/views/legend/Legend';
import { lookOf } from '../../../src/look';
import { makeMap, node, person } from '../../helpers/build';

afterEach(cleanup);

const doc = makeMap([person('a'), person('b'), node('g', 'group')]);
const kindFills = () =>
  within(screen.getByTestId('legend'))
    .getAllByRole('listitem')
    .slice(0, 6)
    .map((li) => li.querySelector('svg circle, svg polygon, svg rect')?.getAttribute('fill'));

describe('Legend', () => {
  it('by kind: every kind in its own colour and no scale', () => {
    render(<Legend legend={lookOf(doc).legend} />);
    expect(kindFills()).toEqual(['#0072B2', '#009E73', '#D55E00', '#E69F00', '#CC79A7', '#56B4E9']);
    expect(screen.queryByTestId('legend-measure')).toBeNull();
    expect(screen.getByText('Informal care (gifted, neighbourly)')).toBeTruthy();
  });

  it('by a measure: kinds in grey, and the measure’s scale with its values', () => {
    render(<Legend legend={lookOf(doc, { measure: { measure: 'degree', values: { a: 1, b: 3 } } }).legend} />);
    expect(new Set(kindFills())).toEqual(new Set(['#BDBDBD']));
    const scale = screen.getByTestId('legend-measure');
    expect(scale.textContent).toContain('Degree:');
    expect(within(scale).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1', '1.5', '2', '2.5', '3', 'No value']);
  });

  it('lists the marks in use', () => {
    render(<Legend legend={lookOf(doc, { marks: new Map([['a', 'added']] as const) }).legend} />);
    expect(screen.getByText('Added')).toBeTruthy();
    expect(screen.queryByText('Lost')).toBeNull();
  });
});
