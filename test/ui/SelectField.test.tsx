// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SelectField } from '../../src/ui/SelectField';

afterEach(cleanup);

const OPTIONS = [
  { value: 'formal', label: 'Formal' },
  { value: 'informal', label: 'Informal' },
];

function select(): HTMLSelectElement {
  return screen.getByLabelText('Formality') as HTMLSelectElement;
}
const texts = () => [...select().options].map((o) => o.textContent);

describe('SelectField', () => {
  it('commits a choice as soon as it is made; the empty choice clears', () => {
    const onCommit = vi.fn(() => null);
    render(
      <SelectField
        label="Formality"
        value="formal"
        options={OPTIONS}
        emptyLabel="Not set"
        onCommit={onCommit}
      />,
    );
    expect(texts()).toEqual(['Not set', 'Formal', 'Informal']);
    expect(select().value).toBe('formal');
    fireEvent.change(select(), { target: { value: 'informal' } });
    fireEvent.change(select(), { target: { value: '' } });
    expect(onCommit.mock.calls).toEqual([['informal'], ['']]);
  });

  it('shows "(mixed)" as a choice that cannot be picked again', () => {
    render(<SelectField label="Formality" value="" mixed options={OPTIONS} onCommit={() => null} />);
    expect(texts()).toEqual(['(mixed)', 'Formal', 'Informal']);
    const mixed = select().options[0]!;
    expect(mixed.selected).toBe(true);
    expect(mixed.disabled).toBe(true);
  });

  it('without an empty choice, an unset value shows a dash rather than the first option', () => {
    render(<SelectField label="Formality" value="" options={OPTIONS} onCommit={() => null} />);
    expect(texts()).toEqual(['—', 'Formal', 'Informal']);
    expect(select().value).toBe('');
  });

  it('shows a refusal under the field, until a change succeeds', () => {
    const answers = ['A care tie needs a formality.', null];
    render(
      <SelectField
        label="Formality"
        value="formal"
        options={OPTIONS}
        testId="formality"
        onCommit={() => answers.shift() ?? null}
      />,
    );
    fireEvent.change(select(), { target: { value: 'informal' } });
    expect(screen.getByTestId('formality-field-error').textContent).toBe('A care tie needs a formality.');
    expect(select().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(select(), { target: { value: 'formal' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
