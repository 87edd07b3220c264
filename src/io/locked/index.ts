// A file locked with a passphrase: the envelope a full backup is written in when the person asks
// for one (README.md beside this module documents it field by field). The content is encrypted with
// AES-GCM (256-bit key, 96-bit random IV, 128-bit tag) under a key derived from the passphrase with
// PBKDF2-HMAC-SHA-256 (600,000 iterations by default, OWASP's 2023 figure; a random 128-bit salt per
// file). The envelope's own fields are bound to the ciphertext as additional authenticated data, so
// changing the iteration count, salt or IV makes the file refuse to open rather than open wrongly.
// WebCrypto (`globalThis.crypto.subtle`) does the work, the same in browsers and in Node; where it
// is missing (a page not served from a secure origin) locking and unlocking say so. A wrong
// passphrase and a changed file cannot be told apart (that is what AES-GCM guarantees), and the
// message says both.
import { fail, isRecord, ok, problem, type Result } from '../../model';
import { formatBytes, parseJsonSafely } from '../guard';
import { MAX_FILE_BYTES } from '../types';

/** The `type` of a locked file. */
export const LOCKED_TYPE = 'carewealth-locked';
/** The envelope version this build writes and reads. */
export const LOCKED_VERSION = 1;
/** A locked full backup's file name ends so: the picker and `Open…` accept it like a native file. */
export const LOCKED_EXTENSION = '.locked.carewealth.json';
/** PBKDF2 iterations for new files. */
export const LOCK_ITERATIONS = 600_000;
/** Iterations a file may ask for: below this is too weak to trust, above it takes too long to try. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
/** Passphrases shorter than this are refused when locking (they can be guessed). */
export const MIN_PASSPHRASE_LENGTH = 8;
/** A locked file holds at most a full-size map in base64 (4/3 larger) plus its envelope. */
export const MAX_LOCKED_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BITS = 128;
const NOTE =
  'A Carewealth map locked with a passphrase. Open it with Open… in Carewealth and type the passphrase.';

/** The envelope as read from a file, checked field by field. */
export interface LockedEnvelope {
  readonly iterations: number;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: Uint8Array<ArrayBuffer>;
}

export interface LockOptions {
  readonly iterations?: number;
  /** Fills salt and IV; tests pass a fixed one. Defaults to crypto.getRandomValues. */
  readonly random?: (bytes: Uint8Array<ArrayBuffer>) => void;
}

function subtle(): SubtleCrypto | null {
  return globalThis.crypto?.subtle ?? null;
}

const NO_CRYPTO =
  'this browser cannot lock or unlock files here: it needs the page to be served securely (https or localhost)';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** What the ciphertext is bound to: every envelope field that decides how it is read. */
function associatedData(iterations: number, salt: string, iv: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    `${LOCKED_TYPE}/${LOCKED_VERSION}/AES-GCM-${TAG_BITS}/PBKDF2-SHA-256/${iterations}/${salt}/${iv}`,
  );
}

async function deriveKey(
  crypto: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  // NFC, so the same passphrase typed on two systems that compose accents differently opens the file.
  const secret = await crypto.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    secret,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** True when `bytes` look like a locked file (a JSON object whose `type` is LOCKED_TYPE). */
export function isLockedFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  return new RegExp(`^\\s*\\{[^]*"type"\\s*:\\s*"${LOCKED_TYPE}"`).test(head);
}

/**
 * Lock `plain` (a file's bytes) with `passphrase`: the envelope's bytes (pretty JSON). Rejects
 * only where the platform has no WebCrypto; a too-short passphrase is a problem, not an error.
 */
export async function lockFile(
  plain: Uint8Array,
  passphrase: string,
  options: LockOptions = {},
): Promise<Result<Uint8Array>> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return fail([problem('', `the passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`)]);
  }
  const crypto = subtle();
  if (crypto === null) return fail([problem('', NO_CRYPTO)]);
  const iterations = options.iterations ?? LOCK_ITERATIONS;
  const random = options.random ?? ((b: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(b));
  const salt = new Uint8Array(SALT_BYTES);
  const iv = new Uint8Array(IV_BYTES);
  random(salt);
  random(iv);
  const salt64 = toBase64(salt);
  const iv64 = toBase64(iv);
  const key = await deriveKey(crypto, passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.encrypt(
    { name: 'AES-GCM', iv, tagLength: TAG_BITS, additionalData: associatedData(iterations, salt64, iv64) },
    key,
    plain as Uint8Array<ArrayBuffer>,
  );
  const envelope = {
    type: LOCKED_TYPE,
    version: LOCKED_VERSION,
    note: NOTE,
    cipher: { name: 'AES-GCM', keyLength: 256, tagLength: TAG_BITS, iv: iv64 },
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: salt64 },
    data: toBase64(new Uint8Array(sealed)),
  };
  return ok(new TextEncoder().encode(`${JSON.stringify(envelope, null, 2)}\n`));
}

/** Read and check a locked file's envelope (not its content). Problems name the file. */
export function readLockedEnvelope(fileName: string, bytes: Uint8Array): Result<LockedEnvelope> {
  const where = { file: fileName };
  if (bytes.length > MAX_LOCKED_BYTES) {
    return fail([
      problem(
        '',
        `is ${formatBytes(bytes.length)}; locked files larger than ${formatBytes(MAX_LOCKED_BYTES)} cannot be opened`,
        where,
      ),
    ]);
  }
  const parsed = parseJsonSafely(new TextDecoder().decode(bytes), fileName);
  if (!parsed.ok) return parsed;
  const env = parsed.value;
  const damaged = (what: string) =>
    fail<LockedEnvelope>([
      problem(what, 'this locked file is damaged: ' + `${what} is missing or not valid`, where),
    ]);
  if (!isRecord(env) || env.type !== LOCKED_TYPE)
    return fail([problem('type', 'is not a locked Carewealth file', where)]);
  if (env.version !== LOCKED_VERSION) {
    return fail([
      problem(
        'version',
        `was locked by a newer Carewealth (envelope version ${String(env.version).slice(0, 20)}); this one reads version ${LOCKED_VERSION}`,
        where,
      ),
    ]);
  }
  const { cipher, kdf } = env;
  if (
    !isRecord(cipher) ||
    cipher.name !== 'AES-GCM' ||
    cipher.keyLength !== 256 ||
    cipher.tagLength !== TAG_BITS
  )
    return damaged('cipher');
  if (!isRecord(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return damaged('kdf');
  const iterations = kdf.iterations;
  if (
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  ) {
    return damaged('kdf.iterations');
  }
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : null;
  if (salt === null || salt.length < SALT_BYTES) return damaged('kdf.salt');
  const iv = typeof cipher.iv === 'string' ? fromBase64(cipher.iv) : null;
  if (iv === null || iv.length !== IV_BYTES) return damaged('cipher.iv');
  const data = typeof env.data === 'string' ? fromBase64(env.data) : null;
  if (data === null || data.length < TAG_BITS / 8) return damaged('data');
  return ok({ iterations, salt, iv, data });
}

/**
 * The content of a locked file, given its passphrase. A wrong passphrase (or a file changed after
 * it was locked) is a problem saying so; nothing else is touched. Never rejects.
 */
export async function unlockFile(
  fileName: string,
  bytes: Uint8Array,
  passphrase: string,
): Promise<Result<Uint8Array>> {
  const envelope = readLockedEnvelope(fileName, bytes);
  if (!envelope.ok) return envelope;
  const crypto = subtle();
  if (crypto === null) return fail([problem('', NO_CRYPTO, { file: fileName })]);
  const { iterations, salt, iv, data } = envelope.value;
  try {
    const key = await deriveKey(crypto, passphrase, salt, iterations, 'decrypt');
    const plain = await crypto.decrypt(
      {
        name: 'AES-GCM',
        iv,
        tagLength: TAG_BITS,
        additionalData: associatedData(iterations, toBase64(salt), toBase64(iv)),
      },
      key,
      data,
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail([
      problem('', 'the passphrase does not open this file (or the file was changed after it was locked)', {
        file: fileName,
      }),
    ]);
  }
}
