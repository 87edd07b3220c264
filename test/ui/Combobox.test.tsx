// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { type ComboOption, Combobox } from '../../src/ui/Combobox';

afterEach(cleanup);

const PEOPLE: ComboOption[] = [
  { id: 'maud', label: 'Maud', hint: 'Person' },
  { id: 'mo', label: 'Mo', hint: 'Person' },
  { id: 'hall', label: "St Bride's Hall", hint: 'Space' },
];
const search = (q: string) => PEOPLE.filter((p) => p.label.toLowerCase().includes(q.toLowerCase()));

function Picker({ onChange }: { onChange: (o: ComboOption | null) => void }) {
  const [value, setValue] = useState<ComboOption | null>(null);
  return (
    <Combobox
      label="Giver"
      search={search}
      value={value}
      testId="giver"
      onChange={(o) => {
        setValue(o);
        onChange(o);
      }}
    />
  );
}

describe('Combobox', () => {
  it('suggests matches as you type, moves through them with the arrows and picks one with Enter', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Giver' }) as HTMLInputElement;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'm' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Maud · Person', 'Mo · Person']);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    // The last suggestion stays active when ArrowDown is pressed again.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(PEOPLE[1]);
    expect(input.value).toBe('Mo');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });

  it('typing again clears the choice; a click on a suggestion picks it; Escape closes the list', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'hall' } });
    fireEvent.mouseDown(screen.getByRole('option'));
    expect(onChange).toHaveBeenLastCalledWith(PEOPLE[2]);
    fireEvent.change(input, { target: { value: 'St' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole('option').length).toBe(1);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows nothing and picks nothing when no suggestion matches', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'zz' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });
});
