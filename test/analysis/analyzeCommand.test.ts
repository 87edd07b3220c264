// The `analyze` command run in-process on a native file written to a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type AnalysisResult, analyzeMap } from '../../src/analysis';
import { analyzeCommand, formatReport } from '../../src/cli/commands/analyze';
import { makeMap, person, tie } from '../helpers/build';

function run(args: string[], cwd: string, outIsTerminal?: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  return analyzeCommand
    .run(args, {
      cwd,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      ...(outIsTerminal !== undefined ? { outIsTerminal } : {}),
    })
    .then((code) => ({ code, out, err }));
}

const dir = mkdtempSync(path.join(tmpdir(), 'cw-analyze-'));
const doc = makeMap(
  ['a', 'b', 'c', 'd', 'e'].map((id) => person(id, id.toUpperCase())),
  [tie('1', 'a', 'b'), tie('2', 'b', 'c'), tie('3', 'c', 'd'), tie('4', 'd', 'e')],
  'Path map',
);
writeFileSync(path.join(dir, 'path.carewealth.json'), JSON.stringify(doc));

describe('carewealth analyze', () => {
  it('--json prints the stable shape with every node measure under its plain name', async () => {
    const { code, out } = await run(['path.carewealth.json', '--json'], dir);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n')) as AnalysisResult;
    expect(result.formatVersion).toBe(1);
    expect(Object.keys(result.nodes[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'label',
        'degree',
        'weightedDegree',
        'betweenness',
        'closeness',
        'eigenvector',
        'pagerank',
        'clustering',
        'constraint',
        'effectiveSize',
        'coreNumber',
        'community',
      ]),
    );
    expect(result.nodes.map((n) => [n.id, n.betweenness])).toEqual([
      ['a', 0],
      ['b', 0.5],
      ['c', 4 / 6],
      ['d', 0.5],
      ['e', 0],
    ]);
    expect(result.articulationPoints).toEqual(['b', 'c', 'd']);
    expect(result.bridgeTies.map((b) => b.ties)).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(typeof result.communities.modularity).toBe('number');
    expect(result.figures.density).toBe(0.4);
    expect(result.insights.some((i) => i.type === 'articulation-point')).toBe(true);
  });

  it('--json is indented at a terminal and compact into a pipe or a file, the same JSON either way', async () => {
    const person = await run(['path.carewealth.json', '--json'], dir, true);
    const program = await run(['path.carewealth.json', '--json'], dir, false);
    const unsaid = await run(['path.carewealth.json', '--json'], dir);
    expect(person.out).toHaveLength(1);
    expect(program.out).toHaveLength(1);
    const indented = person.out[0] ?? '';
    const compact = program.out[0] ?? '';
    expect(indented.startsWith('{\n  "formatVersion": 1,\n  "map": {\n    "id": ')).toBe(true);
    expect(compact.startsWith('{"formatVersion":1,"map":{"id":')).toBe(true);
    expect(compact).not.toMatch(/\n/);
    // Only the whitespace differs: the same keys in the same order, the same numbers.
    expect(compact).toBe(JSON.stringify(JSON.parse(indented)));
    expect(JSON.stringify(JSON.parse(compact), null, 2)).toBe(indented);
    expect(unsaid.out).toEqual(program.out);
  });

  it('prints a readable report', async () => {
    const { code, out } = await run(['path.carewealth.json'], dir);
    expect(code).toBe(0);
    expect(out[0]).toBe('Path map: 5 nodes, 4 ties');
    expect(out.some((l) => l.startsWith('C ') && l.includes('0.667'))).toBe(true);
    expect(out).toContain(
      'insights (' +
        out.filter((l) => l.startsWith('  ') && /^ {2}(bridge|gap|overstretch|summary) /.test(l)).length +
        '):',
    );
  });

  it('reports a missing file as a problem and bad options as usage errors', async () => {
    const missing = await run(['nope.carewealth.json'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('nope.carewealth.json');
    expect((await run(['path.carewealth.json', '--weighting', 'miles'], dir)).code).toBe(2);
    expect((await run([], dir)).code).toBe(2);
  });

  it('says when betweenness and closeness are estimates, from how many sources and ± how much', () => {
    const exact = analyzeMap(doc);
    expect(exact.pathEstimate).toBeNull();
    expect(formatReport(exact).some((l) => l.includes('estimated'))).toBe(false);
    const estimated: AnalysisResult = {
      ...exact,
      pathEstimate: {
        method: 'source sampling (Brandes–Pich pivots), stratified by component',
        sources: 2000,
        of: 200000,
        seed: 1,
        confidence: 0.95,
        betweenness: 0.00213,
        closeness: 0.000816,
      },
    };
    expect(formatReport(estimated)[1]).toBe(
      'betweenness and closeness estimated from 2,000 of 200,000 sources, ± 0.0021 (betweenness) and ± 0.00082 (closeness) at 95%; --exact computes them from every node',
    );
  });

  it('--exact is accepted and gives the exact values', async () => {
    const { code, out } = await run(['path.carewealth.json', '--json', '--exact'], dir);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n')) as AnalysisResult;
    expect(result.settings.exactPaths).toBe(true);
    expect(result.pathEstimate).toBeNull();
    expect(result.nodes.map((n) => n.betweenness)).toEqual([0, 0.5, 4 / 6, 0.5, 0]);
  });
});
