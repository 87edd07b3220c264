// The analysis slice: the latest analysis of the open map (status, progress, the result stamped
// with the document revision it describes), the thresholds in use, the measure nodes are sized and
// coloured by, and the insight highlighted on the graph and map (whether the Insights panel is open
// is the canvas slice's `drawer`). Per-tab state, never saved and never undoable. The thresholds
// live here rather than in the document on purpose: trying "what if we called 3 receivers many?"
// in a workshop is exploration, and must not become an undo step, bump the revision, or change
// the shared map file.
import {
  type AnalysisResult,
  type AnalysisSettings,
  type AnalysisUpdate,
  DEFAULT_SETTINGS,
  type InsightThresholds,
  type NodeMeasureId,
} from '../analysis';
import type { AppState, SetState } from './types';

/**
 * - idle: nothing asked yet; running: the quick part is computing; paths: the quick result is
 *   shown and the path measures are computing; done: complete; cancelled: the path measures were
 *   stopped (the quick result stays); error: the analysis failed (`error` says why).
 */
export type AnalysisStatus = 'idle' | 'running' | 'paths' | 'done' | 'cancelled' | 'error';

export interface AnalysisState {
  readonly status: AnalysisStatus;
  /** The revision the running (or last) request is about. */
  readonly requested: number | null;
  /** Progress of the running request, or null. `done`/`total` are sources for the paths phase. */
  readonly progress: {
    readonly phase: 'quick' | 'paths';
    readonly done: number;
    readonly total: number;
  } | null;
  /** The latest result (quick or complete) and the revision it describes. */
  readonly result: AnalysisResult | null;
  readonly revision: number | null;
  /** True when `result` includes the path measures (betweenness, closeness). */
  readonly complete: boolean;
  readonly error: string | null;
}

/** Nodes sized and coloured by one measure: its values by node id (nodes without a value left out). */
export interface MeasureStyle {
  readonly measure: NodeMeasureId;
  readonly values: Readonly<Record<string, number>>;
}

/** What the graph and map should pick out: an insight's nodes and ties. */
export interface Highlight {
  readonly nodeIds: readonly string[];
  readonly tieIds: readonly string[];
  /** The insight highlighted, when it came from one. */
  readonly insightId: string | null;
}

export interface AnalysisSlice {
  readonly analysis: AnalysisState;
  readonly analysisSettings: AnalysisSettings;
  readonly measureStyle: MeasureStyle | null;
  readonly highlight: Highlight | null;
}

export interface AnalysisActions {
  /** A request for `revision` was sent. */
  analysisRequested(revision: number): void;
  /** Apply a client update; updates about an older revision than the one requested are ignored. */
  applyAnalysisUpdate(update: AnalysisUpdate): void;
  /** Change some thresholds (or other settings); re-runs the analysis through the runner. */
  setAnalysisSettings(
    patch: Partial<Omit<AnalysisSettings, 'thresholds'>> & { thresholds?: Partial<InsightThresholds> },
  ): void;
  resetAnalysisSettings(): void;
  /** Size and colour nodes by `measure` (values follow each new result), or stop with null. */
  setMeasureStyle(measure: NodeMeasureId | null): void;
  setHighlight(highlight: Highlight | null): void;
}

export const INITIAL_ANALYSIS_STATE: AnalysisState = {
  status: 'idle',
  requested: null,
  progress: null,
  result: null,
  revision: null,
  complete: false,
  error: null,
};

export const INITIAL_ANALYSIS: AnalysisSlice = {
  analysis: INITIAL_ANALYSIS_STATE,
  analysisSettings: DEFAULT_SETTINGS,
  measureStyle: null,
  highlight: null,
};

/** A measure's values by node id from a result (null values left out). */
export function measureValues(result: AnalysisResult | null, measure: NodeMeasureId): Record<string, number> {
  const values: Record<string, number> = {};
  for (const node of result?.nodes ?? []) {
    const v = node[measure];
    if (typeof v === 'number' && Number.isFinite(v)) values[node.id] = v;
  }
  return values;
}

function withResult(
  s: AppState,
  result: AnalysisResult,
  revision: number,
  complete: boolean,
  status: AnalysisStatus,
): Partial<AppState> {
  const measureStyle =
    s.measureStyle === null
      ? null
      : { measure: s.measureStyle.measure, values: measureValues(result, s.measureStyle.measure) };
  return {
    analysis: {
      ...s.analysis,
      status,
      result,
      revision,
      complete,
      error: null,
      progress: complete ? null : s.analysis.progress,
    },
    measureStyle,
  };
}

export function createAnalysisActions(set: SetState): AnalysisActions {
  return {
    analysisRequested(revision) {
      set((s) => ({
        analysis: {
          ...s.analysis,
          status: 'running',
          requested: revision,
          progress: { phase: 'quick', done: 0, total: 1 },
          error: null,
        },
      }));
    },
    applyAnalysisUpdate(update) {
      set((s) => {
        const requested = s.analysis.requested;
        if (requested !== null && update.revision < requested) return {};
        switch (update.type) {
          case 'progress':
            return {
              analysis: {
                ...s.analysis,
                progress: { phase: update.phase, done: update.done, total: update.total },
              },
            };
          case 'quick':
            return withResult(
              s,
              update.result,
              update.revision,
              false,
              s.analysisSettings.paths ? 'paths' : 'running',
            );
          case 'paths':
            return withResult(s, update.result, update.revision, update.result.settings.paths, 'done');
          case 'cancelled':
            return { analysis: { ...s.analysis, status: 'cancelled', progress: null } };
          case 'error':
            return { analysis: { ...s.analysis, status: 'error', progress: null, error: update.message } };
        }
      });
    },
    setAnalysisSettings(patch) {
      set((s) => ({
        analysisSettings: {
          ...s.analysisSettings,
          ...patch,
          thresholds: { ...s.analysisSettings.thresholds, ...patch.thresholds },
        },
      }));
    },
    resetAnalysisSettings() {
      set({ analysisSettings: DEFAULT_SETTINGS });
    },
    setMeasureStyle(measure) {
      set((s) => ({
        measureStyle:
          measure === null ? null : { measure, values: measureValues(s.analysis.result, measure) },
      }));
    },
    setHighlight(highlight) {
      set({ highlight });
    },
  };
}
