// The side drawer: the inspector of the selection (Details) and the Insights panel, as two tabs
// of one panel. Over a canvas it floats above the drawing's right side, so opening it never moves
// the drawing; beside the table it takes its own column. A selection opens Details (the ui
// slice), clearing it closes Details again, and the close button shuts the drawer.
import { Button, type Key, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';

import { type DrawerTab, useAppStore } from '../store';
import { Icon } from '../ui/Icon';
import { InsightsPanel } from '../views/insights/InsightsPanel';
import { Inspector } from '../views/inspector/Inspector';
import type { DrawerPlace } from './views';

export interface SideDrawerProps {
  readonly place: Exclude<DrawerPlace, 'none'>;
  /** The analysis runner's cancel and rerun (the runner lives in the shell). */
  readonly onCancelAnalysis: () => void;
  readonly onRerunAnalysis: () => void;
}

const isTab = (key: Key): key is DrawerTab => key === 'inspector' || key === 'insights';

export function SideDrawer({ place, onCancelAnalysis, onRerunAnalysis }: SideDrawerProps) {
  const tab = useAppStore((s) => s.drawer);
  const setDrawer = useAppStore((s) => s.setDrawer);
  if (tab === null) return null;
  return (
    <aside className={`side-drawer drawer-${place}`} aria-label="Details and insights" data-testid="side-drawer">
      <Tabs selectedKey={tab} onSelectionChange={(key) => isTab(key) && setDrawer(key)}>
        <div className="drawer-head">
          <TabList className="drawer-tabs" aria-label="Side panel">
            <Tab id="inspector" className="drawer-tab" data-testid="drawer-tab-inspector">
              Details
            </Tab>
            <Tab id="insights" className="drawer-tab" data-testid="drawer-tab-insights">
              Insights
            </Tab>
          </TabList>
          <Button className="icon-button drawer-close" aria-label="Close the side panel" data-testid="drawer-close" onPress={() => setDrawer(null)}>
            <Icon name="close" />
          </Button>
        </div>
        <TabPanel id="inspector" className="drawer-panel">
          <Inspector />
        </TabPanel>
        <TabPanel id="insights" className="drawer-panel">
          <InsightsPanel onCancel={onCancelAnalysis} onRerun={onRerunAnalysis} />
        </TabPanel>
      </Tabs>
    </aside>
  );
}
