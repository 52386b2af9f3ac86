/**
 * A1 addresses as Office.js gives and takes them. The parsing and quoting live in
 * src/model/address.ts (one implementation for every layer); this module adds the
 * block arithmetic the adapter needs.
 */

import { columnLetter } from '../model/address';

export { columnIndex, splitAddress, parseRange, absoluteRange, quoteSheetName, sheetReference } from '../model/address';
export type { GridRange } from '../model/address';

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export const columnLetters = columnLetter;

/** A1 address of one cell from a 1-based row and a 0-based column. */
export function cellA1(row1: number, col0: number): string {
  return `${columnLetter(col0)}${row1}`;
}

/** A1 address of a block: top-left (1-based row, 0-based column) and its size. */
export function rangeA1(row1: number, col0: number, rows: number, cols: number): string {
  const tl = cellA1(row1, col0);
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${cellA1(row1 + rows - 1, col0 + cols - 1)}`;
}
