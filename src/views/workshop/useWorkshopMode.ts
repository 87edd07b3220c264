// Applies workshop mode to the page while it is on (the `workshop-mode` class on <html>, which
// the styles key on) and leaves the mode when the person leaves full screen with Esc. Mounted once
// by the app shell, so the mode holds in every view.
import { useEffect } from 'react';

import { useAppStore } from '../../store';

export function useWorkshopMode(): void {
  const workshop = useAppStore((s) => s.workshop);
  const setWorkshop = useAppStore((s) => s.setWorkshop);
  useEffect(() => {
    document.documentElement.classList.toggle('workshop-mode', workshop);
    if (!workshop) return;
    const onChange = () => {
      if (document.fullscreenElement === null) setWorkshop(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.documentElement.classList.remove('workshop-mode');
    };
  }, [workshop, setWorkshop]);
}
