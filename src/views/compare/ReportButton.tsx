// Writing the evaluation report of the comparison on screen as a PDF, in the browser, by the same
// code as `carewealth report`: a narrative note per section, people by initials unless asked.
import { useState } from 'react';

import type { ComparedState, ConfirmedMatch } from '../../analysis';
import type { CareMap } from '../../model';
import { EVALUATION_SECTIONS, type EvaluationSection } from '../../report/evaluationSections';
import { downloadBytes, fileBaseName } from '../../ui/download';

export interface ReportButtonProps {
  readonly a: ComparedState;
  readonly b: ComparedState;
  readonly records: CareMap;
  readonly confirmed: readonly ConfirmedMatch[];
}

export function ReportButton({ a, b, records, confirmed }: ReportButtonProps) {
  const [notes, setNotes] = useState<Partial<Record<EvaluationSection, string>>>({});
  const [names, setNames] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const handleWrite = async () => {
    setStatus('Writing the report…');
    try {
      // pdf-lib and the font tools load only when a report is written.
      const [{ writeEvaluationReport }, { loadReportFonts }] = await Promise.all([import('../../report/evaluation'), import('../export/reportFonts')]);
      const bytes = await writeEvaluationReport(
        { a, b, records, confirmed, notes, labelMode: names ? 'names' : 'initials', date: new Date().toISOString().slice(0, 10) },
        await loadReportFonts(),
      );
      downloadBytes(`${fileBaseName(b.doc.meta.title)}-evaluation.pdf`, 'application/pdf', bytes);
      setStatus(null);
    } catch (e) {
      setStatus(`Could not write the report: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <details className="report-options">
      <summary>Evaluation report (PDF)</summary>
      {EVALUATION_SECTIONS.map((s) => (
        <label key={s.id}>
          Note beside “{s.label}”
          <textarea rows={2} value={notes[s.id] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [s.id]: e.target.value }))} data-testid={`report-note-${s.id}`} />
        </label>
      ))}
      <label className="inline">
        <input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} /> Name people in full (default: initials)
      </label>
      <button type="button" className="primary" onClick={() => void handleWrite()} data-testid="report-pdf">
        Download report
      </button>
      {status !== null && <p role="status">{status}</p>}
    </details>
  );
}
