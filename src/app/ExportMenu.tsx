// "Save / Download" writes the native file; "Export as…" offers every other format with a writer.
import { useState } from 'react';

import { useAppStore } from '../store';
import { downloadOpenMap, exportFormats } from './mapActions';
import { useServices } from './services';

export function ExportMenu() {
  const services = useServices();
  const hasMap = useAppStore((s) => s.document !== null);
  const [open, setOpen] = useState(false);
  const others = exportFormats().filter((f) => f.id !== 'native');
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
                onClick={() => {
                  setOpen(false);
                  downloadOpenMap(services, f.id);
                }}
              >
                {f.label} ({f.extension})
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
