// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ButtonGroup, type ButtonGroupOption } from '../../src/ui/ButtonGroup';

afterEach(cleanup);

type Fruit = 'apple' | 'pear' | 'plum';
const OPTIONS: ButtonGroupOption<Fruit>[] = [
  { value: 'apple', label: 'Apple', testId: 'apple', title: 'Crunchy' },
  { value: 'pear', label: 'Pear', testId: 'pear' },
  { value: 'plum', label: 'Plum', testId: 'plum' },
];

/** The group with its choice held in state, as the views hold it in the store. */
function Controlled({ kind, onChange }: { kind?: 'radio' | 'tab'; onChange?: (v: Fruit) => void }) {
  const [value, setValue] = useState<Fruit>('pear');
  return (
    <ButtonGroup
      label="Fruit"
      kind={kind}
      options={OPTIONS}
      value={value}
      controls="fruit-panel"
      onChange={(v) => {
        setValue(v);
        onChange?.(v);
      }}
    />
  );
}

const checked = () => OPTIONS.map((o) => screen.getByTestId(o.testId!).getAttribute('aria-checked'));

describe('ButtonGroup', () => {
  it('is a named radio group that marks the chosen button and changes it on click', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    expect(screen.getByRole('radiogroup', { name: 'Fruit' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((b) => b.textContent)).toEqual(['Apple', 'Pear', 'Plum']);
    expect(checked()).toEqual(['false', 'true', 'false']);
    expect(screen.getByTestId('apple').title).toBe('Crunchy');
    fireEvent.click(screen.getByTestId('plum'));
    expect(onChange).toHaveBeenCalledWith('plum');
    expect(checked()).toEqual(['false', 'false', 'true']);
  });

  it('moves the choice and the focus with the arrow keys, wrapping at the ends; Home and End jump', () => {
    render(<Controlled />);
    const group = screen.getByRole('radiogroup');
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(checked()).toEqual(['false', 'false', 'true']);
    expect(document.activeElement).toBe(screen.getByTestId('plum'));
    fireEvent.keyDown(group, { key: 'ArrowDown' });
    expect(checked()).toEqual(['true', 'false', 'false']);
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(checked()).toEqual(['false', 'false', 'true']);
    fireEvent.keyDown(group, { key: 'Home' });
    expect(checked()).toEqual(['true', 'false', 'false']);
    expect(document.activeElement).toBe(screen.getByTestId('apple'));
    fireEvent.keyDown(group, { key: 'End' });
    expect(checked()).toEqual(['false', 'false', 'true']);
  });

  it('leaves other keys alone', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const event = fireEvent.keyDown(screen.getByRole('radiogroup'), { key: 'a' });
    expect(event).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('as tabs: a tab list whose chosen tab is selected and every tab names the panel', () => {
    render(<Controlled kind="tab" />);
    expect(screen.getByRole('tablist', { name: 'Fruit' })).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tabs.every((t) => t.getAttribute('aria-controls') === 'fruit-panel')).toBe(true);
    expect(tabs.every((t) => !t.hasAttribute('aria-checked'))).toBe(true);
    fireEvent.click(tabs[0]!);
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
    ]);
  });
});
