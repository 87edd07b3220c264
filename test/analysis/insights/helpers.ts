// Shared by the insight rule tests: run the whole analysis on a small map and keep the insights of
// one rule, plus builders for the shapes the rules look for.
import {
  analyzeMap,
  type Insight,
  type InsightThresholds,
  type InsightType,
  resolveSettings,
} from '../../../src/analysis';
import type { CareMap, CareNode, Tie } from '../../../src/model';
import { person, tie } from '../../helpers/build';

export function insights(
  doc: CareMap,
  type: InsightType,
  thresholds: Partial<InsightThresholds> = {},
): Insight[] {
  return analyzeMap(doc, resolveSettings({ thresholds })).insights.filter((i) => i.type === type);
}

export const owner = (id: string, extra: Partial<CareNode> = {}) =>
  person(id, id.toUpperCase(), { roles: ['team_owner'], ...extra });
export const worker = (id: string) => person(id, id.toUpperCase(), { roles: ['care_worker_employed'] });
export const chain = (ids: string[]): Tie[] =>
  ids.slice(1).map((to, i) => tie(`t${i}`, ids[i] as string, to));
export const cycle = (ids: string[]): Tie[] => [
  ...chain(ids),
  tie('close', ids[ids.length - 1] as string, ids[0] as string),
];
export const people = (ids: string[]) => ids.map((id) => person(id));
