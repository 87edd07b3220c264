// Reading the zip container of an XLSX workbook without trusting it. The central directory is read
// first, so every part's declared sizes are known before a byte is inflated: a workbook is refused
// when the parts it needs would unpack to more than the limit, or when one of them claims a
// compression ratio no spreadsheet reaches (a zip bomb). Parts are then inflated as a stream, in
// small steps, counting what actually comes out, so a zip whose entries lie about their size is
// stopped at the first step past the lie rather than after gigabytes. Inflating is fflate's
// (the same in the browser and in Node); this module only reads the zip's own records.
import { Inflate } from 'fflate';

/** One file inside the zip, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the entry declares once inflated (checked while inflating). */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly headerOffset: number;
  readonly encrypted: boolean;
}

/**
 * A problem with the container itself: the caller turns it into a problem naming the file.
 * `refusal` marks a zip refused for its size (a bomb) rather than one that is broken.
 */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly refusal = false,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (
    ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) +
    (b[at + 3] as number) * 0x1000000
  );
}

/** A 64-bit little-endian size; zips over 2^53 bytes are not workbooks. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/**
 * The entries of a zip, from its central directory (ZIP64 records understood). Throws ZipError
 * when the bytes are not a zip or its records point outside the file, or when it lists more than
 * `maxEntries` entries (before reading them all).
 */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('it is not a zip file (no end of central directory)');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const record = u64(bytes, end - 12);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD)
      throw new ZipError('its ZIP64 record is broken');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > maxEntries)
    throw new ZipError(`it holds more than ${maxEntries.toLocaleString('en-GB')} parts`, true);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw new ZipError('its central directory is broken');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length)
      throw new ZipError('its central directory is broken');
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    let headerOffset = u32(bytes, at + 42);
    // ZIP64 extra field: the 64-bit values of whichever fields above are 0xFFFFFFFF, in this order.
    if (size === FULL32 || compressedSize === FULL32 || headerOffset === FULL32) {
      const extra = zip64Extra(bytes, at + 46 + nameLength, extraLength);
      let k = 0;
      const next = () => {
        if (extra === null || k + 8 > extra.length) throw new ZipError('its ZIP64 sizes are missing');
        const v = u64(extra, k);
        k += 8;
        return v;
      };
      if (size === FULL32) size = next();
      if (compressedSize === FULL32) compressedSize = next();
      if (headerOffset === FULL32) headerOffset = next();
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize,
      size,
      headerOffset,
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zip64Extra(bytes: Uint8Array, start: number, length: number): Uint8Array | null {
  for (let at = start; at + 4 <= start + length;) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 1) return bytes.subarray(at + 4, Math.min(at + 4 + size, start + length));
    at += 4 + size;
  }
  return null;
}

/** The compressed bytes of an entry (after its local header). */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw new ZipError(`the part "${entry.name}" is broken`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new ZipError(`the part "${entry.name}" is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Compressed bytes handed to the inflater at a time: at most about 64 MB can come out of one step. */
const STEP = 64 * 1024;

/**
 * Inflate one entry as a stream, handing each piece to `sink`. Throws ZipError as soon as more
 * comes out than the entry declared or than `budget.left` allows (the budget is shared by the
 * parts of one workbook and shrinks as they are read), so a lying entry costs at most one step.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: { left: number; readonly limit: string },
  sink: (piece: Uint8Array) => void,
): void {
  if (entry.encrypted)
    throw new ZipError(`the part "${entry.name}" is encrypted (a password-protected workbook)`);
  const data = entryData(bytes, entry);
  let produced = 0;
  // What the sink throws (the XML scanner's and the reader's own refusals) passes through as it is.
  let fromSink: unknown;
  const take = (piece: Uint8Array) => {
    produced += piece.length;
    if (produced > entry.size) {
      throw new ZipError(
        `the part "${entry.name}" unpacks to more than the ${entry.size.toLocaleString('en-GB')} bytes its zip entry declares`,
        true,
      );
    }
    budget.left -= piece.length;
    if (budget.left < 0) throw new ZipError(`it would unpack to more than ${budget.limit}`, true);
    if (piece.length === 0) return;
    try {
      sink(piece);
    } catch (error) {
      fromSink = error;
      throw error;
    }
  };
  if (entry.method === 0) {
    take(data);
  } else if (entry.method === 8) {
    const inflater = new Inflate((piece) => take(piece));
    try {
      for (let at = 0; at < data.length; at += STEP)
        inflater.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipError || error === fromSink) throw error;
      throw new ZipError(
        `the part "${entry.name}" is not valid deflate data (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  } else {
    throw new ZipError(
      `the part "${entry.name}" uses compression method ${entry.method}, which spreadsheets do not`,
    );
  }
  if (produced !== entry.size) {
    throw new ZipError(
      `the part "${entry.name}" unpacks to ${produced.toLocaleString('en-GB')} bytes, not the ${entry.size.toLocaleString('en-GB')} its zip entry declares`,
    );
  }
}
