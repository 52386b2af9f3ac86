/**
 * Reads an .xlsx file into the raw cell values the reader (src/sheet) takes, in bounded
 * memory: a zip reader that checks sizes and checksums (zip.ts), then one streaming pass
 * over sharedStrings, workbook.xml, the relationships, styles (number formats only) and
 * each worksheet, keeping only cell values (xlsx-sheet.ts). Formatting is never built.
 *
 * Usable in node and in the browser: no fs. The caller reads the bytes (the CLI through
 * node-file.ts, which opens only regular files of bounded size; the browser through
 * File.arrayBuffer()) and passes them here. Every refusal is an XlsxError carrying one
 * line in Dutch and in English (xlsx-errors.ts); limits in README, "Limits".
 *
 * Merged ranges are filled: the value of a merged range counts for every cell it covers
 * (domain.md, "Layouts people make for the eye").
 */

import type { SheetValues } from '../sheet/types';
import { damaged, mb, tooLarge, XlsxError } from './xlsx-errors';
import {
  readDateStyles, readRelationships, readSharedStrings, readWorkbookXml, relsPartOf, scanChunks,
  type PartReader,
} from './xlsx-parts';
import { SheetBuilder, type CellBudget } from './xlsx-sheet';
import { inflateEntry, readDirectory, type ZipEntry } from './zip';

export { XlsxError, refusalLine } from './xlsx-errors';

/** The reader's limits (README, "Limits"). */
export interface XlsxLimits {
  /** Unpacked size of one worksheet part. */
  sheetPartBytes: number;
  /** Unpacked size of sharedStrings.xml. */
  sharedStringsBytes: number;
  /** Unpacked size of workbook.xml, styles.xml and relationship parts. */
  smallPartBytes: number;
  /** Unpacked bytes of all parts read, together. */
  totalBytes: number;
  /** Non-empty cells kept, all sheets together. */
  cells: number;
  /** Cell positions kept (cells and the blanks between them in a row), all sheets together. */
  slots: number;
  /** Characters of inline and formula-string cell text kept, all sheets together. */
  textChars: number;
}

export const LIMITS: Readonly<XlsxLimits> = Object.freeze({
  sheetPartBytes: 1024 * 1024 * 1024,
  sharedStringsBytes: 128 * 1024 * 1024,
  smallPartBytes: 64 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024,
  cells: 20_000_000,
  slots: 40_000_000,
  textChars: 100_000_000,
});

export interface LoadOptions {
  /** Lower limits (tests); never raised above LIMITS. */
  limits?: Partial<XlsxLimits>;
  /**
   * Progress, 0..1: unpacked bytes of the parts read so far over the unpacked size of all
   * parts to read (known once workbook.xml and its relationships are read). Called at most
   * about every 1 %, synchronously (browser mode posts it from its worker).
   */
  onProgress?: (fraction: number) => void;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** All worksheets of an .xlsx file as SheetValues, in workbook order. Rejects with an XlsxError. */
export async function loadWorkbookValues(
  data: ArrayBuffer | Uint8Array, options: LoadOptions = {},
): Promise<SheetValues[]> {
  try {
    return readValues(toBytes(data), options);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    if (e instanceof RangeError) {
      throw tooLarge('het geheugen is te klein voor deze werkmap', 'the workbook does not fit in memory');
    }
    throw damaged('de inhoud kan niet worden gelezen', 'its content cannot be read');
  }
}

function readValues(bytes: Uint8Array, options: LoadOptions): SheetValues[] {
  const limits: XlsxLimits = { ...LIMITS };
  for (const [k, v] of Object.entries(options.limits ?? {}) as [keyof XlsxLimits, number][]) {
    if (typeof v === 'number' && v < limits[k]) limits[k] = v;
  }
  if (!looksLikeZip(bytes)) throw damaged('het is geen zip-bestand', 'it is not a zip file');
  const entries = readDirectory(bytes);
  let unpacked = 0;
  const entry = (part: string): ZipEntry | undefined => entries.get(part.toLowerCase());
  const account = (e: ZipEntry): void => {
    unpacked += e.size;
    if (unpacked > limits.totalBytes) {
      throw tooLarge(`de delen zijn samen uitgepakt meer dan ${mb(limits.totalBytes)}`, `its parts unpack to more than ${mb(limits.totalBytes)} together`);
    }
  };
  /** Feeds the text of a part to `onText` in pieces. */
  let done = 0;
  let total = 0;
  let reported = -1;
  const progress = (n: number): void => {
    done += n;
    if (!options.onProgress || total <= 0) return;
    const f = Math.min(1, done / total);
    if (f - reported >= 0.01) {
      reported = f;
      options.onProgress(f);
    }
  };
  const feed = (part: string, limit: number, onText: (s: string) => void): void => {
    const e = entry(part);
    if (!e) throw damaged(`het deel ${part} ontbreekt`, `the part ${part} is missing`);
    if (e.size <= limit) account(e); // else inflateEntry names the part and its limit
    const dec = new TextDecoder('utf-8');
    inflateEntry(bytes, e, limit, (b) => {
      progress(b.length);
      onText(dec.decode(b, { stream: true }));
    });
    onText(dec.decode());
  };
  const reader = (part: string, limit: number): PartReader =>
    scanChunks(part, (onText) => feed(part, limit, onText));
  const small = (part: string): PartReader => reader(part, limits.smallPartBytes);

  // The workbook part: from the package relationships (usually xl/workbook.xml).
  if (!entry('_rels/.rels')) throw damaged('het deel _rels/.rels ontbreekt; dit is geen Excel-werkmap', 'the part _rels/.rels is missing; this is not an Excel workbook');
  const root = readRelationships(small('_rels/.rels'), '');
  const wbPart = root.find((r) => r.type === 'officeDocument' && r.target !== null)?.target;
  if (!wbPart || !entry(wbPart)) throw damaged('het werkmapdeel (xl/workbook.xml) ontbreekt', 'the workbook part (xl/workbook.xml) is missing');
  const info = readWorkbookXml(small(wbPart));
  const relsPart = relsPartOf(wbPart);
  const rels = entry(relsPart) ? readRelationships(small(relsPart), wbPart) : [];

  const sharedPart = rels.find((r) => r.type === 'sharedStrings' && r.target !== null)?.target;
  const shared = sharedPart && entry(sharedPart) ? readSharedStrings(reader(sharedPart, limits.sharedStringsBytes)) : [];
  const stylesPart = rels.find((r) => r.type === 'styles' && r.target !== null)?.target;
  const dateStyles = stylesPart && entry(stylesPart) ? readDateStyles(small(stylesPart)) : [];

  // The parts still to read, for the progress fraction (declared sizes: a lying size is
  // caught by inflateEntry; the fraction is then only clamped).
  total = done + [sharedPart, stylesPart, ...info.sheets.map((s) => rels.find((r) => r.id === s.rid)?.target)]
    .reduce((sum, p) => sum + (p ? entry(p)?.size ?? 0 : 0), 0);
  const budget: CellBudget = { cells: limits.cells, slots: limits.slots, textChars: limits.textChars };
  const out: SheetValues[] = [];
  for (const s of info.sheets) {
    const rel = rels.find((r) => r.id === s.rid);
    // Chart sheets, dialog and macro sheets hold no cell values for the analysis.
    if (rel && rel.type !== 'worksheet') continue;
    const part = rel?.target;
    if (!part || !entry(part)) {
      throw damaged(
        `het blad "${s.name}" ontbreekt in het bestand${part ? ` (deel ${part})` : ''}`,
        `the sheet "${s.name}" is missing from the file${part ? ` (part ${part})` : ''}`,
      );
    }
    const b = new SheetBuilder({ name: s.name, shared, dateStyles, date1904: info.date1904, budget, limits });
    feed(part, limits.sheetPartBytes, (text) => b.write(text));
    b.end();
    out.push(b.result());
  }
  options.onProgress?.(1);
  return out;
}

/** True when the bytes start with the zip signature "PK" that every .xlsx has. */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b;
}

/**
 * True for the OLE compound-file signature: an old .xls workbook, or an .xlsx that is
 * protected with a password (Excel then wraps the zip in an encrypted compound file).
 */
export function looksLikeOle(data: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return data.length >= 8 && sig.every((b, i) => data[i] === b);
}
