// `carewealth report`: the evaluation report of the over-time sample written as a PDF, from its
// earliest snapshot by default; refusals (no --out, an unknown snapshot, a bad note, an existing
// file without --force). What the report says is tested in test/report/evaluation.test.ts.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli/main';
import { REPORT_NOTE_SECTIONS } from '../../src/cli/registry';
import { EVALUATION_SECTIONS } from '../../src/report';
import { capture, tempDir } from './cliHarness';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'sample-maps', 'larkspur-green-over-time.carewealth.json');

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir();
  copyFileSync(SAMPLE, path.join(dir.dir, 'larkspur.carewealth.json'));
});
afterEach(async () => {
  await dir.cleanup();
});

describe('carewealth report', () => {
  it('lists in its usage exactly the sections the report has', () => {
    expect([...REPORT_NOTE_SECTIONS]).toEqual(EVALUATION_SECTIONS.map((s) => s.id));
  });

  it('writes a PDF from the earliest snapshot to the map as it is', { timeout: 90_000 }, async () => {
    const ctx = capture(dir.dir);
    const code = await runCli(['report', 'larkspur.carewealth.json', '--out', 'report.pdf', '--note', 'changes=Formative.'], ctx);
    expect(ctx.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(ctx.stdout[0]).toMatch(/^wrote report\.pdf: Launch workshop → Now, [\d,]+ bytes$/);
    expect(new TextDecoder().decode(readFileSync(path.join(dir.dir, 'report.pdf')).subarray(0, 5))).toBe('%PDF-');
  });

  it('refuses what it cannot do', async () => {
    const noOut = capture(dir.dir);
    expect(await runCli(['report', 'larkspur.carewealth.json'], noOut)).toBe(2);
    const badNote = capture(dir.dir);
    expect(await runCli(['report', 'larkspur.carewealth.json', '--out', 'r.pdf', '--note', 'nowhere=x'], badNote)).toBe(2);
    const unknown = capture(dir.dir);
    expect(await runCli(['report', 'larkspur.carewealth.json', '--out', 'r.pdf', '--from', 'Spring fair'], unknown)).toBe(1);
    expect(unknown.stderr.join('\n')).toContain('no snapshot "Spring fair"');
    writeFileSync(path.join(dir.dir, 'taken.pdf'), 'keep me');
    const clash = capture(dir.dir);
    expect(await runCli(['report', 'larkspur.carewealth.json', '--out', 'taken.pdf'], clash)).toBe(1);
    expect(clash.stderr).toEqual(['refusing to overwrite taken.pdf (use --force)']);
    expect(readFileSync(path.join(dir.dir, 'taken.pdf'), 'utf8')).toBe('keep me');
  });
});
