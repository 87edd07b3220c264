// The app's layout, canvas first: one slim top bar; the notes on other tabs and backups and the
// problems panel, when there is something to say; then the active view filling the rest of the
// window, with the side drawer (Details and Insights) over or beside it as the view asks
// (views.tsx); plus the dialogs (My maps, a locked file's passphrase, import choice, shortcuts),
// file drop, keyboard shortcuts, workshop mode and the analysis runner.
import { Suspense, useCallback, useState } from 'react';

import { selectTitle, useAppStore } from '../store';
import { useAnalysisRunner } from '../views/insights/useAnalysisRunner';
import { useWorkshopMode } from '../views/workshop/useWorkshopMode';
import { EditAccessBanner } from './EditAccessBanner';
import { HelpOverlay } from './HelpOverlay';
import { ImportChoiceDialog } from './ImportChoiceDialog';
import { MyMapsDialog } from './MyMapsDialog';
import { ProblemsPanel } from './ProblemsPanel';
import { useServices } from './services';
import { SideDrawer } from './SideDrawer';
import { BackupReminder } from './StorageStatus';
import { TopBar } from './TopBar';
import { UnlockDialog } from './UnlockDialog';
import { useFileDrop } from './useFileDrop';
import { useImport } from './useImport';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { viewEntry } from './views';

export function Shell() {
  const services = useServices();
  const hasMap = useAppStore((s) => s.document !== null);
  const title = useAppStore(selectTitle);
  const activeView = useAppStore((s) => s.activeView);
  const [myMapsOpen, setMyMapsOpen] = useState(false);
  const flow = useImport();
  const { start } = flow;
  const handleFiles = useCallback((files: File[]) => void start(files), [start]);
  const dragging = useFileDrop(handleFiles);
  useKeyboardShortcuts(services.store);
  useWorkshopMode();
  const analysis = useAnalysisRunner();
  const view = viewEntry(activeView);
  const View = view.component;

  return (
    <div className="app">
      <TopBar onOpenMyMaps={() => setMyMapsOpen(true)} onOpenFiles={handleFiles} />
      <EditAccessBanner />
      <BackupReminder />
      <ProblemsPanel />
      <div className={`workspace drawer-${view.drawer}`}>
        <main className="main-area" aria-label={view.label} data-view={view.id}>
          {!hasMap ? (
            <p className="empty">No map is open. Open one from My maps, open a file, or drop a file here.</p>
          ) : (
            <Suspense fallback={<p className="empty">{view.loading}</p>}>
              <View />
            </Suspense>
          )}
        </main>
        {view.drawer !== 'none' && (
          <SideDrawer place={view.drawer} onCancelAnalysis={analysis.cancel} onRerunAnalysis={analysis.rerun} />
        )}
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
