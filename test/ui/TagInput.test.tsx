// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { TagInput } from '../../src/ui/TagInput';

afterEach(cleanup);

function box(): HTMLInputElement {
  return screen.getByLabelText('Tags', { selector: 'input' }) as HTMLInputElement;
}

describe('TagInput', () => {
  it('lists the tags as chips, marking those only some records carry', () => {
    render(
      <TagInput
        label="Tags"
        tags={[{ tag: 'rota' }, { tag: 'lifts', partial: true }]}
        onAdd={() => null}
        onRemove={() => null}
      />,
    );
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['rota×', 'lifts (some)×']);
  });

  it('adds the typed tag, trimmed, on Enter or comma, and empties the box', () => {
    const onAdd = vi.fn(() => null);
    render(<TagInput label="Tags" tags={[]} onAdd={onAdd} onRemove={() => null} />);
    fireEvent.change(box(), { target: { value: '  rota ' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(box().value).toBe('');
    fireEvent.change(box(), { target: { value: 'lifts' } });
    fireEvent.keyDown(box(), { key: ',' });
    expect(onAdd.mock.calls).toEqual([['rota'], ['lifts']]);
  });

  it('adds nothing for a blank box; Escape empties it', () => {
    const onAdd = vi.fn(() => null);
    render(<TagInput label="Tags" tags={[]} onAdd={onAdd} onRemove={() => null} />);
    fireEvent.change(box(), { target: { value: '   ' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.change(box(), { target: { value: 'half-typed' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().value).toBe('');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('keeps a refused tag in the box with the reason, and removes a tag with its chip button', () => {
    const onRemove = vi.fn(() => null);
    render(
      <TagInput
        label="Tags"
        tags={[{ tag: 'rota' }]}
        onAdd={() => 'must be at most 60 characters'}
        onRemove={onRemove}
      />,
    );
    fireEvent.change(box(), { target: { value: 'x'.repeat(61) } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(box().value).toBe('x'.repeat(61));
    expect(screen.getByRole('alert').textContent).toBe('must be at most 60 characters');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag rota' }));
    expect(onRemove).toHaveBeenCalledWith('rota');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
