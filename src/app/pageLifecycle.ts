// What happens when the page is hidden or goes away. Hidden (another tab, the window minimised):
// save what is pending. Going away (tab closed, reload, navigation): save what is pending, keep a
// synchronous rescue copy of every map not yet written (the IndexedDB save may not finish before
// the page ends; see persistence/rescue.ts), and let another tab have the map. A field that commits
// a half-typed change as the page goes away (ui/useCommitWhenHidden) is caught too: while the page
// is going away, every change of the document is kept at once.
import type { AppServices } from './services';

export function bindPageLifecycle(services: AppServices): () => void {
  const { store, autosave, rescue, editLock } = services;
  let leaving = false;

  function keepUnsaved(): void {
    for (const doc of autosave.unsaved()) rescue.keep(doc);
    void autosave.flush();
  }

  const handleVisibility = () => {
    if (document.visibilityState === 'hidden') void autosave.flush();
  };
  const handlePageHide = () => {
    leaving = true;
    keepUnsaved();
    void autosave.flush().finally(() => editLock.claim(null));
  };
  const handlePageShow = (event: PageTransitionEvent) => {
    leaving = false;
    // Back from the back-forward cache: ask for the map again.
    if (event.persisted) editLock.claim(store.getState().mapId);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (leaving && state.document !== previous.document) keepUnsaved();
  });

  document.addEventListener('visibilitychange', handleVisibility);
  window.addEventListener('pagehide', handlePageHide);
  window.addEventListener('pageshow', handlePageShow);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', handleVisibility);
    window.removeEventListener('pagehide', handlePageHide);
    window.removeEventListener('pageshow', handlePageShow);
  };
}
