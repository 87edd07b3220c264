// `carewealth diff A B [--json]`: what changed between two states of a map. A and B are files
// (any format the app reads; a CSV pair as nodes.csv,ties.csv) or `FILE#SNAPSHOT`, a snapshot
// inside a native file named by id or by name. Prints a readable summary (the findings in
// sentences, the indicators side by side, the possible matches to confirm), or with --json the
// stable DiffResult of src/analysis/compare (formatVersion 1; documented in
// src/analysis/compare/README.md). Self-contained: registry.ts only names and loads it.
import { existsSync } from 'node:fs';
import path from 'node:path';

import {
  type ComparedState,
  type ConfirmedMatch,
  diffMaps,
  type DiffResult,
  formatNumber,
  indicatorChange,
  indicatorValue,
} from '../../analysis';
import {
  type CareMap,
  findSnapshot,
  formatProblem,
  labelOf,
  type Snapshot,
  SNAPSHOT_EVENTS,
  snapshotEvent,
  snapshotState,
} from '../../model';
import { defineCommand, printUsage } from '../args';
import { groupFileArgs, readOneMap } from '../files';
import { DIFF } from '../registry';
import { type CliContext, EXIT } from '../types';

const BETWEENNESS = ['auto', 'always', 'never'] as const;

export const diffCommand = defineCommand(
  DIFF,
  {
    json: { type: 'boolean' },
    match: { type: 'string', multiple: true },
    betweenness: { type: 'string' },
  },
  async (parsed, ctx) => {
    const [first, second, ...extra] = parsed.positionals;
    if (first === undefined || second === undefined || extra.length > 0) {
      printUsage(DIFF, ctx, 'needs exactly two states, A and B');
      return EXIT.usage;
    }
    const betweenness = (parsed.values.betweenness ?? 'auto') as (typeof BETWEENNESS)[number];
    if (!BETWEENNESS.includes(betweenness)) {
      printUsage(DIFF, ctx, `--betweenness must be one of ${BETWEENNESS.join(', ')}`);
      return EXIT.usage;
    }
    const matches = (parsed.values.match as unknown as string[] | undefined) ?? [];
    const confirmed: ConfirmedMatch[] = [];
    for (const m of matches) {
      const [a, b, ...rest] = m.split('=');
      if (a === undefined || b === undefined || a === '' || b === '' || rest.length > 0) {
        printUsage(DIFF, ctx, `--match takes A_ID=B_ID, not "${m}"`);
        return EXIT.usage;
      }
      confirmed.push({ a, b });
    }
    const a = await readState(first, ctx);
    if (a === undefined) return EXIT.failed;
    const b = await readState(second, ctx);
    if (b === undefined) return EXIT.failed;
    const result = diffMaps(a, b, { confirmed, betweenness });
    if (parsed.values.json === true) ctx.out(JSON.stringify(result, null, 2));
    else formatDiff(result).forEach((line) => ctx.out(line));
    return EXIT.ok;
  },
);

/** `FILE#SNAPSHOT` split at its last `#`, unless the whole argument names a file that exists. */
export function splitStateArg(arg: string, cwd: string): { file: string; snapshot: string | null } {
  const at = arg.lastIndexOf('#');
  if (at <= 0 || existsSync(path.resolve(cwd, arg))) return { file: arg, snapshot: null };
  return { file: arg.slice(0, at), snapshot: arg.slice(at + 1) };
}

/** Read one side: a whole map, or one of its snapshots read as the map it was. */
async function readState(arg: string, ctx: CliContext): Promise<ComparedState | undefined> {
  const { file, snapshot } = splitStateArg(arg, ctx.cwd);
  const [group] = groupFileArgs([file]);
  if (group === undefined) return undefined;
  const loaded = await readOneMap(group, ctx);
  if (loaded === undefined) return undefined;
  const doc = loaded.value;
  if (snapshot === null) {
    return { doc, label: doc.meta.title, date: doc.meta.updatedAt.slice(0, 10), source: file };
  }
  const found = findSnapshot(doc, snapshot);
  if (!found.ok) {
    ctx.err(`FAIL  ${arg}`);
    for (const p of found.problems) ctx.err(`  ${formatProblem(p)}`);
    return undefined;
  }
  return snapshotAsState(doc, found.value, file);
}

/** A snapshot of a map read from `file` as one side of a comparison. */
export function snapshotAsState(doc: CareMap, s: Snapshot, file: string): ComparedState {
  return {
    doc: snapshotState(doc, s),
    label: s.label,
    date: s.takenAt,
    event: snapshotEvent(s),
    source: `${file}#${s.id}`,
  };
}

// ---------------------------------------------------------------- the readable summary

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function describeState(side: DiffResult['a']): string {
  const when = [
    side.event === null ? '' : labelOf(SNAPSHOT_EVENTS, side.event).toLowerCase(),
    side.date ?? '',
  ]
    .filter((x) => x !== '')
    .join(', ');
  const date = when === '' ? '' : ` (${when})`;
  const source = side.source === null ? '' : ` — ${side.source}`;
  return `${side.label}${date}${source}: ${side.nodes} nodes, ${side.ties} ties`;
}

const REASONS: Record<string, string> = {
  'same-id-other-node': 'same id, but another label and kind',
  'several-candidates': 'one of several with this label',
  'same-label-other-kind': 'same label, another kind',
  'similar-label': 'similar label',
};

/** The readable summary: the two states, what matched, the findings, the indicators, what to confirm. */
export function formatDiff(r: DiffResult): string[] {
  const out: string[] = [];
  const c = r.changes;
  out.push(`A: ${describeState(r.a)}`);
  out.push(`B: ${describeState(r.b)}`);
  const m = r.matching;
  out.push(
    `matched: ${m.byId} by id, ${m.byLabel} by label and kind, ${m.confirmed} confirmed; ${m.uncertain.length}${m.uncertainTruncated ? '+' : ''} possible match${m.uncertain.length === 1 ? '' : 'es'} to confirm`,
  );
  out.push(
    `nodes: +${c.nodes.added.length} −${c.nodes.removed.length}, ${c.nodes.changed.length} changed · ties: +${c.ties.added.length} −${c.ties.removed.length}, ${c.ties.changed.length} changed`,
  );
  out.push('');
  out.push('What changed:');
  for (const f of r.findings) out.push(`  - ${f.sentence}`);
  out.push('');
  const p = r.indicators.personal;
  if (r.indicators.scope === 'personal' && p !== null) {
    out.push(`Indicators around ${p.centre.label} (domain §7.4):`);
    const i = p.informal;
    out.push(
      ...table([
        ['indicator', 'before', 'after'],
        [
          'relationships stronger / new meaningful ties',
          '',
          `${p.relationships.stronger.length} / ${p.relationships.newMeaningful.length}`,
        ],
        [
          'informal share of care received',
          indicatorValue(i.before.informalShare, 'share'),
          indicatorValue(i.after.informalShare, 'share'),
        ],
        [
          'informal / formal givers',
          `${i.before.informalGivers} / ${i.before.formalGivers}`,
          `${i.after.informalGivers} / ${i.after.formalGivers}`,
        ],
        ['paid care added', '', i.paidCare.replace(/-/g, ' ')],
        [
          'share from the top giver',
          indicatorValue(p.load.before.topGiverShare, 'share'),
          indicatorValue(p.load.after.topGiverShare, 'share'),
        ],
        [
          'load concentration',
          formatNumber(p.load.before.concentration),
          formatNumber(p.load.after.concentration),
        ],
      ]).map((l) => `  ${l}`),
    );
  } else {
    out.push('Indicators (domain §3.6):');
    out.push(
      ...table([
        ['figure', 'before', 'after', 'change'],
        ...r.indicators.community.map((row) => [
          row.label,
          indicatorValue(row.before, row.unit),
          indicatorValue(row.after, row.unit),
          row.change === null ? '–' : indicatorChange(row.change, row.unit),
        ]),
      ]).map((l) => `  ${l}`),
    );
  }
  const w = r.waves;
  out.push('');
  out.push(
    `Waves: connected pairs kept ${w.ties.kept}, gained ${w.ties.gained}, lost ${w.ties.lost}; Jaccard ${w.jaccard === null ? '–' : formatNumber(w.jaccard)}; Hamming ${w.hamming}; Spearman of degree ${w.degreeSpearman === null ? '–' : formatNumber(w.degreeSpearman)}, of betweenness ${w.betweennessSpearman === null ? `– (${w.betweennessSkipped ?? 'not defined'})` : formatNumber(w.betweennessSpearman)}`,
  );
  if (m.uncertain.length > 0) {
    out.push('');
    out.push(
      `Possible matches, not applied (confirm with --match A_ID=B_ID)${m.uncertainTruncated ? ', the first 1,000' : ''}:`,
    );
    for (const u of m.uncertain)
      out.push(
        `  ${u.a} "${u.aLabel}" (${u.aKind}) = ${u.b} "${u.bLabel}" (${u.bKind}): ${REASONS[u.reason] ?? u.reason}`,
      );
  }
  if (m.refused.length > 0) {
    out.push('');
    out.push('Matches not applied:');
    for (const x of m.refused) out.push(`  ${x.a}=${x.b}: ${x.reason}`);
  }
  return out;
}
