/**
 * Reads an .xlsx file into the raw cell values the reader (src/sheet) takes.
 *
 * Usable in node and in the browser: only exceljs, no fs. The caller reads the bytes
 * (fs.readFile in the CLI, File.arrayBuffer() in the browser) and passes them here.
 *
 * Cell values are passed through as exceljs gives them (number, string, boolean, Date,
 * { error }, { formula, result }, { richText }, { text, hyperlink }); the reader handles
 * them. Merged cells keep their value in the top-left cell only, as Excel's own
 * Range.values does (the other cells of the merge are blank).
 */

import * as ExcelJS from 'exceljs';
import type { SheetValues } from '../sheet/types';

/**
 * Worksheet parts that the analysis never needs. Skipping them makes reading cheaper on
 * real workbooks (conditional formats and validations can be large) and leaves merged
 * and hyperlinked cells as Excel's Range.values gives them.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'mergeCells',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'rowBreaks',
  'sheetProtection',
  'autoFilter',
];

/** Internals of exceljs used for a fast pass over the parsed cells (stable since 1.x). */
interface RawCell {
  type: number;
  value: unknown;
}
interface RawRow {
  _cells: (RawCell | undefined)[];
}

/** exceljs ValueType.Null and ValueType.Merge (literal so the browser bundle needs no enum export). */
const NULL_TYPE = 0;
const MERGE_TYPE = 1;

/** Loads the workbook with exceljs (the model only: styles and values). */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs' typings say Buffer; JSZip underneath takes ArrayBuffer and Uint8Array too.
  await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: IGNORED_NODES });
  return wb;
}

/** The used cells of one worksheet as values[][], with the real origin of the block. */
export function worksheetValues(ws: ExcelJS.Worksheet): SheetValues {
  const rows = (ws as unknown as { _rows: (RawRow | undefined)[] })._rows ?? [];
  // First pass: bounds of the used cells (non-null values only).
  let firstRow = -1;
  let lastRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const cells = row._cells;
    let used = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined || cell.type === NULL_TYPE || cell.type === MERGE_TYPE) continue;
      used = true;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    }
    if (used) {
      if (firstRow < 0) firstRow = r;
      lastRow = r;
    }
  }
  if (firstRow < 0) return { name: ws.name, values: [], originRow: 1, originCol: 0 };

  const width = maxCol - minCol + 1;
  const values: unknown[][] = new Array(lastRow - firstRow + 1);
  for (let r = firstRow; r <= lastRow; r++) {
    const out: unknown[] = new Array(width).fill(null);
    const row = rows[r];
    if (row) {
      const cells = row._cells;
      const end = Math.min(cells.length, maxCol + 1);
      for (let c = minCol; c < end; c++) {
        const cell = cells[c];
        if (cell === undefined || cell.type === NULL_TYPE || cell.type === MERGE_TYPE) continue;
        out[c - minCol] = cell.value;
      }
    }
    values[r - firstRow] = out;
  }
  return { name: ws.name, values, originRow: firstRow + 1, originCol: minCol };
}

/** All worksheets of an .xlsx file as SheetValues, in workbook order. Throws when exceljs cannot read the file. */
export async function loadWorkbookValues(data: ArrayBuffer | Uint8Array | Buffer): Promise<SheetValues[]> {
  const wb = await loadWorkbook(data);
  return wb.worksheets.map(worksheetValues);
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
