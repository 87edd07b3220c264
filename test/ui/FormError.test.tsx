// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { FormError } from '../../src/ui/FormError';

afterEach(cleanup);

describe('FormError', () => {
  it('shows nothing while there is no refusal', () => {
    const { container } = render(<FormError message={null} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the refusal as text in an alert', () => {
    render(<FormError message="<b>A title</b> is needed." />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('<b>A title</b> is needed.');
    expect(alert.querySelector('b')).toBeNull();
    expect(alert.className).toBe('field-error');
  });
});
