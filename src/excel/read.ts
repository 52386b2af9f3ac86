/**
 * Reading every worksheet's used range for the pure reader, within Excel on the web's
 * 5 MB request/response limit and with as few round trips as possible.
 *
 * Sync budget
 * - sync 1 (metadata): the sheets are walked with getFirst()/getNextOrNullObject() (a
 *   chain of SHEET_CHAIN proxies queued before any round trip, so no sync is needed to
 *   learn the names first); each link loads only `name` and its
 *   getUsedRangeOrNullObject(true) loads only `address,rowCount,columnCount`. A workbook
 *   with more sheets takes one more metadata sync per SHEET_CHAIN sheets. Should a host
 *   refuse the chain past the last sheet, the reader falls back to names first, then
 *   metadata (one extra sync).
 * - sync 2 (values): when the estimated response fits in CHUNK_BYTES, every used range
 *   loads only `values` in one sync.
 * - above it: the rows are cut into n = ⌈estimate / CHUNK_BYTES⌉ requests of about equal
 *   size (at most CHUNK_BYTES plus one row), read one sync each, onProgress after each:
 *   at most 1 + ⌈estimate / 4 MB⌉ syncs in all.
 * - above MAX_CELLS cells: refused before any value is read (ExcelActionError 'tooLarge').
 *
 * Payload estimate: BYTES_PER_CELL bytes per cell of the used ranges, nothing measured.
 * Range.values travels as JSON; a number such as 12.5 or 0.8 costs 4–8 bytes, a blank ""
 * 3, short text ("HAVO", "Engels", "LB") 8–14. 16 bytes is a generous average for
 * formation sheets, and a 4 MB budget leaves 1 MB of headroom under the 5 MB limit (an
 * actual average up to 20 bytes per cell still fits). Sheets full of long text can exceed
 * it; the chunk size is one constant to lower.
 */

import type { SheetValues } from '../sheet/types';
import { parseRange, rangeA1, splitAddress } from '../model/address';
import { ExcelActionError } from './errors';

export const BYTES_PER_CELL = 16;
export const CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS = 2_000_000;
export const SHEET_CHAIN = 24;

interface SheetMeta {
  name: string;
  sheet: Excel.Worksheet;
  /** The used range proxy (values are loaded on it when read in one go). */
  used: Excel.Range | null;
  originRow: number;
  originCol: number;
  rows: number;
  cols: number;
}

function metaOf(name: string, sheet: Excel.Worksheet, used: Excel.Range): SheetMeta {
  if (used.isNullObject || !used.rowCount || !used.columnCount) {
    return { name, sheet, used: null, originRow: 1, originCol: 0, rows: 0, cols: 0 };
  }
  const g = parseRange(splitAddress(used.address).range);
  return { name, sheet, used, originRow: g.row, originCol: g.col, rows: used.rowCount, cols: used.columnCount };
}

/** Walks the sheets in steps of SHEET_CHAIN links, one sync per step. */
async function chainMetadata(context: Excel.RequestContext): Promise<SheetMeta[]> {
  const out: SheetMeta[] = [];
  let next: Excel.Worksheet = context.workbook.worksheets.getFirst();
  for (;;) {
    const links: { sheet: Excel.Worksheet; used: Excel.Range }[] = [];
    let ws = next;
    for (let i = 0; i < SHEET_CHAIN; i++) {
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('address,rowCount,columnCount');
      links.push({ sheet: ws, used });
      ws = ws.getNextOrNullObject();
    }
    // One more link tells whether the walk must go on.
    ws.load('name');
    await context.sync();
    for (const l of links) {
      if (l.sheet.isNullObject) return out;
      out.push(metaOf(l.sheet.name, l.sheet, l.used));
    }
    if (ws.isNullObject) return out;
    next = ws;
  }
}

/** Fallback: names first (one sync), then the used ranges (one sync). */
async function namedMetadata(context: Excel.RequestContext): Promise<SheetMeta[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const links = sheets.items.map((s) => {
    const sheet = sheets.getItem(s.name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address,rowCount,columnCount');
    return { name: s.name, sheet, used };
  });
  await context.sync();
  return links.map((l) => metaOf(l.name, l.sheet, l.used));
}

/** One slice of rows of one sheet, read in one request. */
interface Slice {
  meta: SheetMeta;
  /** 0-based row within the used range. */
  row: number;
  rows: number;
}

/** Cuts the used ranges into n requests of about equal estimated size (row granularity). */
export function planChunks(metas: { rows: number; cols: number }[], bytesPerCell = BYTES_PER_CELL, chunkBytes = CHUNK_BYTES): { index: number; row: number; rows: number }[][] {
  const total = metas.reduce((s, m) => s + m.rows * m.cols, 0) * bytesPerCell;
  const n = Math.max(1, Math.ceil(total / chunkBytes));
  const target = total / n;
  const chunks: { index: number; row: number; rows: number }[][] = Array.from({ length: n }, () => []);
  let cum = 0;
  metas.forEach((m, index) => {
    const rowBytes = m.cols * bytesPerCell;
    let current: { index: number; row: number; rows: number } | null = null;
    let currentChunk = -1;
    for (let r = 0; r < m.rows; r++) {
      const k = Math.min(n - 1, Math.floor(cum / target));
      if (k !== currentChunk || !current) {
        current = { index, row: r, rows: 0 };
        chunks[k].push(current);
        currentChunk = k;
      }
      current.rows++;
      cum += rowBytes;
    }
  });
  return chunks;
}

export async function readSheets(context: Excel.RequestContext, onProgress?: (fraction: number) => void): Promise<SheetValues[]> {
  let metas: SheetMeta[];
  try {
    metas = await chainMetadata(context);
  } catch (e) {
    if (e instanceof ExcelActionError) throw e;
    metas = await namedMetadata(context);
  }

  const cells = metas.reduce((s, m) => s + m.rows * m.cols, 0);
  if (cells > MAX_CELLS) {
    const n = cells.toLocaleString('nl-NL');
    const max = MAX_CELLS.toLocaleString('nl-NL');
    throw new ExcelActionError(
      'tooLarge',
      `De werkmap is te groot om in te lezen: de gebruikte bereiken tellen ${n} cellen, het maximum is ${max}. ` +
        'Verwijder lege of overbodige rijen en kolommen (of zet grote exports op een eigen werkmap) en probeer opnieuw.',
      `The workbook is too large to read: its used ranges hold ${cells.toLocaleString('en-US')} cells, the maximum is ${MAX_CELLS.toLocaleString('en-US')}. ` +
        'Remove empty or unneeded rows and columns (or move large exports to a workbook of their own) and try again.',
    );
  }

  const results: SheetValues[] = metas.map((m) => ({ name: m.name, values: [], originRow: m.originRow, originCol: m.originCol }));
  onProgress?.(0);
  const estimate = cells * BYTES_PER_CELL;

  if (estimate <= CHUNK_BYTES) {
    const loaded = metas.map((m) => {
      if (!m.used) return null;
      m.used.load('values');
      return m.used;
    });
    if (loaded.some((r) => r)) await context.sync();
    loaded.forEach((r, i) => {
      if (r) results[i].values = r.values as unknown[][];
    });
    onProgress?.(1);
    return results;
  }

  const chunks = planChunks(metas);
  for (let k = 0; k < chunks.length; k++) {
    const pending: { slice: Slice; range: Excel.Range }[] = chunks[k].map((c) => {
      const meta = metas[c.index];
      const range = meta.sheet.getRange(rangeA1(meta.originRow + c.row, meta.originCol, c.rows, meta.cols));
      range.load('values');
      return { slice: { meta, row: c.row, rows: c.rows }, range };
    });
    await context.sync();
    for (const p of pending) {
      const target = results[metas.indexOf(p.slice.meta)].values;
      const vals = p.range.values as unknown[][];
      for (let r = 0; r < vals.length; r++) target[p.slice.row + r] = vals[r];
    }
    onProgress?.((k + 1) / chunks.length);
  }
  return results;
}
