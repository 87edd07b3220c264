// The views of the view switch, in one list: each names its tab, the component that draws it
// (loaded on first use, since cytoscape and MapLibre are large), whether it draws the map on a
// canvas (the shell then lays the side drawer over it, so opening the drawer never moves the
// drawing), and whether it keeps its tab on a narrow screen (the rest go under "More"). A new
// view (a support network, a comparison over time) is one more entry here and one more ViewId.
import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';

import type { ViewId } from '../store';
import { MapPane, SplitPane } from './MapPanes';
import { registerCy } from './testHooks';

/**
 * Where the side drawer (Details and Insights) goes in this view:
 * - over: floats over the right of a canvas (graph, map), so the drawing stays where it is;
 * - beside: takes its own column (the table, which reflows);
 * - none: the view has no use for it (governance, survey and partners keep their own panels).
 */
export type DrawerPlace = 'over' | 'beside' | 'none';

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  readonly component: LazyExoticComponent<ComponentType> | ComponentType;
  readonly drawer: DrawerPlace;
  /** Keeps its own tab on narrow screens; otherwise listed under "More" there. */
  readonly primary: boolean;
  /** What shows while the view's code loads. */
  readonly loading: string;
}

const GraphView = lazy(() => import('../views/graph/GraphView'));

/** The graph view with the test hook's cytoscape instance registered. */
function GraphPane() {
  return <GraphView onReady={registerCy} />;
}

function SplitView() {
  return (
    <SplitPane
      graph={
        <Suspense fallback={<p className="empty">Drawing the graph…</p>}>
          <GraphPane />
        </Suspense>
      }
    />
  );
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'graph', label: 'Graph', component: GraphPane, drawer: 'over', primary: true, loading: 'Drawing the graph…' },
  { id: 'map', label: 'Map', component: MapPane, drawer: 'over', primary: true, loading: 'Drawing the map…' },
  {
    id: 'table',
    label: 'Table',
    component: lazy(() => import('../views/table/TableView')),
    drawer: 'beside',
    primary: true,
    loading: 'Loading…',
  },
  { id: 'split', label: 'Split', component: SplitView, drawer: 'beside', primary: false, loading: 'Loading…' },
  {
    id: 'governance',
    label: 'Governance',
    component: lazy(() => import('../views/governance/GovernanceView')),
    drawer: 'none',
    primary: false,
    loading: 'Loading…',
  },
  {
    id: 'survey',
    label: 'Survey',
    component: lazy(() => import('../views/survey/SurveyView')),
    drawer: 'none',
    primary: false,
    loading: 'Loading…',
  },
  {
    id: 'partners',
    label: 'Partners',
    component: lazy(() => import('../views/assessment/PartnersView')),
    drawer: 'none',
    primary: false,
    loading: 'Loading…',
  },
];

/** The entry of a view id (the graph's for an id no entry has). */
export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
