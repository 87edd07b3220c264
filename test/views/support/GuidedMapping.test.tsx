// @vitest-environment jsdom
// Guided mapping names people as the drawing does: with Initials on, the screens show initials
// (the centre in the introduction, a person just named in the follow-up questions, the names
// given so far), and with Names on, names.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { asNodeId, createPersonalMap } from '../../../src/model';
import { type AppStore, AppStoreProvider, createAppStore } from '../../../src/store';
import { GuidedMapping } from '../../../src/views/support/GuidedMapping';

afterEach(cleanup);

let store: AppStore;
const centre = asNodeId('me');

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-01T00:00:00.000Z' });
  store.getState().replaceDocument(createPersonalMap({ centre: { label: 'Ada Brown', id: centre } }));
});

function open() {
  render(
    <AppStoreProvider value={store}>
      <GuidedMapping centre={centre} onClose={() => undefined} />
    </AppStoreProvider>,
  );
}

function nameSomeone(name: string) {
  fireEvent.click(screen.getByTestId('guided-start'));
  fireEvent.change(screen.getByTestId('guided-name-input'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

describe('guided mapping and the Names / Initials switch', () => {
  it('shows people by initials when Initials is on', () => {
    act(() => store.getState().setLabelMode('initials'));
    open();
    expect(screen.getByTestId('guided').textContent).toContain('Walk through a few questions with A.B.:');
    expect(screen.getByTestId('guided').textContent).not.toContain('Ada');
    nameSomeone('Maud Lee');
    // The new person is on the map under the name typed…
    expect(store.getState().document!.nodes.some((n) => n.label === 'Maud Lee')).toBe(true);
    // …and the screen asks about her by initials.
    expect(screen.getByTestId('guided-question').textContent).toBe('How is M.L. related to them?');
    expect(screen.getByTestId('guided').textContent).not.toContain('Maud');
  });

  it('shows names when Names is on', () => {
    open();
    expect(screen.getByTestId('guided').textContent).toContain('Walk through a few questions with Ada Brown:');
    nameSomeone('Maud Lee');
    expect(screen.getByTestId('guided-question').textContent).toBe('How is Maud Lee related to them?');
  });
});
