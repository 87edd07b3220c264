// `carewealth convert IN OUT [--force] [--share [--without-consent neighbour|role|leave_out]]`:
// read a map in any supported format and write it in the format named by OUT's extension. A CSV
// pair in or out is two files. Existing files are never overwritten unless --force is given, and
// nothing is written when any output would clash. What the output format cannot hold is listed on
// stderr before writing (io's exportLosses). `--share` writes a copy to share instead, by the
// same rule as the app (model `shareMap`): people by initials, people without consent as
// "A neighbour" (or as `--without-consent` says), no exact homes, no health needs.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { exportLosses, formatForWriting, writeMapFile } from '../../io';
import { DEFAULT_SHARE_OPTIONS, formatProblem, shareMap, WITHOUT_CONSENT_CHOICES } from '../../model';
import { defineCommand, printUsage } from '../args';
import { formatBytes, oneMapGroup, readOneMap } from '../files';
import { CONVERT } from '../registry';
import { EXIT } from '../types';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export const convertCommand = defineCommand(
  CONVERT,
  {
    force: { type: 'boolean', short: 'f' },
    share: { type: 'boolean' },
    'without-consent': { type: 'string' },
  },
  async (parsed, ctx) => {
    const [input, output, ...rest] = parsed.positionals;
    if (input === undefined || output === undefined || rest.length > 0) {
      printUsage(CONVERT, ctx, 'needs exactly one input and one output');
      return EXIT.usage;
    }
    const withoutConsent = WITHOUT_CONSENT_CHOICES.find((c) => c.id === parsed.values['without-consent']);
    if (
      parsed.values['without-consent'] !== undefined &&
      (withoutConsent === undefined || parsed.values.share !== true)
    ) {
      printUsage(
        CONVERT,
        ctx,
        '--without-consent goes with --share and is one of neighbour, role, leave_out',
      );
      return EXIT.usage;
    }
    const g = oneMapGroup([input], CONVERT, ctx, 'needs exactly one input map');
    if (g === undefined) return EXIT.usage;
    const result = await readOneMap(g, ctx);
    if (result === undefined) return EXIT.failed;
    for (const w of result.warnings) ctx.out(`warning: ${formatProblem(w)}`);

    const doc =
      parsed.values.share === true
        ? shareMap(result.value, {
            ...DEFAULT_SHARE_OPTIONS,
            ...(withoutConsent ? { withoutConsent: withoutConsent.id } : {}),
          }).doc
        : result.value;
    const target = formatForWriting(path.basename(output));
    const losses = target === undefined ? [] : exportLosses(doc, target.id);
    if (losses.length > 0) {
      ctx.err(`note: ${output} (${target?.label ?? ''}) will leave out:`);
      for (const l of losses) ctx.err(`  - ${l.message}`);
      ctx.err('  write a .carewealth.json file to keep everything');
    }
    const written = writeMapFile(doc, path.basename(output));
    if (!written.ok) {
      for (const p of written.problems) ctx.err(formatProblem(p));
      return EXIT.failed;
    }
    const outDir = path.dirname(output);
    const targets = written.value.map((f) => ({ file: f, shown: path.join(outDir, f.name) }));
    if (parsed.values.force !== true) {
      const clashes: string[] = [];
      for (const t of targets) if (await exists(path.resolve(ctx.cwd, t.shown))) clashes.push(t.shown);
      if (clashes.length > 0) {
        for (const c of clashes) ctx.err(`refusing to overwrite ${c} (use --force)`);
        return EXIT.failed;
      }
    }
    for (const t of targets) {
      try {
        await writeFile(path.resolve(ctx.cwd, t.shown), t.file.bytes);
      } catch (error) {
        ctx.err(`${t.shown}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
        return EXIT.failed;
      }
      ctx.out(`wrote ${t.shown}  (${formatBytes(t.file.bytes.byteLength)})`);
    }
    return EXIT.ok;
  },
);
