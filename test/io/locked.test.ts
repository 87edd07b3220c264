// Locked files (src/io/locked). The envelope is checked against Node's own crypto module
// (node:crypto's pbkdf2 and aes-256-gcm), an implementation independent of the WebCrypto calls
// the module makes, following the envelope as its README documents it.
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  isLockedFile,
  LOCK_ITERATIONS,
  lockFile,
  LOCKED_TYPE,
  readLockedEnvelope,
  unlockFile,
} from '../../src/io/locked';
import { serializeNative } from '../../src/io';
import { makeMap, person } from '../helpers/build';

const PASS = 'correct horse battery staple';
const plain = new TextEncoder().encode(serializeNative(makeMap([person('ada', 'Ada Lovelace')], [], 'Larkspur Green')));

async function locked(passphrase = PASS): Promise<Uint8Array> {
  const result = await lockFile(plain, passphrase);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
type Envelope = {
  type: string;
  version: number;
  note: string;
  cipher: { name: string; keyLength: number; tagLength: number; iv: string };
  kdf: { name: string; hash: string; iterations: number; salt: string };
  data: string;
};
const envelopeOf = (bytes: Uint8Array) => JSON.parse(text(bytes)) as Envelope;
const encode = (env: Envelope) => new TextEncoder().encode(JSON.stringify(env));

describe('locked files', () => {
  it('write the documented envelope, which Node’s own crypto opens with the passphrase', async () => {
    const env = envelopeOf(await locked());
    expect(env.type).toBe(LOCKED_TYPE);
    expect(env.version).toBe(1);
    expect(env.cipher).toMatchObject({ name: 'AES-GCM', keyLength: 256, tagLength: 128 });
    expect(env.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(LOCK_ITERATIONS).toBe(600_000);
    const salt = Buffer.from(env.kdf.salt, 'base64');
    const iv = Buffer.from(env.cipher.iv, 'base64');
    expect(salt.length).toBe(16);
    expect(iv.length).toBe(12);
    // The plaintext does not show through.
    expect(text(await locked())).not.toContain('Ada Lovelace');

    const key = pbkdf2Sync(Buffer.from(PASS, 'utf8'), salt, env.kdf.iterations, 32, 'sha256');
    const data = Buffer.from(env.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(`carewealth-locked/1/AES-GCM-128/PBKDF2-SHA-256/600000/${env.kdf.salt}/${env.cipher.iv}`));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const opened = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    expect(opened.toString('utf8')).toBe(text(plain));
  });

  it('open with the right passphrase to exactly the bytes that were locked', async () => {
    const result = await unlockFile('backup.locked.carewealth.json', await locked(), PASS);
    expect(result.ok && text(result.value)).toBe(text(plain));
  });

  it('say plainly when the passphrase is wrong', async () => {
    const result = await unlockFile('backup.locked.carewealth.json', await locked(), 'correct horse battery stapler');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          path: '',
          message: 'the passphrase does not open this file (or the file was changed after it was locked)',
          severity: 'error',
          file: 'backup.locked.carewealth.json',
        },
      ]);
    }
  });

  it('refuse a file whose ciphertext or envelope was changed, even with the right passphrase', async () => {
    const env = envelopeOf(await locked());
    const data = Buffer.from(env.data, 'base64');
    data[0]! ^= 1;
    const flipped = await unlockFile('f', encode({ ...env, data: data.toString('base64') }), PASS);
    expect(flipped.ok).toBe(false);
    // Fewer iterations (a downgrade) is bound to the ciphertext as associated data.
    const weaker = await unlockFile('f', encode({ ...env, kdf: { ...env.kdf, iterations: 100_000 } }), PASS);
    expect(weaker.ok).toBe(false);
  });

  it('refuse a passphrase shorter than eight characters when locking', async () => {
    const result = await lockFile(plain, 'short');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toBe('the passphrase must be at least 8 characters');
  });

  it('normalise the passphrase, so composed and decomposed accents open the same file', async () => {
    const file = await locked('café au lait'.normalize('NFC'));
    const result = await unlockFile('f', file, 'café au lait'.normalize('NFD'));
    expect(result.ok).toBe(true);
  });

  it('name what is damaged in an envelope, and refuse weak or absurd settings before any work', async () => {
    const env = envelopeOf(await locked());
    const cases: [Envelope, string][] = [
      [{ ...env, kdf: { ...env.kdf, iterations: 1000 } }, 'kdf.iterations'],
      [{ ...env, kdf: { ...env.kdf, iterations: 1e9 } }, 'kdf.iterations'],
      [{ ...env, kdf: { ...env.kdf, salt: 'not base64!' } }, 'kdf.salt'],
      [{ ...env, cipher: { ...env.cipher, iv: 'AAAA' } }, 'cipher.iv'],
      [{ ...env, cipher: { ...env.cipher, name: 'AES-CBC' } }, 'cipher'],
      [{ ...env, data: '' }, 'data'],
    ];
    for (const [bad, path] of cases) {
      const read = readLockedEnvelope('f', encode(bad));
      expect(read.ok, path).toBe(false);
      if (!read.ok) expect(read.problems[0]).toMatchObject({ path, message: `this locked file is damaged: ${path} is missing or not valid` });
    }
    const newer = readLockedEnvelope('f', encode({ ...env, version: 2 }));
    expect(!newer.ok && newer.problems[0]?.message).toBe(
      'was locked by a newer Carewealth (envelope version 2); this one reads version 1',
    );
    const truncated = readLockedEnvelope('f', (await locked()).subarray(0, 100));
    expect(truncated.ok).toBe(false);
  });

  it('are told apart from other files by their content', async () => {
    expect(isLockedFile(await locked())).toBe(true);
    expect(isLockedFile(plain)).toBe(false);
    expect(isLockedFile(new TextEncoder().encode('{"elements": [], "note": "type carewealth-locked"}'))).toBe(false);
    expect(isLockedFile(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(false);
  });
});
