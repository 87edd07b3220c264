// What the app shell mounts for analysis: the button that opens the Insights panel, the runner
// that keeps the analysis current (while the panel is open or nodes are styled by a measure), and
// the panel itself.
import { useAppStore } from '../../store';
import { InsightsPanel } from './InsightsPanel';
import { useAnalysisRunner } from './useAnalysisRunner';

import './insights.css';

export function InsightsDock() {
  const open = useAppStore((s) => s.insightsOpen);
  const setOpen = useAppStore((s) => s.setInsightsOpen);
  const hasMap = useAppStore((s) => s.document !== null);
  const { cancel, rerun } = useAnalysisRunner();
  return (
    <>
      <button
        type="button"
        className="insights-toggle"
        data-testid="insights-toggle"
        aria-expanded={open}
        disabled={!hasMap && !open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide insights' : 'Insights'}
      </button>
      {open && <InsightsPanel onCancel={cancel} onRerun={rerun} onClose={() => setOpen(false)} />}
    </>
  );
}
