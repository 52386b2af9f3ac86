/**
 * A1 addresses as Office.js gives and takes them (pure, no Office.js).
 *
 * Range.address comes back as `'Lesvraag 26-27'!A3:H61`, `Personeel!A1:F80` or `Blad1!B2`
 * (one cell: no colon). Formulas written into cells need sheet names quoted the way Excel
 * quotes them: `'Lesvraag 26-27'!$A$3:$H$61`, with a quote inside the name doubled.
 */

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of one cell from a 1-based row and a 0-based column. */
export function cellA1(row1: number, col0: number): string {
  return `${columnLetters(col0)}${row1}`;
}

/** A1 address of a block: top-left (1-based row, 0-based column) and its size. */
export function rangeA1(row1: number, col0: number, rows: number, cols: number): string {
  const tl = cellA1(row1, col0);
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${cellA1(row1 + rows - 1, col0 + cols - 1)}`;
}

/** Splits `'It''s'!A1:B2` into sheet (unquoted, `It's`) and range (`A1:B2`); no `!`: sheet undefined. */
export function splitAddress(address: string): { sheet?: string; range: string } {
  const a = address.trim();
  if (a.startsWith("'")) {
    // Quoted sheet name: '' is an escaped quote; the closing quote is followed by '!'.
    let i = 1;
    let name = '';
    while (i < a.length) {
      if (a[i] === "'") {
        if (a[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += a[i];
      i++;
    }
    if (a[i + 1] !== '!') throw new Error(`Ongeldig adres: ${address}`);
    return { sheet: name, range: a.slice(i + 2) };
  }
  const bang = a.lastIndexOf('!');
  if (bang < 0) return { range: a };
  return { sheet: a.slice(0, bang), range: a.slice(bang + 1) };
}

export interface GridRange {
  /** 1-based first row. */
  row: number;
  /** 0-based first column. */
  col: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `A3:H61`, `$A$3:$H$61` or `B2` → grid position and size. Whole rows/columns are not supported. */
export function parseRange(range: string): GridRange {
  const parts = range.split(':');
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[1] ?? parts[0]);
  if (!a || !b || parts.length > 2) throw new Error(`Ongeldig bereik: ${range}`);
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** `A3:H61` → `$A$3:$H$61` (also `A:H` → `$A:$H`, `3:61` → `$3:$61`). */
export function absoluteRange(range: string): string {
  return range
    .replace(/\$/g, '')
    .split(':')
    .map((part) => part.replace(/^([A-Za-z]*)(\d*)$/, (_m, col: string, row: string) => (col ? `$${col.toUpperCase()}` : '') + (row ? `$${row}` : '')))
    .join(':');
}

/** True when Excel writes the sheet name without quotes in a reference. */
function plainSheetName(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return false;
  // Names that read as a cell reference (A1 or R1C1 style) or a boolean are quoted.
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  if (/^(true|false)$/i.test(name)) return false;
  return true;
}

/** A sheet name as it appears before `!` in a formula: `Personeel` or `'Lesvraag 26-27'`. */
export function quoteSheetName(name: string): string {
  return plainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `{ sheet: 'Lesvraag 26-27', range: 'A3:H61' }` → `'Lesvraag 26-27'!$A$3:$H$61`. */
export function sheetReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${absoluteRange(range)}`;
}
