// The top bar: the map's title (editable), My maps, Open…, Full backup… and Copy to share…, Undo
// and Redo naming what they do, the live workshop (phones in the room), whether the map is saved,
// and whether the browser keeps it.
import { InlineTextEdit } from '../ui/InlineTextEdit';
import { LiveWorkshopButton } from '../views/live/LiveWorkshopButton';
import { hostMemory } from '../persistence';
import { refusalMessage, selectTitle, useAppStore } from '../store';
import { ExportMenu } from './ExportMenu';
import { OpenFileButton } from './OpenFileButton';
import { SaveStatus } from './SaveStatus';
import { StorageStatus } from './StorageStatus';
import { UndoRedoButtons } from './UndoRedoButtons';

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
      {title !== null ? (
        <InlineTextEdit
          className="map-title"
          label="Map title"
          testId="map-title"
          value={title}
          size={Math.min(48, Math.max(16, title.length + 1))}
          onCommit={(text) => {
            const result = updateMeta({ title: text });
            return refusalMessage(result);
          }}
        />
      ) : (
        <span className="map-title muted">No map open</span>
      )}
      <nav className="top-actions" aria-label="Map actions">
        <button type="button" onClick={onOpenMyMaps} data-testid="my-maps-button">
          My maps
        </button>
        <OpenFileButton onFiles={onOpenFiles} />
        <ExportMenu />
        <UndoRedoButtons />
        <LiveWorkshopButton memory={hostMemory} />
      </nav>
      <SaveStatus />
      <StorageStatus />
    </header>
  );
}
