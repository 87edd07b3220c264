// The top bar's actions, in one list, between the view switch and the File menu: a feature that
// needs a button there for every view (a live workshop, say) adds its component here. Each takes
// no props and reads the store itself.
import type { ComponentType } from 'react';

import { hostMemory } from '../persistence';
import { useAppStore } from '../store';
import { IconToggle } from '../ui/IconToggle';
import { LiveWorkshopButton } from '../views/live/LiveWorkshopButton';
import { WorkshopToggle } from '../views/workshop/WorkshopToggle';
import { viewEntry } from './views';

/** Opens the side drawer on Insights (or closes it); only in views that have the drawer. */
function InsightsToggle() {
  const open = useAppStore((s) => s.drawer === 'insights');
  const setDrawer = useAppStore((s) => s.setDrawer);
  const hasMap = useAppStore((s) => s.document !== null);
  const hasDrawer = useAppStore((s) => viewEntry(s.activeView).drawer !== 'none');
  if (!hasDrawer) return null;
  return (
    <IconToggle
      pressed={open}
      label="Insights"
      icon="insights"
      textClass=""
      testId="insights-toggle"
      title="Insights: bridges, gaps, overstretched partners and the care wealth summary"
      disabled={!hasMap && !open}
      onToggle={(on) => setDrawer(on ? 'insights' : null)}
    />
  );
}

/** Phones in the room add to the map (shown only when the page came from the sync server). */
function LiveWorkshop() {
  return <LiveWorkshopButton memory={hostMemory} />;
}

export const TOP_BAR_ACTIONS: readonly { readonly id: string; readonly component: ComponentType }[] = [
  { id: 'insights', component: InsightsToggle },
  { id: 'workshop', component: WorkshopToggle },
  { id: 'live-workshop', component: LiveWorkshop },
];
