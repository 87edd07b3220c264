// "Save / Download" writes the native file; "Export as…" offers every other format with a writer,
// first saying what that format will leave out (ExportLossDialog) when it cannot hold it all.
import { useState } from 'react';

import type { ExportLoss, FormatId } from '../io';
import { useAppStore } from '../store';
import { ExportLossDialog } from './ExportLossDialog';
import { downloadOpenMap, exportFormats, exportLossesOf } from './mapActions';
import { useServices } from './services';

export function ExportMenu() {
  const services = useServices();
  const hasMap = useAppStore((s) => s.document !== null);
  const [open, setOpen] = useState(false);
  const [lossy, setLossy] = useState<{ id: FormatId; label: string; losses: ExportLoss[] } | null>(null);
  const others = exportFormats().filter((f) => f.id !== 'native');
  function handleExport(format: { id: FormatId; label: string }) {
    setOpen(false);
    const losses = exportLossesOf(services, format.id);
    if (losses.length === 0) downloadOpenMap(services, format.id);
    else setLossy({ ...format, losses });
  }
  return (
    <span className="menu-wrap">
      <button
        type="button"
        disabled={!hasMap}
        onClick={() => downloadOpenMap(services)}
        data-testid="download-button"
      >
        Save / Download
      </button>
      <button
        type="button"
        disabled={!hasMap}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
      >
        Export as…
      </button>
      {open && (
        <ul
          className="menu"
          role="menu"
          aria-label="Export formats"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <li role="none" className="menu-note" data-testid="export-privacy-note">
            Every download shows people only approximately; hidden places are left out.
          </li>
          {others.map((f) => (
            <li key={f.id} role="none">
              <button
                type="button"
                role="menuitem"
                data-testid={`export-${f.id}`}
                onClick={() => handleExport(f)}
              >
                {f.label} ({f.extension})
              </button>
            </li>
          ))}
        </ul>
      )}
      {lossy !== null && (
        <ExportLossDialog
          formatLabel={lossy.label}
          losses={lossy.losses}
          onCancel={() => setLossy(null)}
          onDownloadNative={() => {
            setLossy(null);
            downloadOpenMap(services);
          }}
          onExportAnyway={() => {
            setLossy(null);
            downloadOpenMap(services, lossy.id);
          }}
        />
      )}
    </span>
  );
}
