// "Print…" in the support view: a one-page PDF of the network (src/report) on A4 or Letter, with
// people named or shown by initials as the view does, and the centre's health needs left out
// unless ticked. The PDF is made on the device and downloaded; nothing leaves it.
import { useState } from 'react';

import { PAPER_SIZES, type PaperSize, supportNetworkPdf } from '../../report';
import { selectDocument, useAppStore } from '../../store';
import { downloadBytes, fileBaseName } from '../../ui/download';
import { loadReportFonts } from '../export/reportFonts';

function today(): string {
  return new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function SupportPrint({ centre }: { readonly centre: string }) {
  const doc = useAppStore(selectDocument);
  const labelMode = useAppStore((s) => s.labelMode);
  const showIndirect = useAppStore((s) => s.supportIndirect);
  const [open, setOpen] = useState(false);
  const [paper, setPaper] = useState<PaperSize>(() => (navigator.language === 'en-US' ? 'letter' : 'a4'));
  const [includeHealth, setIncludeHealth] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function save() {
    if (doc === null) return;
    setStatus('Making the PDF…');
    try {
      const bytes = await supportNetworkPdf(doc, centre, {
        paper,
        labelMode,
        includeHealth,
        showIndirect,
        date: today(),
        fonts: await loadReportFonts(),
      });
      const label = doc.nodes.find((n) => n.id === centre)?.label ?? 'support-network';
      downloadBytes(
        `${fileBaseName(labelMode === 'names' ? `${label} support network` : 'support network')}.pdf`,
        'application/pdf',
        bytes,
      );
      setStatus(null);
      setOpen(false);
    } catch (e) {
      setStatus(`Could not make the PDF: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <span className="menu-wrap">
      <button
        type="button"
        aria-expanded={open}
        data-testid="support-print"
        onClick={() => setOpen((o) => !o)}
      >
        Print…
      </button>
      {open && (
        <div className="menu support-print-menu" role="group" aria-label="Print the support network">
          <fieldset>
            <legend>Paper</legend>
            {PAPER_SIZES.map((p) => (
              <label key={p.id}>
                <input
                  type="radio"
                  name="support-paper"
                  value={p.id}
                  checked={paper === p.id}
                  onChange={() => setPaper(p.id)}
                  data-testid={`support-paper-${p.id}`}
                />
                {p.label}
              </label>
            ))}
          </fieldset>
          <label>
            <input
              type="checkbox"
              checked={includeHealth}
              onChange={(e) => setIncludeHealth(e.target.checked)}
              data-testid="support-print-health"
            />
            Include health needs
          </label>
          <p className="muted">
            People are {labelMode === 'names' ? 'named' : 'shown by initials'}, as on screen.
          </p>
          <button
            type="button"
            className="primary"
            data-testid="support-print-save"
            onClick={() => void save()}
          >
            Save PDF
          </button>
        </div>
      )}
      {status !== null && (
        <span role="status" className="support-print-status">
          {status}
        </span>
      )}
    </span>
  );
}
