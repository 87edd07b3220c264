// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { type CareMap } from '../../../src/model';
import TableView from '../../../src/views/table/TableView';
import { makeMap, node, person, tie } from '../../helpers/build';
import { viewUnderTest } from '../../helpers/viewUnderTest';

let original: CareMap;
const view = viewUnderTest();
const { st, doc } = view;

function mount(map: CareMap) {
  original = map;
  view.mount(map, <TableView />);
}

const grid = () => screen.getByRole('grid');
const focused = () => (document.activeElement as HTMLElement).getAttribute('data-cell');
/** Press a key on whatever has focus. */
const press = (key: string, extra: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement as HTMLElement, { key, ...extra });
const rowLabels = () => within(grid()).getAllByTestId('table-grid-row').map((r) => r.querySelector('[data-col="label"]')?.textContent);

describe('table keyboard', () => {
  beforeEach(() =>
    mount(
      makeMap(
        [person('ada', 'Ada'), person('bo', 'Bo'), person('cy', 'Cy'), node('hall', 'space', 'Church hall')],
        [tie('t1', 'ada', 'bo', { hoursPerWeek: 2 }), tie('t2', 'bo', 'cy')],
      ),
    ),
  );

  it('has one tab stop and moves between cells with the arrow keys, Home/End and Ctrl+End', () => {
    const tabbable = grid().querySelectorAll('[tabindex="0"]');
    expect([...tabbable].map((el) => el.getAttribute('data-cell'))).toEqual(['-1:0']);
    (tabbable[0] as HTMLElement).focus();
    press('ArrowDown');
    expect(focused()).toBe('0:0');
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toBe('0:2');
    press('ArrowDown');
    expect(focused()).toBe('1:2');
    press('Home');
    expect(focused()).toBe('1:0');
    press('End', { ctrlKey: true });
    expect(focused()).toBe('3:0');
    expect(document.activeElement?.textContent).toBe('Church hall');
    expect(grid().querySelectorAll('[tabindex="0"]').length).toBe(1);
  });

  it('Enter edits a cell, Enter commits one undo step, Escape cancels', () => {
    fireEvent.mouseDown(grid().querySelector('[data-cell="1:0"]')!);
    press('Enter');
    const editor = screen.getByTestId('cell-editor') as HTMLInputElement;
    expect(document.activeElement).toBe(editor);
    expect(editor.value).toBe('Bo');
    fireEvent.change(editor, { target: { value: 'Bo Diddley' } });
    press('Enter');
    expect(doc().nodes[1]?.label).toBe('Bo Diddley');
    expect(st().history.past.map((h) => h.label)).toEqual(['Edit label of “Bo”']);
    expect(focused()).toBe('1:0');

    press('F2');
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: 'Nobody' } });
    press('Escape');
    expect(screen.queryByTestId('cell-editor')).toBeNull();
    expect(doc().nodes[1]?.label).toBe('Bo Diddley');
    expect(st().history.past.length).toBe(1);
  });

  it('an invalid value stays in the editor with its message and is not stored', () => {
    fireEvent.click(screen.getByTestId('table-tab-ties'));
    fireEvent.mouseDown(grid().querySelector('[data-cell="0:8"]')!);
    expect(grid().querySelector('[data-cell="-1:8"]')?.textContent).toBe('Hours a week');
    press('Enter');
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: '200' } });
    press('Enter');
    expect(screen.getByTestId('cell-error').textContent).toBe('cannot exceed 168 hours a week');
    expect(st().document).toBe(original);
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: '7' } });
    press('Enter');
    expect(doc().ties[0]?.hoursPerWeek).toBe(7);
  });

  it('changes a kind with a select and care offered with a check list, from the keyboard', () => {
    fireEvent.mouseDown(grid().querySelector('[data-cell="2:1"]')!);
    press('Enter');
    fireEvent.change(screen.getByTestId('cell-editor'), { target: { value: 'group' } });
    press('Enter');
    expect(doc().nodes[2]?.kind).toBe('group');
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toBe('2:5');
    press('Enter');
    const meals = screen.getByRole('checkbox', { name: 'Meals & food' });
    fireEvent.click(meals);
    press('Enter');
    expect(doc().nodes[2]?.careOffered).toEqual(['meals']);
    expect(st().history.past.length).toBe(2);
  });

  it('Space and Shift+arrows select rows into the store; Delete removes them with an Undo toast', () => {
    fireEvent.mouseDown(grid().querySelector('[data-cell="0:0"]')!);
    expect(st().selection.nodeIds).toEqual(['ada']);
    press(' ');
    expect(st().selection.nodeIds).toEqual([]);
    press('ArrowDown', { shiftKey: true });
    press('ArrowDown', { shiftKey: true });
    expect(st().selection.nodeIds).toEqual(['ada', 'bo', 'cy']);
    expect(grid().querySelectorAll('[aria-selected="true"]').length).toBe(3);
    press('ArrowUp', { shiftKey: true });
    expect(st().selection.nodeIds).toEqual(['ada', 'bo']);
    press('Delete');
    expect(doc().nodes.map((n) => n.id)).toEqual(['cy', 'hall']);
    expect(doc().ties).toEqual([]);
    expect(screen.getByTestId('toast-message').textContent).toBe('Deleted 2 nodes');
    fireEvent.click(screen.getByTestId('toast-action'));
    expect(st().document?.nodes).toBe(original.nodes);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('keeps the keys it uses from the app’s window shortcuts; Ctrl+D duplicates the selected rows once', () => {
    const reached: string[] = [];
    const listen = (e: KeyboardEvent) => reached.push(e.key);
    window.addEventListener('keydown', listen);
    try {
      fireEvent.mouseDown(grid().querySelector('[data-cell="0:0"]')!);
      press('d', { ctrlKey: true });
      expect(doc().nodes.map((n) => n.label)).toEqual(['Ada', 'Bo', 'Cy', 'Church hall', 'Ada (copy)']);
      expect(st().history.past.length).toBe(1);
      press('ArrowDown');
      press('n');
      expect((screen.getByTestId('cell-editor') as HTMLInputElement).value).toBe('n');
      expect(reached).toEqual([]);
    } finally {
      window.removeEventListener('keydown', listen);
    }
  });

  it('sorts by a column from its header and says so with aria-sort', () => {
    const header = screen.getByTestId('table-grid-header-label');
    fireEvent.click(header);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowLabels()).toEqual(['Ada', 'Bo', 'Church hall', 'Cy']);
    press('Enter');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowLabels()).toEqual(['Cy', 'Church hall', 'Bo', 'Ada']);
    fireEvent.change(screen.getByTestId('table-filter'), { target: { value: 'c' } });
    expect(rowLabels()).toEqual(['Cy', 'Church hall']);
    expect(screen.getByTestId('table-count').textContent).toBe('2 of 4 nodes');
  });

  it('adds a node and a tie from the keyboard (the tie’s ends picked by typing names)', () => {
    fireEvent.change(screen.getByTestId('add-node-kind'), { target: { value: 'group' } });
    fireEvent.change(screen.getByTestId('add-node-label'), { target: { value: 'Lunch club' } });
    fireEvent.submit(screen.getByTestId('add-node-form'));
    const added = doc().nodes[4]!;
    expect(added).toMatchObject({ kind: 'group', label: 'Lunch club' });
    expect(st().selection.nodeIds).toEqual([added.id]);

    fireEvent.click(screen.getByTestId('table-tab-ties'));
    const source = screen.getByTestId('add-tie-source');
    fireEvent.change(source, { target: { value: 'lunch' } });
    const suggestions = (name: string) =>
      within(screen.getByRole('listbox', { name: `${name} suggestions` }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(suggestions('From (giver)')).toEqual(['Lunch club · Group']);
    fireEvent.keyDown(source, { key: 'Enter' });
    const target = screen.getByTestId('add-tie-target');
    fireEvent.change(target, { target: { value: 'c' } });
    // searchNodes ranks labels starting with the query first.
    expect(suggestions('To (receiver)')).toEqual(['Cy · Person', 'Church hall · Space', 'Lunch club · Group']);
    fireEvent.keyDown(target, { key: 'ArrowDown' });
    fireEvent.keyDown(target, { key: 'Enter' });
    fireEvent.change(screen.getByTestId('add-tie-kind'), { target: { value: 'hosted_at' } });
    fireEvent.submit(screen.getByTestId('add-tie-form'));
    expect(doc().ties[2]).toMatchObject({ kind: 'hosted_at', source: added.id, target: 'hall' });
    expect(screen.getByTestId('table-count').textContent).toBe('3 ties');
  });
});

describe('table with 20,000 nodes', () => {
  it('draws only the rows in view and reaches the last row with Ctrl+End', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => person(`p${i}`, `Person ${String(i).padStart(5, '0')}`));
    mount(makeMap(nodes, []));
    const drawn = within(grid()).getAllByTestId('table-grid-row').length;
    expect(drawn).toBeLessThan(40);
    expect(grid().getAttribute('aria-rowcount')).toBe('20001');
    act(() => (grid().querySelector('[tabindex="0"]') as HTMLElement).focus());
    press('ArrowDown');
    press('End', { ctrlKey: true });
    expect(focused()).toBe('19999:0');
    expect(document.activeElement?.textContent).toBe('Person 19999');
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('20001');
  });
});

describe('table and the shared map filter', () => {
  it('shows only what the store’s map filter lets through', () => {
    mount(makeMap([person('ada', 'Ada'), node('hall', 'space', 'Church hall')], [tie('t1', 'ada', 'hall', { kind: 'hosted_at' })]));
    act(() => st().setMapFilter({ kinds: ['space'] }));
    expect(rowLabels()).toEqual(['Church hall']);
    expect(screen.getByTestId('table-count').textContent).toBe('1 of 2 nodes');
    fireEvent.click(screen.getByTestId('table-tab-ties'));
    expect(screen.getByTestId('table-count').textContent).toBe('0 of 1 ties');
  });
});
