// The keyboard shortcuts, as one declarative registry in the manner of excalidraw's actions: each
// entry names its keys (as the help overlay shows them), says what it does, matches a key press
// and runs against the store and the mounted graph view. The keydown handler and the help overlay
// both read this list, so the overlay can never disagree with the keys.
import type { AppStore } from '../store';
import { graphCommands } from '../views/graph/graphCommands';
import { focusSearch } from '../views/search/SearchBox';
import { setFullscreen } from '../views/workshop/WorkshopToggle';

/** The parts of a key press the registry reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export type ShortcutGroup = 'Editing' | 'Canvas' | 'Finding' | 'Workshop';

export interface Shortcut {
  readonly id: string;
  /** The keys as people read them, e.g. "Ctrl+Z"; alternatives separated by " or ". */
  readonly keys: string;
  readonly description: string;
  readonly group: ShortcutGroup;
  matches(event: KeyPress): boolean;
  run(store: AppStore, event: KeyPress): void;
}

/** True when the key press belongs to a text field or another editable element. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}

/** The history command a key press asks for, if any (Cmd counts as Ctrl on a Mac). */
export function historyCommand(event: KeyPress): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** A plain key with no Ctrl, Cmd or Alt (Shift allowed, since "?" and "+" need it). */
const plain = (...keys: string[]) => (e: KeyPress) => !e.ctrlKey && !e.metaKey && !e.altKey && keys.includes(e.key);
/** Ctrl (or Cmd) with a letter, no Shift or Alt. */
const ctrl = (letter: string) => (e: KeyPress) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === letter;

/** Show the graph view (if another is showing), then run `fn` once its canvas is mounted. */
function withGraph(store: AppStore, fn: () => boolean): void {
  if (fn()) return;
  store.getState().setActiveView('graph');
  let tries = 0;
  const retry = () => {
    if (!fn() && tries++ < 60) requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'undo',
    keys: 'Ctrl+Z',
    description: 'Undo',
    group: 'Editing',
    matches: (e) => historyCommand(e) === 'undo',
    run: (store) => void store.getState().undo(),
  },
  {
    id: 'redo',
    keys: 'Ctrl+Shift+Z or Ctrl+Y',
    description: 'Redo',
    group: 'Editing',
    matches: (e) => historyCommand(e) === 'redo',
    run: (store) => void store.getState().redo(),
  },
  {
    id: 'delete',
    keys: 'Delete or Backspace',
    description: 'Delete the selected nodes and ties (one undo step)',
    group: 'Editing',
    matches: plain('Delete', 'Backspace'),
    run: (store) => {
      const { nodeIds, tieIds } = store.getState().selection;
      if (nodeIds.length + tieIds.length > 0) store.getState().removeItems(nodeIds, tieIds);
    },
  },
  {
    id: 'duplicate',
    keys: 'Ctrl+D',
    description: 'Duplicate the selected nodes (and the ties among them)',
    group: 'Editing',
    matches: ctrl('d'),
    run: (store) => {
      const { nodeIds } = store.getState().selection;
      if (nodeIds.length > 0) store.getState().duplicate(nodeIds);
    },
  },
  {
    id: 'select-all',
    keys: 'Ctrl+A',
    description: 'Select every node',
    group: 'Editing',
    matches: ctrl('a'),
    run: (store) => {
      const doc = store.getState().document;
      if (doc !== null) store.getState().select({ nodeIds: doc.nodes.map((n) => n.id) });
    },
  },
  {
    id: 'escape',
    keys: 'Esc',
    description: 'Close the help, leave focus mode, or clear the selection',
    group: 'Editing',
    matches: plain('Escape'),
    run: (store) => {
      const s = store.getState();
      if (s.helpOpen) s.setHelpOpen(false);
      else if (s.focus !== null) s.setFocus(null);
      else s.clearSelection();
    },
  },
  {
    id: 'add-node',
    keys: 'N',
    description: 'Add a node in the middle of the canvas',
    group: 'Canvas',
    matches: plain('n', 'N'),
    run: (store) => withGraph(store, () => (graphCommands()?.addNode(), graphCommands() !== null)),
  },
  {
    id: 'tool-draw',
    keys: 'T',
    description: 'Draw ties: drag from one node to another (press again to stop)',
    group: 'Canvas',
    matches: plain('t', 'T'),
    run: (store) => store.getState().setTool(store.getState().tool === 'draw' ? 'select' : 'draw'),
  },
  {
    id: 'tool-box',
    keys: 'B',
    description: 'Box select: drag a box to select (press again to stop)',
    group: 'Canvas',
    matches: plain('b', 'B'),
    run: (store) => store.getState().setTool(store.getState().tool === 'box' ? 'select' : 'box'),
  },
  {
    id: 'fit',
    keys: 'F',
    description: 'Zoom to fit',
    group: 'Canvas',
    matches: plain('f', 'F'),
    run: () => graphCommands()?.fit(),
  },
  {
    id: 'zoom-in',
    keys: '+',
    description: 'Zoom in',
    group: 'Canvas',
    matches: plain('+', '='),
    run: () => graphCommands()?.zoomBy(1.25),
  },
  {
    id: 'zoom-out',
    keys: '−',
    description: 'Zoom out',
    group: 'Canvas',
    matches: plain('-', '_'),
    run: () => graphCommands()?.zoomBy(0.8),
  },
  {
    id: 'layout',
    keys: 'Shift+L',
    description: 'Run the chosen layout (one undo step)',
    group: 'Canvas',
    matches: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === 'L',
    run: () => graphCommands()?.runLayout(),
  },
  {
    id: 'legend',
    keys: 'L',
    description: 'Show or hide the legend',
    group: 'Canvas',
    matches: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === 'l',
    run: (store) => store.getState().setLegendOpen(!store.getState().legendOpen),
  },
  {
    id: 'search',
    keys: '/',
    description: 'Search by name or tag',
    group: 'Finding',
    matches: plain('/'),
    run: (store) => withGraph(store, focusSearch),
  },
  {
    id: 'focus',
    keys: '.',
    description: 'Focus on the selected node and its neighbours (again to leave)',
    group: 'Finding',
    matches: plain('.'),
    run: (store) => {
      const s = store.getState();
      if (s.focus !== null) s.setFocus(null);
      else if (s.selection.nodeIds.length === 1) s.setFocus(s.selection.nodeIds[0] ?? null);
    },
  },
  {
    id: 'support-network',
    keys: 'S',
    description: 'Show the support network of the selected person',
    group: 'Finding',
    matches: plain('s', 'S'),
    run: (store) => {
      const s = store.getState();
      const id = s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0] : undefined;
      if (id !== undefined) s.showSupportNetwork(id);
      else if (s.document !== null) s.setActiveView('support');
    },
  },
  {
    id: 'focus-steps',
    keys: '1, 2 or 3',
    description: 'Focus mode shows neighbours up to 1, 2 or 3 steps away',
    group: 'Finding',
    matches: plain('1', '2', '3'),
    run: (store, e) => store.getState().setFocusSteps(Number(e.key) as 1 | 2 | 3),
  },
  {
    id: 'workshop',
    keys: 'W',
    description: 'Workshop mode: full screen, large labels, high contrast',
    group: 'Workshop',
    matches: plain('w', 'W'),
    run: (store) => {
      const next = !store.getState().workshop;
      store.getState().setWorkshop(next);
      void setFullscreen(next);
    },
  },
  {
    id: 'help',
    keys: '?',
    description: 'Show these shortcuts',
    group: 'Workshop',
    matches: plain('?'),
    run: (store) => store.getState().setHelpOpen(!store.getState().helpOpen),
  },
];

/** The shortcut a key press asks for, if any. */
export function findShortcut(event: KeyPress): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.matches(event));
}

/** Handle a key press: run its shortcut unless the person is typing. Returns whether one ran. */
export function handleShortcut(event: KeyboardEvent, store: AppStore): boolean {
  if (isTyping(event.target)) return false;
  const shortcut = findShortcut(event);
  if (shortcut === undefined) return false;
  event.preventDefault();
  shortcut.run(store, event);
  return true;
}
