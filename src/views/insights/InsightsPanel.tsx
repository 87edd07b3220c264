// The Insights panel: the analysis of the open map in plain language, grouped into Bridges, Gaps,
// Overstretched partners and the Care wealth summary. Each insight shows its sentence, the numbers
// behind it, its nodes (a click selects the node and highlights the insight on the graph and the
// map) and the threshold that fired it. While path measures compute on a big map it shows
// progress and a Cancel button; the panel itself never blocks (the work runs in workers).
import { useMemo } from 'react';

import { describeThreshold, type Insight, INSIGHT_GROUPS } from '../../analysis';
import type { NodeId, TieId } from '../../model';
import { type AnalysisState, type AnalysisStatus, useAppStore, useAppStoreApi } from '../../store';
import { MeasurePicker } from '../measures/MeasurePicker';
import { formatNumber, groupInsights, humanise } from './groups';
import { InsightSettings } from './InsightSettings';

import './insights.css';

export interface InsightsPanelProps {
  /** Stop the path measures (the runner's cancel). */
  readonly onCancel: () => void;
  /** Ask again at once (after a cancel or an error). */
  readonly onRerun: () => void;
}

export function InsightsPanel({ onCancel, onRerun }: InsightsPanelProps) {
  const analysis = useAppStore((s) => s.analysis);
  const revision = useAppStore((s) => s.revision);
  const hasMap = useAppStore((s) => s.document !== null);
  const result = analysis.result;
  const groups = useMemo(() => groupInsights(result?.insights ?? []), [result]);
  const labels = useMemo(() => new Map((result?.nodes ?? []).map((n) => [n.id, n.label])), [result]);
  const stale = result !== null && analysis.revision !== revision;

  return (
    <div className="insights-panel" data-testid="insights-panel">
      <Status
        status={analysis.status}
        progress={analysis.progress}
        error={analysis.error}
        stale={stale}
        onCancel={onCancel}
        onRerun={onRerun}
      />
      <InsightSettings />
      <MeasurePicker />
      {!hasMap ? (
        <p className="empty">Open a map to see its insights.</p>
      ) : result === null ? null : (
        INSIGHT_GROUPS.map((g) => {
          const list = groups.get(g.kind) ?? [];
          return (
            <section
              key={g.kind}
              className="insight-group"
              aria-labelledby={`insights-${g.kind}`}
              data-testid={`insight-group-${g.kind}`}
            >
              <h3 id={`insights-${g.kind}`}>
                {g.title} <span className="insight-count">({list.length})</span>
              </h3>
              {list.length === 0 ? (
                <p className="insight-empty">{g.empty}</p>
              ) : (
                <ul className="insight-list">
                  {list.map((insight) => (
                    <InsightItem key={insight.id} insight={insight} labels={labels} />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}

function Status(props: {
  status: AnalysisStatus;
  progress: AnalysisState['progress'];
  error: string | null;
  stale: boolean;
  onCancel: () => void;
  onRerun: () => void;
}) {
  const { status, progress } = props;
  return (
    <div className="insights-status" role="status" aria-live="polite" data-testid="insights-status">
      {status === 'running' && <p>Analysing the map…</p>}
      {status === 'paths' && (
        <div className="insights-progress">
          <label>
            Computing betweenness and closeness
            {progress !== null && progress.phase === 'paths' && progress.total > 0
              ? ` (${Math.floor((100 * progress.done) / progress.total)}%)`
              : ''}
            <progress
              value={progress?.phase === 'paths' ? progress.done : undefined}
              max={progress?.phase === 'paths' ? progress.total : undefined}
            />
          </label>
          <button type="button" onClick={props.onCancel} data-testid="insights-cancel">
            Cancel
          </button>
        </div>
      )}
      {status === 'cancelled' && (
        <p>
          Stopped before betweenness and closeness were computed; insights that need them are missing.{' '}
          <button type="button" onClick={props.onRerun}>
            Compute again
          </button>
        </p>
      )}
      {status === 'error' && (
        <p className="insights-error">
          The analysis failed: {props.error}{' '}
          <button type="button" onClick={props.onRerun}>
            Try again
          </button>
        </p>
      )}
      {props.stale && status !== 'running' && status !== 'paths' && <p>Updating after your last change…</p>}
    </div>
  );
}

function InsightItem({ insight, labels }: { insight: Insight; labels: ReadonlyMap<string, string> }) {
  const store = useAppStoreApi();
  const highlighted = useAppStore((s) => s.highlight?.insightId === insight.id);

  function show(nodeIds: readonly NodeId[], tieIds: readonly TieId[] = []) {
    const state = store.getState();
    state.select({ nodeIds, tieIds });
    state.setHighlight({ nodeIds: insight.nodes, tieIds: insight.ties, insightId: insight.id });
  }

  const numbers = Object.entries(insight.numbers);
  return (
    <li
      className={`insight${highlighted ? ' insight-highlighted' : ''}`}
      data-testid="insight"
      data-insight-type={insight.type}
    >
      <p className="insight-sentence">{insight.sentence}</p>
      {numbers.length > 0 && (
        <dl className="insight-numbers">
          {numbers.map(([k, v]) => (
            <div key={k}>
              <dt>{humanise(k)}</dt>
              <dd>{formatNumber(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {insight.nodes.length > 0 && (
        <div className="insight-nodes">
          <button
            type="button"
            className="insight-show"
            onClick={() => show(insight.nodes, insight.ties)}
            aria-pressed={highlighted}
          >
            Show all {insight.nodes.length}
          </button>
          <ul aria-label="Nodes concerned">
            {insight.nodes.slice(0, 12).map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="insight-node"
                  data-testid="insight-node"
                  onClick={() => show([id])}
                >
                  {labels.get(id) ?? id}
                </button>
              </li>
            ))}
            {insight.nodes.length > 12 && <li>and {insight.nodes.length - 12} more</li>}
          </ul>
        </div>
      )}
      <p className="insight-threshold">
        {insight.threshold === null
          ? 'Always shown when found.'
          : `Fired by the threshold ${describeThreshold(insight.threshold)}.`}
      </p>
    </li>
  );
}
