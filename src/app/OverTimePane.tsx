// The Over time view (snapshots and comparisons), loaded on first use (the shell's Suspense shows
// the views list's loading text meanwhile), with what it needs from the app: the maps saved in
// this browser (My maps), opening a map as a new one, and the test hook's view of its pictures.
import { lazy, useMemo } from 'react';

import type { CareMap } from '../model';
import type { SavedMaps } from '../views/compare/StatePicker';
import { openAsNewMap } from './mapActions';
import { useServices } from './services';
import { registerCy, registerMap } from './testHooks';

const OverTimeView = lazy(() => import('../views/compare/OverTimeView'));

export function OverTimePane() {
  const services = useServices();
  const savedMaps = useMemo<SavedMaps>(
    () => ({
      list: () => services.repo.listMaps(),
      load: async (id) => {
        const loaded = await services.repo.loadMap(id);
        return loaded.ok ? loaded.value : null;
      },
    }),
    [services],
  );
  const handleOpen = (doc: CareMap) => openAsNewMap(services, doc);
  return <OverTimeView savedMaps={savedMaps} onOpenAsNewMap={handleOpen} onGraphReady={registerCy} onMapProbe={registerMap} />;
}
