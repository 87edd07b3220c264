// The File menu's downloads: "Save / Download" writes the native file; "Export as…" opens a
// submenu of every other format with a writer, under a note on what downloads leave out.
import { useAppStore } from '../store';
import { MenuItem, MenuSection, Submenu } from '../ui/Menu';
import { downloadOpenMap, exportFormats } from './mapActions';
import { useServices } from './services';

export function ExportMenu() {
  const services = useServices();
  const hasMap = useAppStore((s) => s.document !== null);
  const others = exportFormats().filter((f) => f.id !== 'native');
  return (
    <>
      <MenuItem isDisabled={!hasMap} onAction={() => downloadOpenMap(services)} testId="download-button">
        Save / Download
      </MenuItem>
      <Submenu label="Export as…" isDisabled={!hasMap} testId="export-button">
        <MenuSection
          note="Every download shows people only approximately; hidden places are left out."
          noteTestId="export-privacy-note"
        >
          {others.map((f) => (
            <MenuItem key={f.id} testId={`export-${f.id}`} onAction={() => downloadOpenMap(services, f.id)}>
              {`${f.label} (${f.extension})`}
            </MenuItem>
          ))}
        </MenuSection>
      </Submenu>
    </>
  );
}
