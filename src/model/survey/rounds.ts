// Scoring a survey round stored in the document: which items and settings apply (the round's
// instrument, or the built-in bank with default settings), and the aggregate scores overall, per
// team, per stakeholder group and per sub-group tag. Only aggregates with n leave this module.
import type { NodeId } from '../ids';
import { findRecord, getRecords } from '../records';
import type { CareMap } from '../schema';
import { DEFAULT_ITEM_BANK } from './itemBank';
import type { ScoringSettings, ScoringSettingsInput, SurveyItem, SurveyRound } from './schema';
import { type GroupBreakdown, type GroupScores, scoreBreakdown, scoreResponses } from './scoring';
import { clampScoringSettings } from './settings';

export interface RoundInstrument {
  readonly items: readonly SurveyItem[];
  readonly settings: ScoringSettings;
  /** `built_in` when the round names no instrument, or one that no longer exists. */
  readonly source: 'instrument' | 'built_in';
}

/**
 * Items and settings for a round. Settings are layered defaults < the instrument's < `overrides`,
 * then clamped (so a stored minimum group size below 3 still scores nothing under 3).
 */
export function instrumentOfRound(doc: CareMap, round: SurveyRound, overrides: ScoringSettingsInput = {}): RoundInstrument {
  const instrument = round.instrument !== undefined ? findRecord(doc, 'surveyInstrument', round.instrument) : undefined;
  const base = instrument?.settings ?? {};
  const settings = clampScoringSettings({ ...base, ...overrides });
  return instrument !== undefined
    ? { items: instrument.items, settings, source: 'instrument' }
    : { items: DEFAULT_ITEM_BANK, settings, source: 'built_in' };
}

export interface RoundScores {
  readonly round: Pick<SurveyRound, 'id' | 'label' | 'scope' | 'opened' | 'closed'>;
  readonly source: RoundInstrument['source'];
  readonly settings: ScoringSettings;
  readonly overall: GroupScores;
  /** Keyed by team node id; null = respondents with no team. */
  readonly byTeam: readonly GroupBreakdown[];
  readonly byStakeholder: readonly GroupBreakdown[];
  /** Keyed by the free sub-group tag; null = untagged. */
  readonly byGroupTag: readonly GroupBreakdown[];
}

/** Scores of one round, or undefined when there is no such round. */
export function scoreRound(doc: CareMap, roundId: string, overrides: ScoringSettingsInput = {}): RoundScores | undefined {
  const round = findRecord(doc, 'surveyRound', roundId);
  if (round === undefined) return undefined;
  const { items, settings, source } = instrumentOfRound(doc, round, overrides);
  const responses = getRecords(doc, 'surveyResponse').filter((r) => r.round === roundId);
  const { id, label, scope, opened, closed } = round;
  return {
    round: { id, label, scope, opened, ...(closed !== undefined ? { closed } : {}) },
    source,
    settings,
    overall: scoreResponses(items, responses, settings),
    byTeam: scoreBreakdown(items, responses, (r) => r.team, settings),
    byStakeholder: scoreBreakdown(items, responses, (r) => r.stakeholder, settings),
    byGroupTag: scoreBreakdown(items, responses, (r) => r.group, settings),
  };
}

/** Scores of every round of one team or circle, oldest first (for charts over rounds). */
export function scoreRoundsOf(doc: CareMap, scope: NodeId | string, overrides: ScoringSettingsInput = {}): RoundScores[] {
  return getRecords(doc, 'surveyRound')
    .filter((r) => r.scope === scope)
    .sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0))
    .flatMap((r) => scoreRound(doc, r.id, overrides) ?? []);
}
