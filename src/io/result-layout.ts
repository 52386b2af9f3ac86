/**
 * Print setup and shared cell styles of the result workbook (result-workbook.ts).
 *
 * Every sheet prints as a controller hands it to a board: A4, fit to the page width
 * (fitToWidth 1, fitToHeight 0: as many pages down as needed), landscape when the sheet is
 * wider than a portrait page, its header row(s) and label column repeated on every page,
 * and a header and footer naming the analysed file, the print date and "concept".
 *
 * Styles are SHARED objects: exceljs looks a cell's style up by object identity first
 * (a WeakMap in its style manager), so one object per kind of cell keeps writing linear;
 * a fresh object per cell made exceljs serialise ~3M style objects at 300k rows. Never
 * mutate one of these objects through a cell (cell.font = … would change every cell that
 * shares it): assign a whole style with `cell.style = …`.
 */

import type * as ExcelJS from 'exceljs';
import { NUMBER_FORMATS } from '../model/format';
import type { Lang } from '../model/labels';
import { RESULT_TEXT, headerText } from './result-text';

type Style = Partial<ExcelJS.Style>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN_BOTTOM: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };
const BAND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F8FC' } };

/** The shared styles of one workbook (made once per build: nothing outlives it). */
export interface Styles {
  plain: Style;
  title: Style;
  subtitle: Style;
  note: Style;
  header: Style;
  label: Style;
  wrapTop: Style;
  /** Number styles by format code, made on first use. */
  num(fmt: string | undefined): Style;
  /** The same, on a banded (light) row. */
  numBand(fmt: string | undefined): Style;
  labelBand: Style;
  /** Compact (8 pt) styles for the tables as read and the staff summary: more rows per page. */
  small(fmt: string | undefined): Style;
  smallBand(fmt: string | undefined): Style;
  smallHeader: Style;
}

/** Row height (points) of the compact rows, and its font size. */
export const SMALL_ROW_HEIGHT = 10.5;
const SMALL_FONT: Partial<ExcelJS.Font> = { size: 8 };

/**
 * Row height for a row whose longest text needs `lines` lines at `fontSize` points
 * (LibreOffice and Excel do not grow a row with wrapped text that a file writes).
 */
export function heightFor(lines: number, fontSize = 11): number {
  return Math.max(1, lines) * (fontSize * 1.3) + 2;
}

/** Lines a text needs in a column `width` characters wide (font of `fontSize` points). */
export function linesFor(text: string | null | undefined, width: number, fontSize = 11): number {
  if (!text) return 1;
  // A column width counts "0" digits; text of a proportional font averages ~1.35 of them (LibreOffice, Calibri).
  const perLine = Math.max(1, Math.floor((width * 1.35 * 11) / fontSize) - 1);
  let lines = 0;
  for (const para of String(text).split('\n')) {
    // Greedy by words, as the spreadsheet wraps.
    let len = 0;
    lines++;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (len === 0) len = w;
      else if (len + 1 + w <= perLine) len += 1 + w;
      else {
        lines++;
        len = w;
      }
      while (len > perLine) {
        lines++;
        len -= perLine;
      }
    }
  }
  return lines;
}

export function makeStyles(): Styles {
  const nums = new Map<string, Style>();
  const bands = new Map<string, Style>();
  const smalls = new Map<string, Style>();
  const smallBands = new Map<string, Style>();
  return {
    plain: {},
    title: { font: { bold: true, size: 14, color: { argb: 'FF1F3864' } } },
    subtitle: { font: { size: 10, color: { argb: 'FF595959' } } },
    note: { font: { italic: true, size: 9, color: { argb: 'FF595959' } } },
    header: {
      font: { bold: true },
      fill: HEADER_FILL,
      border: THIN_BOTTOM,
      alignment: { wrapText: true, vertical: 'bottom' },
    },
    label: {},
    labelBand: { fill: BAND_FILL },
    wrapTop: { alignment: { wrapText: true, vertical: 'top' }, font: { italic: true, size: 9 } },
    num(fmt) {
      const k = fmt ?? '';
      let s = nums.get(k);
      if (!s) nums.set(k, (s = fmt ? { numFmt: fmt } : {}));
      return s;
    },
    numBand(fmt) {
      const k = fmt ?? '';
      let s = bands.get(k);
      if (!s) bands.set(k, (s = fmt ? { numFmt: fmt, fill: BAND_FILL } : { fill: BAND_FILL }));
      return s;
    },
    small(fmt) {
      const k = fmt ?? '';
      let s = smalls.get(k);
      if (!s) smalls.set(k, (s = fmt ? { numFmt: fmt, font: SMALL_FONT } : { font: SMALL_FONT }));
      return s;
    },
    smallBand(fmt) {
      const k = fmt ?? '';
      let s = smallBands.get(k);
      if (!s) smallBands.set(k, (s = fmt ? { numFmt: fmt, font: SMALL_FONT, fill: BAND_FILL } : { font: SMALL_FONT, fill: BAND_FILL }));
      return s;
    },
    smallHeader: {
      font: { bold: true, size: 8 },
      fill: HEADER_FILL,
      border: THIN_BOTTOM,
      alignment: { wrapText: true, vertical: 'bottom' },
    },
  };
}

/** Width (in characters) that a portrait A4 page holds at 100% with the margins below. */
const PORTRAIT_CHARS = 95;

export interface PrintSpec {
  /** Header rows repeated on every page, as "4:4" or "1:2". */
  titleRows: string;
  /** Repeat column A (the label column). Default true. */
  labelColumn?: boolean;
  /** The sheet's column widths (characters): landscape when they add up wider than a portrait page. */
  widths: number[];
}

/**
 * The worksheet options for printing (pass to addWorksheet: the streaming writer takes
 * page setup and header/footer only there). `file` is the analysed file's name.
 */
export function printOptions(
  spec: PrintSpec, file: string | undefined, lang: Lang,
): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  const t = RESULT_TEXT[lang];
  const wide = spec.widths.reduce((a, b) => a + b, 0) > PORTRAIT_CHARS;
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4
    orientation: wide ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: spec.titleRows,
  };
  if (spec.labelColumn !== false) pageSetup.printTitlesColumn = 'A:A';
  const name = file ? headerText(file) : '';
  // &L &C &R: left, centre, right; &A sheet name, &D date, &P page, &N pages; &8 font size.
  const headerFooter: Partial<ExcelJS.HeaderFooter> = {
    oddHeader: `&L&8Formatieplanner VO${name ? ` \u2013 ${name}` : ''}&C&8&A&R&8&B${t.concept}&B`,
    oddFooter: `&L&8${t.concept.toLowerCase()} \u2013 ${t.printed}&R&8${t.page}`,
  };
  return { pageSetup, headerFooter };
}

/** Sets the column widths (before any row is written: the streaming writer needs that). */
export function setWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The number format of a table column by its kind. */
export const TABLE_FORMATS = NUMBER_FORMATS;
