// On a map too big for exact path measures: says that betweenness and closeness are estimates,
// from how many sources and give or take how much, and offers to compute them exactly. The exact
// run shows the panel's own progress bar and Cancel; cancelling it goes back to the estimate
// rather than leaving the map with no path measures at all. Once exact, they stay exact after
// each change until the person switches back.
import { useEffect } from 'react';

import { describeEstimate } from '../../analysis';
import { useAppStore } from '../../store';

export function PathEstimateNote() {
  const estimate = useAppStore((s) => s.analysis.result?.pathEstimate ?? null);
  const status = useAppStore((s) => s.analysis.status);
  const exact = useAppStore((s) => s.analysisSettings.exactPaths);
  const setSettings = useAppStore((s) => s.setAnalysisSettings);

  useEffect(() => {
    if (exact && (status === 'cancelled' || status === 'error')) setSettings({ exactPaths: false });
  }, [exact, status, setSettings]);

  if (exact && (status === 'running' || status === 'paths')) {
    return (
      <p className="insights-estimate" data-testid="path-exact-running">
        Computing betweenness and closeness exactly, from every node. Cancel goes back to the estimate.
      </p>
    );
  }
  if (exact && estimate === null) {
    // Asked for on a big map: every later change is computed exactly too, until switched back.
    return (
      <div className="insights-estimate" data-testid="path-exact-done">
        <p>Betweenness and closeness are exact, and will be after each change.</p>
        <button
          type="button"
          data-testid="path-estimate-again"
          onClick={() => setSettings({ exactPaths: false })}
        >
          Estimate them again
        </button>
      </div>
    );
  }
  if (estimate === null) return null;
  const times = Math.max(1, Math.round(estimate.of / estimate.sources));
  return (
    <div className="insights-estimate" data-testid="path-estimate">
      <p>
        This map is big: betweenness and closeness are {describeEstimate(estimate)}. Insights that use them
        rest on the estimate.
      </p>
      <button type="button" data-testid="path-exact" onClick={() => setSettings({ exactPaths: true })}>
        Compute exactly (about {times}× as long)
      </button>
    </div>
  );
}
