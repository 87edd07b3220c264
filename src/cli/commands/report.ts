// `carewealth report FILE [--from SNAPSHOT] [--to SNAPSHOT] --out report.pdf`: the evaluation
// report (src/report/evaluation.ts) of a native map, from one of its snapshots (by default the
// earliest) to another (by default the map as it is now), written as a PDF by the same code as
// the app's. People are named by initials unless --names is given; --note SECTION=TEXT puts a
// narrative note beside a section. Existing files are never overwritten unless --force is given.
// Its name and usage are in ../registry.ts.
import { access, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { ComparedState } from '../../analysis';
import { type CareMap, findSnapshot, formatProblem } from '../../model';
import {
  EVALUATION_SECTIONS,
  type EvaluationSection,
  type FontFiles,
  NOTO_SANS_FILES,
  writeEvaluationReport,
} from '../../report';
import { defineCommand, printUsage } from '../args';
import { groupFileArgs, readOneMap } from '../files';
import { REPORT } from '../registry';
import { type CliContext, EXIT } from '../types';
import { snapshotAsState } from './diff';

/** Noto Sans as installed with the app (the files the browser bundles). */
async function readFonts(): Promise<FontFiles> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));
  const read = (names: readonly string[]) =>
    Promise.all(names.map(async (n) => new Uint8Array(await readFile(path.join(dir, n)))));
  return { regular: await read(NOTO_SANS_FILES.regular), bold: await read(NOTO_SANS_FILES.bold) };
}

function side(
  doc: CareMap,
  ref: string | undefined,
  file: string,
  fallback: 'first' | 'now',
  ctx: CliContext,
): ComparedState | undefined {
  if (ref === undefined) {
    const first = [...doc.snapshots].sort((x, y) =>
      x.takenAt < y.takenAt ? -1 : x.takenAt > y.takenAt ? 1 : 0,
    )[0];
    if (fallback === 'first' && first !== undefined) return snapshotAsState(doc, first, file);
    if (fallback === 'first') {
      ctx.err(`FAIL  ${file}: the map holds no snapshot to start from; take one in the app, or give --from`);
      return undefined;
    }
    return { doc, label: 'Now', date: doc.meta.updatedAt.slice(0, 10), source: file };
  }
  const found = findSnapshot(doc, ref);
  if (!found.ok) {
    ctx.err(`FAIL  ${file}#${ref}`);
    for (const p of found.problems) ctx.err(`  ${formatProblem(p)}`);
    return undefined;
  }
  return snapshotAsState(doc, found.value, file);
}

export const reportCommand = defineCommand(
  REPORT,
  {
    out: { type: 'string', short: 'o' },
    from: { type: 'string' },
    to: { type: 'string' },
    names: { type: 'boolean' },
    note: { type: 'string', multiple: true },
    force: { type: 'boolean', short: 'f' },
  },
  async (parsed, ctx) => {
    const [file, ...extra] = parsed.positionals;
    const out = parsed.values.out as string | undefined;
    if (file === undefined || extra.length > 0 || out === undefined) {
      printUsage(REPORT, ctx, 'needs one map file and --out');
      return EXIT.usage;
    }
    const notes: Partial<Record<EvaluationSection, string>> = {};
    for (const n of (parsed.values.note as unknown as string[] | undefined) ?? []) {
      const at = n.indexOf('=');
      const id = n.slice(0, Math.max(0, at));
      if (at <= 0 || !EVALUATION_SECTIONS.some((s) => s.id === id)) {
        printUsage(
          REPORT,
          ctx,
          `--note takes SECTION=TEXT with SECTION one of ${EVALUATION_SECTIONS.map((s) => s.id).join(', ')}, not "${n}"`,
        );
        return EXIT.usage;
      }
      notes[id as EvaluationSection] = n.slice(at + 1);
    }
    const target = path.resolve(ctx.cwd, out);
    if (
      parsed.values.force !== true &&
      (await access(target).then(
        () => true,
        () => false,
      ))
    ) {
      ctx.err(`refusing to overwrite ${out} (use --force)`);
      return EXIT.failed;
    }
    const [group] = groupFileArgs([file]);
    if (group === undefined) return EXIT.usage;
    const loaded = await readOneMap(group, ctx);
    if (loaded === undefined) return EXIT.failed;
    const doc = loaded.value;
    const a = side(doc, parsed.values.from as string | undefined, file, 'first', ctx);
    const b =
      a === undefined ? undefined : side(doc, parsed.values.to as string | undefined, file, 'now', ctx);
    if (a === undefined || b === undefined) return EXIT.failed;
    const bytes = await writeEvaluationReport(
      {
        a,
        b,
        records: doc,
        notes,
        labelMode: parsed.values.names === true ? 'names' : 'initials',
        date: new Date().toISOString().slice(0, 10),
      },
      await readFonts(),
    );
    await writeFile(target, bytes);
    ctx.out(`wrote ${out}: ${a.label} → ${b.label}, ${bytes.length.toLocaleString('en-GB')} bytes`);
    return EXIT.ok;
  },
);
