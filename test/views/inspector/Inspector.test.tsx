// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { asNodeId, asTieId, type CareMap } from '../../../src/model';
import { Inspector } from '../../../src/views/inspector/Inspector';
import { makeMap, node, person, tie } from '../../helpers/build';
import { viewUnderTest } from '../../helpers/viewUnderTest';

let original: CareMap;
const { mount, st, doc } = viewUnderTest();

beforeEach(() => {
  original = makeMap(
    [
      person('ada', 'Ada', { formality: 'informal', tags: ['rota'], roles: ['neighbour'] }),
      person('bo', 'Bo', { formality: 'formal' }),
      person('cy', 'Cy'),
      node('hall', 'space', 'Church hall'),
    ],
    [tie('t1', 'ada', 'bo', { hoursPerWeek: 2 }), tie('t2', 'bo', 'cy')],
  );
  mount(original, <Inspector />);
});

/** Type into a field and leave it, as a person would. */
function typeAndLeave(el: HTMLElement, text: string) {
  fireEvent.change(el, { target: { value: text } });
  fireEvent.blur(el);
}

describe('inspector validation', () => {
  it('shows the schema message for too many hours on a tie and keeps the document unchanged', () => {
    act(() => void st().select({ tieIds: [asTieId('t1')] }));
    const hours = screen.getByTestId('inspector-tie-hours') as HTMLInputElement;
    expect(hours.value).toBe('2');
    typeAndLeave(hours, '200');
    expect(screen.getByTestId('inspector-tie-hours-field-error').textContent).toBe('cannot exceed 168 hours a week');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(hours.value).toBe('200');
    expect(st().document).toBe(original);
    expect(st().history.past).toEqual([]);

    typeAndLeave(hours, '12.5');
    expect(doc().ties[0]?.hoursPerWeek).toBe(12.5);
    expect(st().history.past.length).toBe(1);
    expect(screen.queryByTestId('inspector-tie-hours-field-error')).toBeNull();
    act(() => void st().undo());
    expect(doc().ties[0]?.hoursPerWeek).toBe(2);
  });

  it('refuses a non-number capacity and an empty label with their messages', () => {
    act(() => void st().select({ nodeIds: [asNodeId('ada')] }));
    const capacity = screen.getByTestId('inspector-capacity-hours');
    typeAndLeave(capacity, 'lots');
    expect(screen.getByTestId('inspector-capacity-hours-field-error').textContent).toBe('must be a number');
    const label = screen.getByTestId('inspector-label');
    fireEvent.change(label, { target: { value: '   ' } });
    fireEvent.keyDown(label, { key: 'Enter' });
    expect(screen.getByTestId('inspector-label-field-error').textContent).toBe('must not be empty');
    expect(st().document).toBe(original);

    // Escape puts back the stored value and clears the message.
    fireEvent.keyDown(label, { key: 'Escape' });
    expect((label as HTMLInputElement).value).toBe('Ada');
    expect(screen.queryByTestId('inspector-label-field-error')).toBeNull();
  });

  it('refuses a date that is not a real day', () => {
    act(() => void st().select({ nodeIds: [asNodeId('bo')] }));
    typeAndLeave(screen.getByTestId('inspector-valid-from'), '2026-02-30');
    expect(screen.getByTestId('inspector-valid-from-field-error').textContent).toBe('must be a real calendar date');
    expect(st().document).toBe(original);
  });

  it('changing a person into a group drops the roles only people carry, in one step', () => {
    act(() => void st().select({ nodeIds: [asNodeId('ada')] }));
    fireEvent.change(screen.getByTestId('inspector-kind'), { target: { value: 'group' } });
    expect(doc().nodes[0]).toMatchObject({ kind: 'group', roles: [] });
    expect(st().history.past.length).toBe(1);
    expect(screen.queryByTestId('inspector-roles')).toBeNull();
    expect(screen.getByTestId('inspector-category')).toBeTruthy();
  });

  it('swaps a tie’s direction and places a person approximately once both numbers are in', () => {
    act(() => void st().select({ tieIds: [asTieId('t2')] }));
    fireEvent.click(screen.getByTestId('inspector-tie-swap'));
    expect(doc().ties[1]).toMatchObject({ source: 'cy', target: 'bo' });

    act(() => void st().select({ nodeIds: [asNodeId('cy')] }));
    expect(screen.getByTestId('inspector-not-placed').textContent).toBe('Not placed.');
    typeAndLeave(screen.getByTestId('inspector-lat'), '51.55');
    expect(doc().nodes[2]?.location).toBeUndefined();
    typeAndLeave(screen.getByTestId('inspector-lng'), '-0.05');
    expect(doc().nodes[2]?.location).toEqual({ lat: 51.55, lng: -0.05, privacy: 'approximate' });
    typeAndLeave(screen.getByTestId('inspector-lat'), '95');
    expect(screen.getByTestId('inspector-lat-field-error').textContent).toBe('latitude must be between -90 and 90');
    expect(doc().nodes[2]?.location?.lat).toBe(51.55);
  });
});

describe('node fields', () => {
  it('sets and clears description and notes, and ticks care needed, each as one named undo step', () => {
    act(() => void st().select({ nodeIds: [asNodeId('cy')] }));
    const description = screen.getByTestId('inspector-description');
    typeAndLeave(description, 'Lives on Green Lane');
    expect(doc().nodes[2]?.description).toBe('Lives on Green Lane');
    expect(st().history.past.at(-1)?.label).toBe('Edit description of “Cy”');
    typeAndLeave(screen.getByTestId('inspector-notes'), 'Prefers mornings');
    expect(doc().nodes[2]?.notes).toBe('Prefers mornings');
    // Blank clears an optional text field rather than storing spaces.
    typeAndLeave(description, '   ');
    expect(doc().nodes[2]?.description).toBeUndefined();

    const needed = within(screen.getByTestId('inspector-care-needed'));
    fireEvent.click(needed.getByLabelText('Meals & food'));
    expect(doc().nodes[2]?.careNeeded).toEqual(['meals']);
    expect(st().history.past.at(-1)?.label).toBe('Edit care needed of “Cy”');
    expect(doc().nodes[2]?.careOffered).toEqual([]);
  });

  it('shows a shared description as itself and differing notes as mixed', () => {
    act(() => {
      st().patchNodes(
        new Map([
          [asNodeId('ada'), { description: 'Same', notes: 'One' }],
          [asNodeId('bo'), { description: 'Same', notes: 'Two' }],
        ]),
        'setup',
      );
      st().select({ nodeIds: [asNodeId('ada'), asNodeId('bo')] });
    });
    expect((screen.getByTestId('inspector-description') as HTMLTextAreaElement).value).toBe('Same');
    const notes = screen.getByTestId('inspector-notes') as HTMLTextAreaElement;
    expect(notes.value).toBe('');
    expect(notes.placeholder).toBe('mixed');
    typeAndLeave(notes, 'Both');
    expect(doc().nodes.slice(0, 2).map((n) => n.notes)).toEqual(['Both', 'Both']);
  });
});

describe('bulk edit', () => {
  it('shows mixed values and sets a chosen one on all nodes as one undo step', () => {
    act(() => void st().select({ nodeIds: [asNodeId('ada'), asNodeId('bo'), asNodeId('cy')] }));
    const panel = screen.getByTestId('bulk-node-inspector');
    expect(within(panel).getByTestId('inspector-heading').textContent).toBe('3 nodes selected');
    const formality = screen.getByTestId('inspector-formality') as HTMLSelectElement;
    expect(formality.selectedOptions[0]?.textContent).toBe('(mixed)');
    expect((screen.getByTestId('inspector-label') as HTMLInputElement).placeholder).toBe('mixed');

    fireEvent.change(formality, { target: { value: 'mixed' } });
    expect(doc().nodes.slice(0, 3).map((n) => n.formality)).toEqual(['mixed', 'mixed', 'mixed']);
    expect(st().history.past.length).toBe(1);
    expect(st().history.past[0]?.label).toBe('Edit formality of 3 nodes');

    act(() => void st().undo());
    expect(doc().nodes.slice(0, 3).map((n) => n.formality)).toEqual(['informal', 'formal', undefined]);
  });

  it('adds and removes a tag on all, keeping each node’s other tags, one step each', () => {
    act(() => void st().select({ nodeIds: [asNodeId('ada'), asNodeId('bo')] }));
    const chips = () => screen.getAllByTestId('tag-chip').map((c) => c.textContent);
    expect(chips()).toEqual(['rota (some)×']);
    const input = screen.getByTestId('inspector-tags-new');
    fireEvent.change(input, { target: { value: ' lunch club ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(doc().nodes[0]?.tags).toEqual(['rota', 'lunch club']);
    expect(doc().nodes[1]?.tags).toEqual(['lunch club']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag rota' }));
    expect(doc().nodes.slice(0, 2).map((n) => n.tags)).toEqual([['lunch club'], ['lunch club']]);
    expect(st().history.past.length).toBe(2);
  });

  it('ticks a care type on several ties without losing their other care types', () => {
    act(() => void st().updateTie(asTieId('t1'), { careTypes: ['meals'] }));
    act(() => void st().select({ tieIds: [asTieId('t1'), asTieId('t2')] }));
    const list = screen.getByTestId('inspector-tie-care-types');
    const transport = within(list).getByRole('checkbox', { name: 'Transport & lifts' });
    fireEvent.click(transport);
    expect(doc().ties.map((t) => t.careTypes)).toEqual([['meals', 'transport'], ['transport']]);
    expect(st().history.past.length).toBe(2);
  });

  it('deletes a mixed selection of nodes and ties as one undo step', () => {
    act(() => void st().select({ nodeIds: [asNodeId('hall')], tieIds: [asTieId('t2')] }));
    fireEvent.click(screen.getByTestId('delete-selection'));
    expect(doc().nodes.map((n) => n.id)).toEqual(['ada', 'bo', 'cy']);
    expect(doc().ties.map((t) => t.id)).toEqual(['t1']);
    expect(st().history.past.length).toBe(1);
    act(() => void st().undo());
    expect(st().document?.nodes).toBe(original.nodes);
    expect(st().document?.ties).toBe(original.ties);
  });

  it('lists a node’s ties; a click selects the other end', () => {
    act(() => void st().select({ nodeIds: [asNodeId('bo')] }));
    const others = screen.getAllByTestId('inspector-tie-other').map((b) => b.textContent);
    expect(others).toEqual(['← Ada', '→ Cy']);
    fireEvent.click(screen.getAllByTestId('inspector-tie-other')[1]!);
    expect(st().selection).toEqual({ nodeIds: ['cy'], tieIds: [] });
  });
});
