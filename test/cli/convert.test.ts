// `carewealth convert`: writes the output in the format of its extension, never overwrites
// without --force, and writes nothing when the input is bad.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { convertCommand } from '../../src/cli/commands/convert';
import { capture, tempDir } from './cliHarness';
import type { CareMap } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';
import { json, smallMap } from './fixtures';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

describe('convert', () => {
  it('writes a native copy whose document equals the input', async () => {
    await tmp.put('in.carewealth.json', json(smallMap()));
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.carewealth.json'], ctx)).toBe(0);
    const written = await readFile(path.join(tmp.dir, 'out.carewealth.json'), 'utf8');
    expect(JSON.parse(written)).toEqual(smallMap());
    expect(ctx.stdout).toEqual([
      `wrote out.carewealth.json  (${(Buffer.byteLength(written) / 1000).toFixed(1)} kB)`,
    ]);
    expect(ctx.stderr).toEqual([]);
  });

  it('refuses to overwrite an existing file unless --force is given', async () => {
    await tmp.put('in.carewealth.json', json(smallMap()));
    const target = await tmp.put('out.carewealth.json', 'keep me');
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stderr).toEqual(['refusing to overwrite out.carewealth.json (use --force)']);
    expect(await readFile(target, 'utf8')).toBe('keep me');

    const forced = capture(tmp.dir);
    expect(await convertCommand.run(['--force', 'in.carewealth.json', 'out.carewealth.json'], forced)).toBe(
      0,
    );
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual(smallMap());
  });

  it('resolves relative paths from the working directory and writes into the folder named in OUT', async () => {
    await tmp.put('in.carewealth.json', json(smallMap()));
    const ctx = capture('/');
    const out = path.join(tmp.dir, 'copy.carewealth.json');
    expect(await convertCommand.run([path.join(tmp.dir, 'in.carewealth.json'), out], ctx)).toBe(0);
    expect(await exists(out)).toBe(true);
    expect(ctx.stderr).toEqual([]);
  });

  it('writes nothing when the input is invalid', async () => {
    await tmp.put('in.carewealth.json', '{"type": "carewealth"');
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stderr[0]).toBe('FAIL  in.carewealth.json');
    expect(await exists(path.join(tmp.dir, 'out.carewealth.json'))).toBe(false);
  });

  it('fails without writing when the output extension names no format', async () => {
    await tmp.put('in.carewealth.json', json(smallMap()));
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.docx'], ctx)).toBe(1);
    expect(ctx.stderr.length).toBeGreaterThan(0);
    expect(await exists(path.join(tmp.dir, 'out.docx'))).toBe(false);
  });

  it('says on stderr what the output format will leave out, and writes the file', async () => {
    await tmp.put('in.carewealth.json', json({ ...smallMap(), meta: { ...smallMap().meta, description: 'Mrs A. and her helpers' } }));
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.csv'], ctx)).toBe(0);
    expect(ctx.stderr).toEqual([
      'note: out.csv (CSV (nodes + ties)) will leave out:',
      "  - the map's title (it will be named after the file)",
      "  - the map's description",
      '  write a .carewealth.json file to keep everything',
    ]);
    expect(await exists(path.join(tmp.dir, 'out-nodes.csv'))).toBe(true);
    const gexf = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'out.gexf'], gexf)).toBe(0);
    expect(gexf.stderr).toEqual([]);
  });

  it('exits 2 unless given exactly IN and OUT', async () => {
    const ctx = capture(tmp.dir);
    expect(await convertCommand.run(['only-one.gexf'], ctx)).toBe(2);
    expect(ctx.stderr[0]).toBe('carewealth convert: needs exactly one input and one output');
    expect(await convertCommand.run(['a', 'b', 'c'], capture(tmp.dir))).toBe(2);
  });

  it('--share writes a copy to share by the app’s rule: initials, no one without consent, no homes', async () => {
    const doc = makeMap(
      [
        person('maud', 'Maud Ellis', {
          consent: { status: 'given' },
          location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' },
          careNeeded: ['meals'],
        }),
        person('ann', 'Mrs A.', { consent: { status: 'withdrawn' } }),
      ],
      [tie('t1', 'maud', 'ann')],
      'Larkspur Green',
    );
    await tmp.put('in.carewealth.json', json(doc));
    const ctx = capture(tmp.dir);
    const args = ['in.carewealth.json', 'out.carewealth.json', '--share', '--without-consent', 'leave_out'];
    expect(await convertCommand.run(args, ctx)).toBe(0);
    const copy = JSON.parse(await readFile(path.join(tmp.dir, 'out.carewealth.json'), 'utf8')) as CareMap;
    // lat: floor((51.5412 + 90) / 0.005) = 28308 → 51.5425; lng: floor(179.9447 / 0.008) = 22493 → -0.052
    expect(copy.nodes).toEqual([
      expect.objectContaining({
        id: 'n1',
        label: 'M.E.',
        careNeeded: [],
        location: { lat: 51.5425, lng: -0.052, privacy: 'approximate' },
      }),
    ]);
    expect(copy.ties).toEqual([]);

    const byDefault = capture(tmp.dir);
    expect(await convertCommand.run(['in.carewealth.json', 'default.csv', '--share'], byDefault)).toBe(0);
    const nodes = await readFile(path.join(tmp.dir, 'default-nodes.csv'), 'utf8');
    expect(nodes).toContain('A neighbour');
    expect(nodes).not.toMatch(/Maud|Mrs A\./);
  });

  it('--without-consent needs --share and one of its three values', async () => {
    await tmp.put('in.carewealth.json', json(smallMap()));
    for (const args of [
      ['in.carewealth.json', 'out.carewealth.json', '--without-consent', 'role'],
      ['in.carewealth.json', 'out.carewealth.json', '--share', '--without-consent', 'hide'],
    ]) {
      const ctx = capture(tmp.dir);
      expect(await convertCommand.run(args, ctx)).toBe(2);
      expect(ctx.stderr[0]).toBe(
        'carewealth convert: --without-consent goes with --share and is one of neighbour, role, leave_out',
      );
    }
    expect(await exists(path.join(tmp.dir, 'out.carewealth.json'))).toBe(false);
  });
});
