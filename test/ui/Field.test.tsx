// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { Field } from '../../src/ui/Field';

afterEach(cleanup);

describe('Field', () => {
  it('ties the label to the control and, when valid, describes it by its hint only', () => {
    render(
      <Field label="Hours a week" error={null} hint="0 to 168" testId="hours">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('Hours a week');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    const hint = screen.getByText('0 to 168');
    expect(input.getAttribute('aria-describedby')).toBe(hint.id);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message in place, marks the control invalid and describes it by hint and message', () => {
    render(
      <Field label="Hours a week" error="cannot exceed 168 hours a week" hint="0 to 168" testId="hours">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('Hours a week');
    const message = screen.getByTestId('hours-error');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toBe('cannot exceed 168 hours a week');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(`${screen.getByText('0 to 168').id} ${message.id}`);
  });

  it('has no aria-describedby at all without a hint or a message', () => {
    render(
      <Field label="Name" error={null}>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(screen.getByLabelText('Name').hasAttribute('aria-describedby')).toBe(false);
  });
});
