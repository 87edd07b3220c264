// The registry as a whole: every rule's insights stamped with its id and kind, in group order.
import { describe, expect, it } from 'vitest';

import {
  analyzeContext,
  analyzeMap,
  INSIGHT_RULES,
  type InsightInput,
  MeasureContext,
  orderInsights,
  prepareContext,
  resolveSettings,
  runInsights,
} from '../../../src/analysis';
import { makeMap, node, person, tie } from '../../helpers/build';
import { generateMap } from '../../helpers/generateMap';
import { chain, people } from './helpers';

describe('runInsights', () => {
  it('insights come grouped bridge, gap, overstretch, summary', () => {
    const doc = makeMap(
      [
        ...people(['a', 'b', 'c', 'd', 'e']),
        person('x', 'X', { roles: ['neighbour', 'volunteer', 'friend'] }),
      ],
      chain(['a', 'b', 'c', 'd', 'e']),
    );
    const kinds = analyzeMap(doc).insights.map((i) => i.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (p, q) =>
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(p) -
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(q),
      ),
    );
    expect(new Set(kinds)).toEqual(new Set(['bridge', 'gap', 'overstretch', 'summary']));
  });

  it('every rule has its own id; each insight carries its rule id as type and id prefix, and its kind', () => {
    const ids = INSIGHT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(22);
    const kindOf = new Map(INSIGHT_RULES.map((r) => [r.id, r.kind]));
    const doc = makeMap(
      [
        ...people(['a', 'b', 'c', 'd', 'e']),
        person('x', 'X', { roles: ['neighbour', 'volunteer', 'friend'] }),
        node('s', 'space', 'Library'),
      ],
      chain(['a', 'b', 'c', 'd', 'e']),
    );
    const found = analyzeMap(doc).insights;
    expect(found.length).toBeGreaterThan(5);
    for (const i of found) {
      expect(i.id.startsWith(`${i.type}:`)).toBe(true);
      expect(i.kind).toBe(kindOf.get(i.type));
    }
  });

  it('the threshold that fired an insight carries the value in use', () => {
    const doc = makeMap(
      [node('g', 'organisation', 'Hub'), ...people(['r1', 'r2', 'r3'])],
      ['r1', 'r2', 'r3'].map((r, i) => tie(`${i}`, 'g', r)),
    );
    const found = analyzeMap(doc, resolveSettings({ thresholds: { manyReceivers: 3 } })).insights.find(
      (i) => i.type === 'many-receivers',
    );
    expect(found?.id).toBe('many-receivers:g');
    expect(found?.threshold).toEqual({ name: 'manyReceivers', value: 3 });
  });

  describe('rules that do not read the path measures are found once, before the pass', () => {
    // A generated map with formal and informal care, brokers and receivers, where betweenness
    // spreads widely; high-betweenness is lowered so the broker rule fires.
    const doc = generateMap({ nodes: 400, tiesPerNode: 2, seed: 3 });
    const settings = resolveSettings({ thresholds: { highBetweenness: 0.02, lowCapacityHours: 40 } });
    const ctx = new MeasureContext(doc, settings);
    const full = analyzeContext(ctx, true);
    const betweenness = new Map(full.nodes.map((n) => [n.id, n.betweenness as number]));
    const input = (b: InsightInput['betweenness']): InsightInput => ({
      ctx,
      care: ctx.care,
      thresholds: settings.thresholds,
      coverage: full.figures.receivers,
      teams: full.figures.teams,
      careWealth: full.figures.careWealth,
      betweenness: b,
    });

    it('a rule not marked readsPaths finds the same with betweenness as without', () => {
      for (const rule of INSIGHT_RULES.filter((r) => !r.readsPaths)) {
        expect(rule.run(input(betweenness)), rule.id).toEqual(rule.run(input(null)));
      }
    });

    it('the rules marked readsPaths are the ones betweenness changes', () => {
      const marked = INSIGHT_RULES.filter((r) => r.readsPaths).map((r) => r.id);
      expect(marked.sort()).toEqual(['broker-low-capacity', 'formal-informal-connector']);
      for (const rule of INSIGHT_RULES.filter((r) => r.readsPaths)) {
        expect(rule.run(input(betweenness)), rule.id).not.toEqual(rule.run(input(null)));
      }
    });

    it('found in two parts and ordered, they equal one run of every rule', () => {
      const withPaths = input(betweenness);
      const parts = [
        ...INSIGHT_RULES.filter((r) => r.readsPaths).flatMap((r) => r.run(withPaths)),
        ...INSIGHT_RULES.filter((r) => !r.readsPaths).flatMap((r) => r.run(input(null))),
      ];
      expect(orderInsights(withPaths, parts)).toEqual(runInsights(withPaths));
      expect(full.insights).toEqual(runInsights(withPaths));
    });

    it('a context prepared before the pass gives the same result as one analysed in one go', () => {
      const prepared = new MeasureContext(doc, settings);
      prepareContext(prepared);
      expect(analyzeContext(prepared, false)).toEqual(analyzeMap(doc, { ...settings, paths: false }));
      expect(analyzeContext(prepared, true)).toEqual(analyzeMap(doc, settings));
    });
  });
});
