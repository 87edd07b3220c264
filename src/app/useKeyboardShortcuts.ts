// Listens for the keyboard shortcuts of ./shortcuts.ts on the window, except while typing in a
// field, where the field's own keys (and its own undo) apply.
import { useEffect } from 'react';

import type { AppStore } from '../store';
import { handleShortcut } from './shortcuts';

export { historyCommand, isTyping } from './shortcuts';

export function useKeyboardShortcuts(store: AppStore): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => void handleShortcut(event, store);
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [store]);
}
