// Opening a map as a new one saves it once the page is idle; an edit made before that save lands
// is saved with it, never overwritten by the older copy.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { openAsNewMap } from '../../src/app/mapActions';
import type { AppServices } from '../../src/app/services';
import type { MapId, NodeId } from '../../src/model';
import { makeMap, person } from '../helpers/build';
import { makeServices } from './harness';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function storedLabels(services: AppServices, id: string): Promise<string[] | null> {
  const loaded = await services.repo.loadMap(id);
  return loaded.ok ? loaded.value.nodes.map((n) => n.label) : null;
}

describe('openAsNewMap', () => {
  it('saves the map and makes it the last opened one', async () => {
    const services = makeServices();
    const doc = { ...makeMap([person('a', 'Ada')], [], 'Imported'), id: 'map-imported' as MapId };
    await openAsNewMap(services, doc);
    expect(await storedLabels(services, 'map-imported')).toEqual(['Ada']);
    expect(await services.repo.getLastOpened()).toBe('map-imported');
    expect(services.store.getState().persistence.state).toBe('saved');
  });

  it('waits for an idle moment to save; an edit made before then is saved too', async () => {
    let idle: (() => void) | null = null;
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => {
      idle = cb;
      return 1;
    });
    const services = makeServices();
    const doc = { ...makeMap([person('a', 'Ada')], [], 'Imported'), id: 'map-imported' as MapId };
    const opening = openAsNewMap(services, doc);
    await vi.waitFor(() => expect(idle).not.toBeNull());
    expect(services.store.getState().persistence.state).toBe('saving');
    expect(await storedLabels(services, 'map-imported')).toBeNull();
    expect(services.store.getState().updateNodes(['a' as NodeId], { label: 'Ada Lovelace' }).ok).toBe(true);
    idle!();
    await opening;
    expect(await storedLabels(services, 'map-imported')).toEqual(['Ada Lovelace']);
  });
});
