/**
 * Hand-made .xlsx files for the reader tests: a minimal zip writer whose every field can
 * be made to lie (declared size, CRC, missing parts), and a workbook built from raw sheet
 * XML. Big inputs are made cheaply here (a deflate block repeated), never stored.
 */
import * as zlib from 'zlib';
import { crc32 } from '../../src/io/zip';

export interface FixtureEntry {
  name: string;
  /** Uncompressed content (string as UTF-8), or `raw` already-deflated bytes. */
  data?: string | Uint8Array;
  raw?: Uint8Array;
  /** Stored (0) or deflated (8, default). */
  method?: 0 | 8;
  /** Overrides of what the directory says. */
  size?: number;
  crc?: number;
}

const enc = new TextEncoder();

export function buildZip(entries: FixtureEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.data === undefined ? new Uint8Array(0) : typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const body = e.raw ?? (method === 8 ? zlib.deflateRawSync(data) : Buffer.from(data));
    const crc = e.crc ?? crc32(0, data);
    const size = e.size ?? data.length;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    chunks.push(local, name, Buffer.from(body));
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

/**
 * A raw deflate stream that unpacks to `megabytes` MB of `unit` repeated, built from one
 * compressed megabyte repeated (a full flush makes each block independent), so a
 * gigabyte-sized bomb costs a few milliseconds and a few MB.
 */
export function deflateBomb(unit: string, megabytes: number, prefix = '', suffix = ''): Uint8Array {
  const mbText = unit.repeat(Math.ceil((1024 * 1024) / unit.length)).slice(0, 1024 * 1024);
  // Each piece ends on a full flush (byte-aligned, no back-references across it), so they chain.
  const open = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = zlib.deflateRawSync(Buffer.from(prefix), open);
  const block = zlib.deflateRawSync(Buffer.from(mbText), open);
  const tail = zlib.deflateRawSync(Buffer.from(suffix));
  const parts: Buffer[] = [head];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(tail);
  return new Uint8Array(Buffer.concat(parts));
}

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export interface FixtureBook {
  sheets: { name: string; xml: string; target?: string }[];
  shared?: string[];
  /** Custom number formats [id, code] and the numFmtId of each cellXfs entry. */
  numFmts?: [number, string][];
  xfs?: number[];
  date1904?: boolean;
  /** Entries to change or add after the workbook is built (by name). */
  patch?: (entries: FixtureEntry[]) => FixtureEntry[];
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The entries of a minimal workbook (sheet XML given whole, or as sheetData content when it has no <worksheet>). */
export function bookEntries(b: FixtureBook): FixtureEntry[] {
  const rels = (items: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
  const entries: FixtureEntry[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: rels(`<Relationship Id="rId1" Type="${T}officeDocument" Target="xl/workbook.xml"/>`) },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        (b.date1904 ? '<workbookPr date1904="1"/>' : '') +
        '<sheets>' + b.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: rels(
        b.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${T}worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('') +
          `<Relationship Id="rIdS" Type="${T}sharedStrings" Target="sharedStrings.xml"/>` +
          `<Relationship Id="rIdY" Type="${T}styles" Target="styles.xml"/>`,
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        (b.shared ?? []).map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('') + '</sst>',
    },
    {
      name: 'xl/styles.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<numFmts>${(b.numFmts ?? []).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` +
        `<cellXfs>${[0, ...(b.xfs ?? [])].map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join('')}</cellXfs></styleSheet>`,
    },
  ];
  b.sheets.forEach((s, i) => {
    const target = (s.target ?? `worksheets/sheet${i + 1}.xml`).replace(/^\//, '').replace(/^(?!xl\/)/, 'xl/');
    const xml = s.xml.includes('<worksheet') ? s.xml : `${SHEET_HEAD}<sheetData>${s.xml}</sheetData></worksheet>`;
    entries.push({ name: target, data: xml });
  });
  return b.patch ? b.patch(entries) : entries;
}

export function buildBook(b: FixtureBook): Uint8Array {
  return buildZip(bookEntries(b));
}
