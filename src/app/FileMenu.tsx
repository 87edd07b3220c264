// The top bar's File menu: My maps, Open… (every format Carewealth reads; several files for CSV
// pairs; a locked backup asks its passphrase), the downloads (ExportMenu) and the keyboard
// shortcuts. The file input and the downloads' dialogs live outside the menu, which unmounts when
// it closes.
import { useRef, useState } from 'react';

import { useAppStore } from '../store';
import { MenuButton, MenuItem, MenuSection } from '../ui/Menu';
import { type DownloadChoice, DownloadDialog, ExportMenu } from './ExportMenu';
import { acceptedExtensions } from './mapActions';

export interface FileMenuProps {
  readonly onOpenMyMaps: () => void;
  readonly onOpenFiles: (files: File[]) => void;
}

export function FileMenu({ onOpenMyMaps, onOpenFiles }: FileMenuProps) {
  const input = useRef<HTMLInputElement>(null);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const [download, setDownload] = useState<DownloadChoice | null>(null);
  return (
    <>
      <MenuButton label="File" icon="file" testId="file-menu" menuLabel="File" className="workshop-hidden">
        <MenuSection>
          <MenuItem onAction={onOpenMyMaps} testId="my-maps-button">
            My maps…
          </MenuItem>
          <MenuItem onAction={() => input.current?.click()} testId="open-file-button">
            Open…
          </MenuItem>
        </MenuSection>
        <MenuSection>
          <ExportMenu onChoose={setDownload} />
        </MenuSection>
        <MenuSection>
          <MenuItem onAction={() => setHelpOpen(true)} testId="help-button">
            Keyboard shortcuts
          </MenuItem>
        </MenuSection>
      </MenuButton>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={acceptedExtensions()}
        data-testid="open-file-input"
        aria-label="Open a map file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Clear so choosing the same file again still fires a change.
          e.target.value = '';
          onOpenFiles(files);
        }}
      />
      {download !== null && <DownloadDialog choice={download} onClose={() => setDownload(null)} />}
    </>
  );
}
