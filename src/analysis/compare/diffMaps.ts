// diffMaps: the whole comparison of two states of a map as plain JSON with a documented, stable
// shape (DIFF_FORMAT_VERSION; see README.md beside this file), shared by `carewealth diff --json`,
// the worker and the app. It runs the steps in order — match nodes (and apply the matches a
// person confirmed), compare, indicators, wave measures, sentences — building each state's care
// index once. Numbers are not rounded here. diffInStages runs the same steps in two parts: the
// matching and comparison first (all a picture of the difference needs), the rest on demand.
import type { CareMap, MapScope, SnapshotEvent } from '../../model';
import { type CareIndex, indexCare } from '../care';
import { type Comparison, compareStates, matchTies } from './diff';
import { indicators, type Indicators } from './indicators';
import {
  type ConfirmedMatch,
  confirmMatches,
  type MatchCandidate,
  type MatchedIds,
  type MatchHow,
  matchNodes,
  type NodeMatching,
} from './match';
import { type ChangeFinding, changeFindings } from './sentences';
import { type WaveMeasures, waveMeasures, type WaveOptions } from './waves';

/** Bumped whenever a field of DiffResult is renamed, removed or changes meaning. */
export const DIFF_FORMAT_VERSION = 1;

/** One side of a comparison: a map (or a snapshot read as one) and how to name it. */
export interface ComparedState {
  readonly doc: CareMap;
  /** e.g. "Launch workshop" or a file name. */
  readonly label: string;
  /** The day the state records (a snapshot's date), if known. */
  readonly date?: string;
  /** A snapshot's kind of event (workshop, review, other), so like can be compared with like. */
  readonly event?: SnapshotEvent;
  /** Where it came from, e.g. "larkspur.carewealth.json#snap-launch". */
  readonly source?: string;
}

export interface StateSummary {
  readonly label: string;
  readonly date: string | null;
  readonly event: SnapshotEvent | null;
  readonly source: string | null;
  readonly mapId: string;
  readonly title: string;
  readonly scope: MapScope;
  readonly nodes: number;
  readonly ties: number;
}

export interface DiffResult {
  readonly formatVersion: typeof DIFF_FORMAT_VERSION;
  readonly a: StateSummary;
  readonly b: StateSummary;
  readonly matching: {
    readonly byId: number;
    readonly byLabel: number;
    readonly confirmed: number;
    /** Matched pairs whose ids differ (by label and kind, or confirmed), in A's node order; id matches are implied. */
    readonly pairs: ReadonlyArray<MatchedIds & { readonly how: MatchHow }>;
    readonly uncertain: readonly MatchCandidate[];
    /** True when the list of possible matches stopped at its limit (MAX_UNCERTAIN). */
    readonly uncertainTruncated: boolean;
    /** Confirmed pairs that could not be applied, with the reason. */
    readonly refused: ReadonlyArray<ConfirmedMatch & { readonly reason: string }>;
  };
  readonly changes: Comparison;
  readonly indicators: Indicators;
  readonly waves: WaveMeasures;
  readonly findings: readonly ChangeFinding[];
}

export interface DiffOptions {
  /** Matches a person confirmed (e.g. from an earlier result's `uncertain`). */
  readonly confirmed?: readonly ConfirmedMatch[];
  /** Whether to compare betweenness rankings (see WaveOptions). */
  readonly betweenness?: WaveOptions['betweenness'];
}

function summary(state: ComparedState): StateSummary {
  return {
    label: state.label,
    date: state.date ?? null,
    event: state.event ?? null,
    source: state.source ?? null,
    mapId: state.doc.id,
    title: state.doc.meta.title,
    scope: state.doc.meta.scope,
    nodes: state.doc.nodes.length,
    ties: state.doc.ties.length,
  };
}

/** The node matching with confirmed matches applied, and what could not be applied. */
export function matchStates(
  a: CareMap,
  b: CareMap,
  confirmed: readonly ConfirmedMatch[] = [],
): { matching: NodeMatching; refused: DiffResult['matching']['refused'] } {
  const matching = matchNodes(a, b);
  return confirmed.length === 0 ? { matching, refused: [] } : confirmMatches(a, b, matching, confirmed);
}

/**
 * What a picture of the difference needs, the first part of DiffResult: the two states, the node
 * matching and the element-by-element comparison (diffPicture and changeRows read no more).
 */
export type DiffCore = Pick<DiffResult, 'formatVersion' | 'a' | 'b' | 'matching' | 'changes'>;

/**
 * diffMaps in two steps, so a caller can draw the difference before the rest is worked out:
 * `core` is computed at once (matching and comparison); `finish()` adds the indicators, wave
 * measures and sentences, and returns the whole DiffResult (the same object each call).
 */
export function diffInStages(a: ComparedState, b: ComparedState, options: DiffOptions = {}): { core: DiffCore; finish: () => DiffResult } {
  const { matching, refused } = matchStates(a.doc, b.doc, options.confirmed);
  const ties = matchTies(a.doc, b.doc, matching);
  const changes = compareStates(a.doc, b.doc, matching, { ties });
  const count = (how: MatchHow) => [...matching.how.values()].filter((h) => h === how).length;
  const core: DiffCore = {
    formatVersion: DIFF_FORMAT_VERSION,
    a: summary(a),
    b: summary(b),
    matching: {
      byId: count('id'),
      byLabel: count('label'),
      confirmed: count('confirmed'),
      pairs: a.doc.nodes.flatMap((n) => {
        const other = matching.aToB.get(n.id);
        return other === undefined || other === n.id
          ? []
          : [{ a: n.id as string, b: other, how: matching.how.get(n.id) ?? 'id' }];
      }),
      uncertain: matching.uncertain,
      uncertainTruncated: matching.uncertainTruncated,
      refused,
    },
    changes,
  };
  let whole: DiffResult | null = null;
  const finish = (): DiffResult => {
    if (whole !== null) return whole;
    const ia: CareIndex = indexCare(a.doc);
    const ib: CareIndex = indexCare(b.doc);
    const inds = indicators({ a: a.doc, b: b.doc, ia, ib, matching, comparison: changes });
    const waves = waveMeasures(
      a.doc,
      b.doc,
      matching,
      options.betweenness !== undefined ? { betweenness: options.betweenness } : {},
    );
    whole = {
      ...core,
      indicators: inds,
      waves,
      findings: changeFindings({
        a: a.doc,
        b: b.doc,
        ia,
        ib,
        matching,
        comparison: changes,
        indicators: inds,
        waves,
      }),
    };
    return whole;
  };
  return { core, finish };
}

/** Everything that changed from state A to state B (see DiffResult). Never throws on valid maps. */
export function diffMaps(a: ComparedState, b: ComparedState, options: DiffOptions = {}): DiffResult {
  return diffInStages(a, b, options).finish();
}
