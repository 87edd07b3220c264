// A half-typed edit is kept when the page goes away. Fields commit on Enter or on leaving them, but
// closing the tab, or switching away from it, leaves no chance to do either; so while a field holds
// a draft, it commits it when the page is hidden or closed. The listeners are in the capture phase,
// so they run before the app's own "page hidden" handler that saves what is pending.
import { useEffect, useRef } from 'react';

/** While `active`, call `commit` when the page is hidden or closed. */
export function useCommitWhenHidden(active: boolean, commit: () => void): void {
  const latest = useRef(commit);
  useEffect(() => {
    latest.current = commit;
  });
  useEffect(() => {
    if (!active) return;
    const handleVisibility = () => {
      if (document.visibilityState === 'hidden') latest.current();
    };
    const handlePageHide = () => latest.current();
    document.addEventListener('visibilitychange', handleVisibility, true);
    window.addEventListener('pagehide', handlePageHide, true);
    return () => {
      document.removeEventListener('visibilitychange', handleVisibility, true);
      window.removeEventListener('pagehide', handlePageHide, true);
    };
  }, [active]);
}
