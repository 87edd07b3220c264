// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { type CheckState, CheckList } from '../../src/ui/CheckList';

afterEach(cleanup);

const OPTIONS = [
  { value: 'meals', label: 'Meals' },
  { value: 'lifts', label: 'Lifts' },
  { value: 'calls', label: 'Phone calls' },
];
const STATES: Record<string, CheckState> = { meals: 'on', lifts: 'mixed', calls: 'off' };

function box(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

describe('CheckList', () => {
  it('shows each option on, off or mixed, and sums up what is chosen', () => {
    render(
      <CheckList
        legend="Care"
        options={OPTIONS}
        stateOf={(v) => STATES[v]!}
        onToggle={() => null}
        testId="care"
      />,
    );
    expect(screen.getByRole('group', { name: 'Care' })).toBeTruthy();
    expect(screen.getByTestId('care-summary').textContent).toBe('Meals, Lifts (some)');
    expect(box('Meals').checked).toBe(true);
    expect(box('Lifts').indeterminate).toBe(true);
    expect(box('Lifts').getAttribute('aria-checked')).toBe('mixed');
    expect(box('Phone calls').checked).toBe(false);
    expect(box('Phone calls').indeterminate).toBe(false);
  });

  it('says "none" when nothing is chosen', () => {
    render(
      <CheckList legend="Care" options={OPTIONS} stateOf={() => 'off'} onToggle={() => null} testId="care" />,
    );
    expect(screen.getByTestId('care-summary').textContent).toBe('none');
  });

  it('unticking an "on" option removes it; ticking an "off" or a mixed one adds it everywhere', () => {
    const onToggle = vi.fn(() => null);
    render(<CheckList legend="Care" options={OPTIONS} stateOf={(v) => STATES[v]!} onToggle={onToggle} />);
    fireEvent.click(box('Meals'));
    fireEvent.click(box('Lifts'));
    fireEvent.click(box('Phone calls'));
    expect(onToggle.mock.calls).toEqual([
      ['meals', false],
      ['lifts', true],
      ['calls', true],
    ]);
  });

  it('shows a refusal in place, and clears it when a later change succeeds', () => {
    const answers: (string | null)[] = ['Not allowed for a group.', null];
    render(
      <CheckList
        legend="Care"
        options={OPTIONS}
        stateOf={() => 'off'}
        onToggle={() => answers.shift() ?? null}
      />,
    );
    fireEvent.click(box('Meals'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Not allowed for a group.');
    expect(screen.getByRole('group', { name: 'Care' }).getAttribute('aria-describedby')).toBe(alert.id);
    fireEvent.click(box('Lifts'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
