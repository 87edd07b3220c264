// Building hostile workbooks for the XLSX tests and the bench without holding them inflated: a
// deflate stream made of one compressed block repeated (each block flushed in full, so copies
// stand alone), and a zip written record by record so an entry may declare any size it likes.
// CRCs are left at 0: the reader under test never checks them, and a bomb need not be honest.
import { constants, deflateRawSync } from 'node:zlib';

/** A raw deflate stream that inflates to each text repeated `times` times, in order. */
export function repeatedDeflate(parts: readonly { text: string; times: number }[]): Uint8Array {
  const out: Buffer[] = [];
  for (const { text, times } of parts) {
    const block = deflateRawSync(Buffer.from(text, 'utf8'), {
      level: 9,
      finishFlush: constants.Z_FULL_FLUSH,
    });
    for (let i = 0; i < times; i++) out.push(block);
  }
  out.push(deflateRawSync(Buffer.alloc(0)));
  return new Uint8Array(Buffer.concat(out));
}

export interface RawEntry {
  readonly name: string;
  /** The entry's bytes as stored (deflated unless `stored`). */
  readonly data: Uint8Array;
  /** The uncompressed size the entry declares (true or not). */
  readonly size: number;
  readonly stored?: boolean;
}

/** A deflated entry holding `text`, declaring its true size. */
export function honestEntry(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: new Uint8Array(deflateRawSync(bytes)), size: bytes.length };
}

/**
 * The fields a local header (at 4) and a central-directory record (at 6, after "version made by")
 * share, from "version needed" to the name's length; time, date, CRC and extra length stay 0.
 */
function writeEntryFields(record: Buffer, at: number, e: RawEntry, nameLength: number): void {
  record.writeUInt16LE(20, at);
  record.writeUInt16LE(e.stored === true ? 0 : 8, at + 4);
  record.writeUInt32LE(e.data.length, at + 14);
  record.writeUInt32LE(e.size, at + 18);
  record.writeUInt16LE(nameLength, at + 22);
}

/** A zip of the given entries: local headers and data, central directory, end record. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, e, name.length);
    chunks.push(local, name, Buffer.from(e.data));
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    writeEntryFields(head, 6, e, name.length);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The parts around one sheet named Elements, whose part is `sheet` (xl/worksheets/sheet1.xml). */
export function workbookAround(sheet: Omit<RawEntry, 'name'> & { name?: string }): Uint8Array {
  return rawZip([
    honestEntry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    honestEntry(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    honestEntry(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Elements" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    honestEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
  ]);
}

export const SHEET_START = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_END = '</sheetData></worksheet>';

/**
 * The sheet of the bomb: rows of one text cell each, `mebibytes` MiB of them, declaring
 * `declared` bytes (its true size by default). The whole stream inflates to the header, the rows
 * and the footer.
 */
export function rowBomb(mebibytes: number, declared?: number): Omit<RawEntry, 'name'> {
  const unit = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const block = unit.repeat(Math.floor((1024 * 1024) / unit.length));
  const data = repeatedDeflate([
    { text: SHEET_START, times: 1 },
    { text: block, times: mebibytes },
    { text: SHEET_END, times: 1 },
  ]);
  const size = SHEET_START.length + block.length * mebibytes + SHEET_END.length;
  return { data, size: declared ?? size };
}
