// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { findShortcut, handleShortcut, SHORTCUTS } from '../../../src/app/shortcuts';
import { createAppStore } from '../../../src/store';
import { makeMap, person, tie } from '../../helpers/build';

const press = (key: string, mods: Partial<KeyboardEventInit> = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, ...mods });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

function storeWithMap() {
  const store = createAppStore({ now: () => '2026-01-15T10:00:00.000Z' });
  store.getState().replaceDocument(makeMap([person('a'), person('b'), person('c')], [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')]));
  return store;
}

describe('shortcut registry', () => {
  it('finds each shortcut by its keys', () => {
    expect(findShortcut(press('?', { shiftKey: true }))?.id).toBe('help');
    expect(findShortcut(press('/'))?.id).toBe('search');
    expect(findShortcut(press('d', { ctrlKey: true }))?.id).toBe('duplicate');
    expect(findShortcut(press('z', { metaKey: true }))?.id).toBe('undo');
    expect(findShortcut(press('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(findShortcut(press('Delete'))?.id).toBe('delete');
    expect(findShortcut(press('L', { shiftKey: true }))?.id).toBe('layout');
    expect(findShortcut(press('l'))?.id).toBe('legend');
    expect(findShortcut(press('x'))).toBeUndefined();
  });

  it('gives every shortcut keys and a description for the help overlay, ids unique', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(s.keys.length * s.description.length).toBeGreaterThan(0);
  });

  it('Delete removes the selected nodes and ties as one undo step', () => {
    const store = storeWithMap();
    store.getState().select({ nodeIds: ['a'] as never, tieIds: ['t2'] as never });
    expect(handleShortcut(press('Delete'), store)).toBe(true);
    const doc = store.getState().document!;
    expect(doc.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(doc.ties).toEqual([]);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document!.nodes).toHaveLength(3);
    expect(store.getState().document!.ties).toHaveLength(2);
  });

  it('Ctrl+D duplicates the selection; . focuses it; 2 sets two steps; Esc leaves focus', () => {
    const store = storeWithMap();
    store.getState().select({ nodeIds: ['b'] as never });
    handleShortcut(press('d', { ctrlKey: true }), store);
    expect(store.getState().document!.nodes.map((n) => n.label)).toEqual(['a', 'b', 'c', 'b (copy)']);
    const copy = store.getState().selection.nodeIds[0]!;
    handleShortcut(press('.'), store);
    expect(store.getState().focus).toBe(copy);
    handleShortcut(press('2'), store);
    expect(store.getState().focusSteps).toBe(2);
    handleShortcut(press('Escape'), store);
    expect(store.getState().focus).toBeNull();
  });

  it('does nothing while the person is typing in a field', () => {
    const store = storeWithMap();
    store.getState().select({ nodeIds: ['a'] as never });
    const input = document.createElement('input');
    expect(handleShortcut(press('Delete', {}, input), store)).toBe(false);
    expect(store.getState().document!.nodes).toHaveLength(3);
  });
});
