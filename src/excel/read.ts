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
 * - the estimate is a guess: should Excel on the web still answer a values sync with
 *   ResponsePayloadSizeLimitExceeded (or refuse the request with
 *   RequestPayloadSizeLimitExceeded), that request is split in two halves (by sheets, then by
 *   rows) and each half retried; one more sync per split, nothing read twice.
 * - merged areas (ExcelApi 1.13, where the host has it): queued with the first values sync,
 *   filled in with fillMerges before the reader runs (merged-areas.ts). No extra sync.
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
import { applyMerges, hostSupportsMergedAreas, mergeAreasOf, queueMergedAreas } from './merged-areas';

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

/** Which sheet walk ran last ('chain' or the 'names' fallback): for diagnostics and the Script Lab check. */
export let lastSheetWalk: 'chain' | 'names' | null = null;

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
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per SHEET_CHAIN sheets, by design
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
  index: number;
  /** 0-based row within the used range. */
  row: number;
  rows: number;
  /** The slice is the whole used range: load values on the used range proxy itself. */
  whole?: boolean;
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

/** Excel on the web's 5 MB limit, hit in spite of the estimate. */
export function isPayloadLimitError(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const text = `${String(err?.code ?? '')} ${String(err?.message ?? '')}`;
  return /(Response|Request)PayloadSizeLimitExceeded/i.test(text);
}

/** Two halves of a request: by slices when it has several, else by rows. Null when it cannot be split. */
export function splitSlices(slices: Slice[], metas: { cols: number }[]): [Slice[], Slice[]] | null {
  if (slices.length > 1) {
    const cells = slices.map((sl) => sl.rows * metas[sl.index].cols);
    const half = cells.reduce((a, b) => a + b, 0) / 2;
    let cum = 0;
    let cut = 1;
    for (let i = 0; i < slices.length - 1; i++) {
      cum += cells[i];
      cut = i + 1;
      if (cum >= half) break;
    }
    return [slices.slice(0, cut), slices.slice(cut)];
  }
  const [sl] = slices;
  if (!sl || sl.rows < 2) return null;
  const top = Math.floor(sl.rows / 2);
  return [[{ index: sl.index, row: sl.row, rows: top }], [{ index: sl.index, row: sl.row + top, rows: sl.rows - top }]];
}

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13); default: whether the host reports that set. */
  mergedAreas?: boolean;
}

export async function readSheets(context: Excel.RequestContext, onProgress?: (fraction: number) => void, options: ReadOptions = {}): Promise<SheetValues[]> {
  let metas: SheetMeta[];
  try {
    metas = await chainMetadata(context);
    lastSheetWalk = 'chain';
  } catch (e) {
    if (e instanceof ExcelActionError) throw e;
    metas = await namedMetadata(context);
    lastSheetWalk = 'names';
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
  if (!metas.some((m) => m.used)) {
    onProgress?.(1);
    return results;
  }
  const estimate = cells * BYTES_PER_CELL;
  const wantMerges = options.mergedAreas ?? hostSupportsMergedAreas();
  /** Merged areas per sheet index, once read; queued again with the next sync while unread. */
  const state: { merges: Map<number, Excel.RangeAreas> | null } = { merges: null };
  const totalRows = metas.reduce((s, m) => s + (m.used ? m.rows : 0), 0);
  let doneRows = 0;

  /** Reads the slices in one sync; on a payload-limit error, the two halves one after the other. */
  const read = async (slices: Slice[]): Promise<void> => {
    const pending = slices.map((sl) => {
      const meta = metas[sl.index];
      const range = sl.whole && meta.used ? meta.used : meta.sheet.getRange(rangeA1(meta.originRow + sl.row, meta.originCol, sl.rows, meta.cols));
      range.load('values');
      return { sl, range };
    });
    const queued = wantMerges && !state.merges ? new Map(metas.flatMap((m, i) => (m.used ? [[i, queueMergedAreas(m.used)] as const] : []))) : null;
    try {
      await context.sync();
    } catch (e) {
      const halves = isPayloadLimitError(e) ? splitSlices(slices, metas) : null;
      if (!halves) throw e;
      await read(halves[0]);
      await read(halves[1]);
      return;
    }
    if (queued) state.merges = queued;
    for (const { sl, range } of pending) {
      const target = results[sl.index].values;
      const vals = range.values as unknown[][];
      if (sl.whole) results[sl.index].values = vals;
      else for (let r = 0; r < vals.length; r++) target[sl.row + r] = vals[r];
      doneRows += sl.rows;
    }
    onProgress?.(Math.min(1, doneRows / totalRows));
  };

  if (estimate <= CHUNK_BYTES) {
    await read(metas.flatMap((m, index) => (m.used ? [{ index, row: 0, rows: m.rows, whole: true }] : [])));
  } else {
    for (const chunk of planChunks(metas)) if (chunk.length) await read(chunk);
  }

  if (state.merges) {
    for (const [i, areas] of state.merges) applyMerges(results[i].values, mergeAreasOf(areas), metas[i].originRow, metas[i].originCol);
  }
  return results;
}
