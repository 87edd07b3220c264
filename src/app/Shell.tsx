// The app's layout: top bar, the notes on other tabs and backups, error panel, the main area with
// its view switch and the side panel; plus the dialogs (My maps, a locked file's passphrase, import
// choice), file drop and keyboard shortcuts.
import { type ComponentType, lazy, type LazyExoticComponent, Suspense, useCallback, useState } from 'react';

import { selectTitle, useAppStore, type ViewId } from '../store';
import { ButtonGroup } from '../ui/ButtonGroup';
import { InsightsDock } from '../views/insights/InsightsDock';
import { Inspector } from '../views/inspector/Inspector';
import TableView from '../views/table/TableView';
import { useWorkshopMode } from '../views/workshop/useWorkshopMode';
import { HelpOverlay } from './HelpOverlay';
import { ImportChoiceDialog } from './ImportChoiceDialog';
import { MapPane, SplitPane } from './MapPanes';
import { EditAccessBanner } from './EditAccessBanner';
import { MyMapsDialog } from './MyMapsDialog';
import { ProblemsPanel } from './ProblemsPanel';
import { useServices } from './services';
import { registerCy } from './testHooks';
import { BackupReminder } from './StorageStatus';
import { TopBar } from './TopBar';
import { UnlockDialog } from './UnlockDialog';
import { useFileDrop } from './useFileDrop';
import { useImport } from './useImport';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

// cytoscape is large: load it only when the graph is shown.
const GraphView = lazy(() => import('../views/graph/GraphView'));
// The governance, survey and partners views load on first use.
const RECORD_VIEWS: Partial<Record<ViewId, LazyExoticComponent<ComponentType>>> = {
  governance: lazy(() => import('../views/governance/GovernanceView')),
  survey: lazy(() => import('../views/survey/SurveyView')),
  partners: lazy(() => import('../views/assessment/PartnersView')),
};

const VIEWS: readonly { id: ViewId; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'table', label: 'Table' },
  { id: 'map', label: 'Map' },
  { id: 'split', label: 'Split' },
  { id: 'governance', label: 'Governance' },
  { id: 'survey', label: 'Survey' },
  { id: 'partners', label: 'Partners' },
];
const VIEW_OPTIONS = VIEWS.map((v) => ({ value: v.id, label: v.label, testId: `view-${v.id}` }));

export function Shell() {
  const services = useServices();
  const hasMap = useAppStore((s) => s.document !== null);
  const title = useAppStore(selectTitle);
  const activeView = useAppStore((s) => s.activeView);
  const setActiveView = useAppStore((s) => s.setActiveView);
  const [myMapsOpen, setMyMapsOpen] = useState(false);
  const flow = useImport();
  const { start } = flow;
  const handleFiles = useCallback((files: File[]) => void start(files), [start]);
  const dragging = useFileDrop(handleFiles);
  useKeyboardShortcuts(services.store);
  useWorkshopMode();

  return (
    <div className="app">
      <TopBar onOpenMyMaps={() => setMyMapsOpen(true)} onOpenFiles={handleFiles} />
      <EditAccessBanner />
      <BackupReminder />
      <ProblemsPanel />
      <div className="workspace">
        <main className="main-area" aria-label="Map">
          <ButtonGroup
            className="view-switch"
            kind="tab"
            label="View"
            options={VIEW_OPTIONS}
            value={activeView}
            onChange={setActiveView}
          />
          <div className="view" role="tabpanel" aria-label={VIEWS.find((v) => v.id === activeView)?.label ?? 'View'}>
            {!hasMap ? (
              <p className="empty">
                No map is open. Open one from My maps, open a file, or drop a file here.
              </p>
            ) : activeView === 'graph' ? (
              <Suspense fallback={<p className="empty">Drawing the graph…</p>}>
                <GraphView onReady={registerCy} />
              </Suspense>
            ) : activeView in RECORD_VIEWS ? (
              <Suspense fallback={<p className="empty">Loading…</p>}>
                <RecordView view={activeView} />
              </Suspense>
            ) : activeView === 'map' ? (
              <MapPane />
            ) : activeView === 'split' ? (
              <SplitPane
                graph={
                  <Suspense fallback={<p className="empty">Drawing the graph…</p>}>
                    <GraphView onReady={registerCy} />
                  </Suspense>
                }
              />
            ) : (
              <TableView />
            )}
          </div>
        </main>
        <Inspector />
        <InsightsDock />
      </div>
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a map file to open it
        </div>
      )}
      <HelpOverlay />
      {myMapsOpen && <MyMapsDialog onClose={() => setMyMapsOpen(false)} />}
      {flow.locked !== null && (
        <UnlockDialog fileName={flow.locked.name} onUnlock={flow.unlock} onCancel={flow.cancel} />
      )}
      {flow.pending !== null && (
        <ImportChoiceDialog
          pending={flow.pending}
          currentTitle={title ?? ''}
          onOpenAsNew={() => void flow.openAsNew()}
          onUpdate={flow.updateThisMap}
          onCancel={flow.cancel}
        />
      )}
    </div>
  );
}

function RecordView({ view }: { view: ViewId }) {
  const View = RECORD_VIEWS[view];
  return View === undefined ? null : <View />;
}
