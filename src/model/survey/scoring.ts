// Scoring Social Climate Survey responses (domain brief §5.5 defaults, all settings):
//   1. reverse-scored items are flipped (6 − x on the 1–5 scale);
//   2. a respondent's factor score is the mean of their answered items of that factor, counted only
//      when they answered at least `minAnsweredShare` (75%) of the factor's items that apply to
//      their stakeholder group;
//   3. a respondent's domain score is the mean of their *valid* factor scores; an invalid factor is
//      left out of the mean, and the domain score itself counts only when at least
//      `minValidFactorShare` (75%) of the domain's factors (those with items for that group) are
//      valid, otherwise the respondent adds nothing to that domain (our rule [D]; the brief is
//      silent);
//   4. a group's score is the mean of its respondents' domain (or factor) scores, with n.
// Privacy (§9): no group with fewer than `minGroupSize` respondents (never below 3) gets a score,
// only "fewer than N responses"; in a breakdown (per team, per stakeholder group) enough further
// groups are hidden that no hidden group's score can be worked out by subtracting the shown ones
// from the overall score. Per-respondent scores never leave this module.
import { appliesTo } from './itemBank';
import { SCALE_MAX, SCALE_MIN, SURVEY_DOMAINS, type SurveyDomainId } from './instrument';
import type { ScoringSettings, SurveyItem, SurveyResponse } from './schema';
import { type Band, bandOf, DEFAULT_SCORING_SETTINGS, fewerThanMessage } from './settings';

/** A group score with its number of respondents, or why there is none. */
export type Aggregate =
  | { readonly kind: 'score'; readonly n: number; readonly score: number; readonly band: Band }
  | { readonly kind: 'suppressed'; readonly message: string }
  | { readonly kind: 'no_items'; readonly message: string };

export interface DomainScores {
  readonly domain: SurveyDomainId;
  readonly score: Aggregate;
  /** Keyed by factor id; every factor of the domain is present. */
  readonly factors: Readonly<Record<string, Aggregate>>;
}

/** Scores of one group of respondents (a round, a team, a stakeholder group…). */
export type GroupScores =
  | { readonly kind: 'scored'; readonly n: number; readonly domains: readonly DomainScores[] }
  | { readonly kind: 'suppressed'; readonly message: string };

/** One entry of a breakdown; `key` is null for respondents without that tag (e.g. no team). */
export interface GroupBreakdown {
  readonly key: string | null;
  readonly scores: GroupScores;
}

// ---------------------------------------------------------------- one respondent (private)

interface RespondentScores {
  readonly factors: ReadonlyMap<string, number>;
  readonly domains: ReadonlyMap<SurveyDomainId, number>;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function scoreRespondent(items: readonly SurveyItem[], response: SurveyResponse, s: ScoringSettings): RespondentScores {
  const byFactor = new Map<string, { total: number; values: number[] }>();
  for (const item of items) {
    if (!appliesTo(item, response.stakeholder)) continue;
    const slot = byFactor.get(item.factor) ?? { total: 0, values: [] };
    slot.total++;
    const raw = Object.hasOwn(response.answers, item.id) ? response.answers[item.id] : null;
    if (typeof raw === 'number') slot.values.push(item.reverse ? SCALE_MIN + SCALE_MAX - raw : raw);
    byFactor.set(item.factor, slot);
  }
  const factors = new Map<string, number>();
  for (const [factor, { total, values }] of byFactor) {
    // A tiny tolerance so 3 of 4 meets 0.75 however the share was typed.
    if (values.length > 0 && values.length >= s.minAnsweredShare * total - 1e-9) factors.set(factor, mean(values));
  }
  const domains = new Map<SurveyDomainId, number>();
  for (const domain of SURVEY_DOMAINS) {
    const asked = domain.factors.filter((f) => byFactor.has(f.id));
    const valid = asked.map((f) => factors.get(f.id)).filter((x): x is number => x !== undefined);
    if (asked.length > 0 && valid.length > 0 && valid.length >= s.minValidFactorShare * asked.length - 1e-9) {
      domains.set(domain.id, mean(valid));
    }
  }
  return { factors, domains };
}

// ---------------------------------------------------------------- tallies and suppression

interface Cell {
  n: number;
  sum: number;
}

interface Tally {
  respondents: number;
  cells: Map<string, Cell>; // keyed "d:<domain>" or "f:<factor>"
}

function tally(people: readonly RespondentScores[]): Tally {
  const cells = new Map<string, Cell>();
  const add = (key: string, x: number) => {
    const c = cells.get(key) ?? { n: 0, sum: 0 };
    c.n++;
    c.sum += x;
    cells.set(key, c);
  };
  for (const p of people) {
    for (const [d, x] of p.domains) add(`d:${d}`, x);
    for (const [f, x] of p.factors) add(`f:${f}`, x);
  }
  return { respondents: people.length, cells };
}

const METRIC_KEYS = SURVEY_DOMAINS.flatMap((d) => [`d:${d.id}`, ...d.factors.map((f) => `f:${f.id}`)]);

/**
 * Hide the groups whose n is below `min`, then, while the hidden groups hold between 1 and
 * min − 1 respondents together (so their combined score could be derived from the overall score),
 * hide the smallest shown group as well. Returns the set of hidden indexes.
 */
function suppressWithComplement(ns: readonly number[], min: number, hiddenAlready: ReadonlySet<number> = new Set()): Set<number> {
  const hidden = new Set<number>(hiddenAlready);
  ns.forEach((n, i) => {
    if (n < min) hidden.add(i);
  });
  let hiddenN = [...hidden].reduce((a, i) => a + (ns[i] ?? 0), 0);
  while (hiddenN > 0 && hiddenN < min) {
    let pick = -1;
    ns.forEach((n, i) => {
      if (!hidden.has(i) && (pick < 0 || n < (ns[pick] ?? Infinity))) pick = i;
    });
    if (pick < 0) break;
    hidden.add(pick);
    hiddenN += ns[pick] ?? 0;
  }
  return hidden;
}

function finish(t: Tally, s: ScoringSettings, hiddenMetrics: ReadonlySet<string>, itemFactors: ReadonlySet<string>): GroupScores {
  const message = fewerThanMessage(s.minGroupSize);
  const aggregate = (key: string, hasItems: boolean): Aggregate => {
    if (!hasItems) return { kind: 'no_items', message: 'no items to score' };
    const c = t.cells.get(key);
    if (hiddenMetrics.has(key) || c === undefined || c.n < s.minGroupSize) return { kind: 'suppressed', message };
    const score = c.sum / c.n;
    return { kind: 'score', n: c.n, score, band: bandOf(score, s) };
  };
  const domains = SURVEY_DOMAINS.map((d): DomainScores => {
    const factors: Record<string, Aggregate> = {};
    for (const f of d.factors) factors[f.id] = aggregate(`f:${f.id}`, itemFactors.has(f.id));
    return { domain: d.id, score: aggregate(`d:${d.id}`, d.factors.some((f) => itemFactors.has(f.id))), factors };
  });
  return { kind: 'scored', n: t.respondents, domains };
}

// ---------------------------------------------------------------- public API

/** The items that count under these settings (placeholders left out when the setting says so). */
export function scoredItems(items: readonly SurveyItem[], settings: ScoringSettings): SurveyItem[] {
  return items.filter((i) => !(settings.excludePlaceholders && i.placeholder));
}

/**
 * Score one group of responses against an item list. Answers to items not in the list are
 * ignored; an item a respondent did not answer counts as skipped. Settings are used as given:
 * pass them through `clampScoringSettings` first when they come from a file.
 */
export function scoreResponses(items: readonly SurveyItem[], responses: readonly SurveyResponse[], settings: ScoringSettings = DEFAULT_SCORING_SETTINGS): GroupScores {
  const used = scoredItems(items, settings);
  if (responses.length < settings.minGroupSize) return { kind: 'suppressed', message: fewerThanMessage(settings.minGroupSize) };
  const t = tally(responses.map((r) => scoreRespondent(used, r, settings)));
  return finish(t, settings, new Set(), new Set(used.map((i) => i.factor)));
}

/**
 * Score responses split by a key (team, stakeholder group, sub-group tag), with small-group and
 * complementary suppression across the whole breakdown. Groups come back sorted by key, the
 * "no key" group (null) last.
 */
export function scoreBreakdown(
  items: readonly SurveyItem[],
  responses: readonly SurveyResponse[],
  keyOf: (r: SurveyResponse) => string | null | undefined,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): GroupBreakdown[] {
  const used = scoredItems(items, settings);
  const itemFactors = new Set(used.map((i) => i.factor));
  const groups = new Map<string | null, RespondentScores[]>();
  for (const r of responses) {
    const key = keyOf(r) ?? null;
    const list = groups.get(key) ?? [];
    list.push(scoreRespondent(used, r, settings));
    groups.set(key, list);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const tallies = keys.map((k) => tally(groups.get(k) ?? []));
  const min = settings.minGroupSize;
  const hiddenGroups = suppressWithComplement(tallies.map((t) => t.respondents), min);
  const hiddenMetrics = tallies.map(() => new Set<string>());
  for (const metric of METRIC_KEYS) {
    const ns = tallies.map((t) => t.cells.get(metric)?.n ?? 0);
    for (const i of suppressWithComplement(ns, min, hiddenGroups)) hiddenMetrics[i]?.add(metric);
  }
  return keys.map((key, i) => {
    const t = tallies[i] as Tally;
    const scores: GroupScores = hiddenGroups.has(i)
      ? { kind: 'suppressed', message: fewerThanMessage(min) }
      : finish(t, settings, hiddenMetrics[i] ?? new Set(), itemFactors);
    return { key, scores };
  });
}
