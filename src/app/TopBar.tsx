// The one slim top bar: the map's title (editable), whether it is saved and whether the browser
// keeps it, Undo and Redo of fixed width, the view switch, the actions every view shares
// (topBarActions.tsx) and the File menu. Nothing in it changes width while a person works on the map.
import { InlineTextEdit } from '../ui/InlineTextEdit';
import { refusalMessage, selectTitle, useAppStore } from '../store';
import { FileMenu } from './FileMenu';
import { SaveStatus } from './SaveStatus';
import { StorageStatus } from './StorageStatus';
import { TOP_BAR_ACTIONS } from './topBarActions';
import { UndoRedoButtons } from './UndoRedoButtons';
import { ViewSwitch } from './ViewSwitch';

export interface TopBarProps {
  readonly onOpenMyMaps: () => void;
  readonly onOpenFiles: (files: File[]) => void;
}

export function TopBar({ onOpenMyMaps, onOpenFiles }: TopBarProps) {
  const title = useAppStore(selectTitle);
  const updateMeta = useAppStore((s) => s.updateMeta);
  return (
    <header className="top-bar">
      <h1 className="brand">Carewealth</h1>
      <div className="title-block">
        {title !== null ? (
          <InlineTextEdit
            className="map-title"
            label="Map title"
            testId="map-title"
            value={title}
            onCommit={(text) => {
              const result = updateMeta({ title: text });
              return refusalMessage(result);
            }}
          />
        ) : (
          <span className="map-title muted">No map open</span>
        )}
        <SaveStatus />
        <StorageStatus />
      </div>
      <UndoRedoButtons />
      <ViewSwitch />
      <div className="top-actions" role="group" aria-label="Map actions">
        {TOP_BAR_ACTIONS.map(({ id, component: Action }) => (
          <Action key={id} />
        ))}
        <FileMenu onOpenMyMaps={onOpenMyMaps} onOpenFiles={onOpenFiles} />
      </div>
    </header>
  );
}
