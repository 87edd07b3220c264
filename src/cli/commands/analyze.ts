// `carewealth analyze FILE [--json] [--exact]`: every node measure, the map-level figures, the cut
// points, the communities and every insight (and, on a personal map, where the centre's support is
// thin), as a readable report or as the stable JSON shape of src/analysis/analyze.ts
// (AnalysisResult, formatVersion 1) for scripts. The path pass runs on two cores when the command
// can start a thread (the AnalysisClient with this thread as the primary and a worker thread as
// the helper, as the app does with two Web Workers); on big maps betweenness and closeness are
// estimated from a sample of sources unless --exact is given, and both outputs say so.
// The analysis's own modules, not its index: the index also brings the comparison and the layouts
// (graphology and its layout code), which this command never runs but would load and compile.
import { type AnalysisResult, analyzeMap } from '../../analysis/analyze';
import { analyzeToEnd } from '../../analysis/client';
import { percent } from '../../analysis/figures';
import type { Weighting } from '../../analysis/graph';
import type { WorkerLike } from '../../analysis/protocol';
import { describeEstimate } from '../../analysis/sampling';
import { type AnalysisSettings, resolveSettings } from '../../analysis/settings';
import { createInlineWorker } from '../../analysis/workerCore';
import type { CareMap } from '../../model';
import { defineCommand, printUsage } from '../args';
import { oneMapGroup, readOneMap } from '../files';
import { headStart } from '../headStart';
import { ANALYZE } from '../registry';
import { type CliContext, EXIT } from '../types';

const WEIGHTINGS: readonly Weighting[] = ['none', 'hours', 'closeness'];

/**
 * Maps with at least this many nodes share the path pass with a second thread. Below it the
 * thread's start (about 0.1 s to load the command in it) costs more than it saves.
 */
const THREAD_FROM = 1000;

export const analyzeCommand = defineCommand(
  ANALYZE,
  {
    json: { type: 'boolean' },
    exact: { type: 'boolean' },
    weighting: { type: 'string' },
    seed: { type: 'string' },
  },
  async (parsed, ctx) => {
    const weighting = (parsed.values.weighting ?? 'none') as Weighting;
    if (!WEIGHTINGS.includes(weighting)) {
      printUsage(ANALYZE, ctx, `--weighting must be one of ${WEIGHTINGS.join(', ')}`);
      return EXIT.usage;
    }
    const seed = parsed.values.seed === undefined ? 1 : Number(parsed.values.seed);
    if (!Number.isInteger(seed)) {
      printUsage(ANALYZE, ctx, '--seed must be a whole number');
      return EXIT.usage;
    }
    const g = oneMapGroup(parsed.positionals, ANALYZE, ctx);
    if (g === undefined) return EXIT.usage;
    const settings = resolveSettings({ weighting, seed, exactPaths: parsed.values.exact === true });
    // The second thread starts now, and starts its share of the path pass as soon as a native
    // file's JSON has parsed (headStart.ts), while this thread validates it and builds the rest.
    const thread = ctx.startAnalysisThread?.();
    const early = thread === undefined ? undefined : headStart(thread, THREAD_FROM);
    let result: AnalysisResult;
    try {
      const loaded = await readOneMap(
        g,
        ctx,
        early === undefined ? {} : { onNativeValue: (raw) => early.start(raw, settings) },
      );
      if (loaded === undefined) return EXIT.failed;
      result = await analyzeOnCores(loaded.value, settings, early?.helper, ctx.progress);
    } finally {
      thread?.terminate();
    }
    // Indented for a person at a terminal; compact for a program (same keys, order and numbers).
    if (parsed.values.json === true) ctx.out(JSON.stringify(result, null, ctx.outIsTerminal === true ? 2 : undefined));
    else formatReport(result).forEach((line) => ctx.out(line));
    return EXIT.ok;
  },
);

/** The analysis on two cores when there is a helper thread and the map is big enough, else here. */
async function analyzeOnCores(
  doc: CareMap,
  settings: AnalysisSettings,
  helper: WorkerLike | undefined,
  progress: CliContext['progress'],
): Promise<AnalysisResult> {
  if (helper === undefined || doc.nodes.length < THREAD_FROM) return analyzeMap(doc, settings);
  const result = await analyzeToEnd(
    doc,
    settings,
    {
      createWorker: () => createInlineWorker({ replyAtOnce: true }),
      createHelper: () => helper,
      splitFrom: THREAD_FROM,
    },
    progress === undefined
      ? undefined
      : (done, total) =>
          progress(`betweenness and closeness: ${Math.floor((100 * done) / Math.max(1, total))}%`),
  );
  progress?.('');
  return result;
}

function num(x: number | null, digits = 3): string {
  return x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** The readable report: figures first, then the node table, then insights, then support findings. */
export function formatReport(r: AnalysisResult): string[] {
  const f = r.figures;
  const out: string[] = [];
  out.push(`${r.map.title}: ${r.map.nodes} nodes, ${r.map.ties} ties`);
  if (r.pathEstimate !== null) {
    out.push(
      `betweenness and closeness ${describeEstimate(r.pathEstimate)}; --exact computes them from every node`,
    );
  }
  out.push(
    `density ${num(f.density)} · ${f.components.count} component(s) ${f.components.sizes.length > 1 ? `(${f.components.sizes.join(', ')}) ` : ''}· average clustering ${num(f.averageClustering)} · ${r.communities.count} communities (modularity ${num(r.communities.modularity)})`,
  );
  out.push(
    `offering share: ${f.offering.offering} of ${f.offering.total} (${f.offering.percent}) give informal or gifted care (${f.offering.scope}); ${f.offering.nonCaregiving.length} do not`,
  );
  out.push(
    `strength mix: ${(['generative', 'engaged', 'inactive', 'unclassified'] as const).map((s) => `${s} ${percent(f.strengthMix[s].share)}`).join(' · ')} of ${f.strengthMix.total} ties`,
  );
  out.push(
    `reciprocity: ${f.reciprocity.reciprocated.count} of ${f.reciprocity.careTies} care ties answered (${percent(f.reciprocity.reciprocated.share)}); formal–informal ties: ${f.formalInformalTies.part.count}`,
  );
  if (f.careTypes.length > 0)
    out.push(`care types: ${f.careTypes.map((c) => `${c.label} ${c.count}`).join(' · ')}`);
  for (const t of f.teams)
    out.push(
      `team ${t.label}: embeddedness ${t.embeddedness}, ${t.strengthMix.total} ties, ${t.dormantTies.length} dormant`,
    );
  out.push('');
  const header = [
    'node',
    'degree',
    'hours',
    'between',
    'close',
    'eigen',
    'pagerank',
    'clust',
    'constr',
    'effsize',
    'core',
    'comm',
  ];
  out.push(
    ...table([
      header,
      ...r.nodes.map((n) => [
        n.label,
        num(n.degree),
        num(n.weightedDegree, 1),
        num(n.betweenness),
        num(n.closeness),
        num(n.eigenvector),
        num(n.pagerank),
        num(n.clustering),
        num(n.constraint),
        num(n.effectiveSize),
        num(n.coreNumber),
        num(n.community),
      ]),
    ]),
  );
  out.push('');
  out.push(`insights (${r.insights.length}):`);
  for (const i of r.insights) {
    const why = i.threshold === null ? '' : `  [${i.threshold.name} = ${i.threshold.value}]`;
    out.push(`  ${i.kind.padEnd(11)} ${i.sentence}${why}`);
  }
  if (r.support !== null) {
    out.push('');
    out.push(`support network of ${r.support.label} (${r.support.findings.length}):`);
    for (const f of r.support.findings) out.push(`  ${f.kind.padEnd(11)} ${f.sentence}`);
  }
  return out;
}
