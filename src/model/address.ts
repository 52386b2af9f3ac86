/**
 * Excel addresses, quoted as Excel quotes them: column letters, sheet-qualified cell
 * addresses, ranges, and parsing of the addresses Office.js and custom functions give.
 * Pure (no Office, no node modules); the one place every layer takes addresses from.
 */

const LETTER_CACHE: string[] = [];

/** 0-based column → letters: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetter(col: number): string {
  if (typeof col !== 'number' || !Number.isFinite(col) || col < 0) return '?';
  const c = Math.floor(col);
  if (c < 1024) {
    const hit = LETTER_CACHE[c];
    if (hit !== undefined) return hit;
  }
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (c < 1024) LETTER_CACHE[c] = s;
  return s;
}

// Letters (ASCII and Latin-1/Latin Extended, without × and ÷), digits and underscore may
// stand unquoted; anything else (spaces, punctuation, dots, dashes) is quoted.
const PLAIN_NAME = /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*$/;
// Names Excel would read as a reference: A1 style ("Q1", "AB12") or R1C1 style ("R", "C", "R1C1").
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_LIKE = /^(?:[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/;
const BOOL_LIKE = /^(?:true|false)$/i;

const QUOTE_CACHE = new Map<string, string>();

/** The sheet name as it stands before `!` in an Excel address (quoted when Excel would). */
export function quoteSheetName(sheet: string): string {
  const name = typeof sheet === 'string' ? sheet : String(sheet ?? '');
  const hit = QUOTE_CACHE.get(name);
  if (hit !== undefined) return hit;
  const plain = PLAIN_NAME.test(name) && !A1_LIKE.test(name) && !R1C1_LIKE.test(name) && !BOOL_LIKE.test(name);
  const q = plain ? name : `'${name.replace(/'/g, "''")}'`;
  if (QUOTE_CACHE.size > 1000) QUOTE_CACHE.clear();
  QUOTE_CACHE.set(name, q);
  return q;
}

/** `Lesvraag!E17`, `'Lesvraag 26-27'!G28`; row 1-based, col 0-based. An empty sheet name gives `E17`. */
export function cellAddress(sheet: string, row: number, col: number): string {
  const ref = `${columnLetter(col)}${Number.isFinite(row) ? Math.floor(row) : '?'}`;
  if (!sheet) return ref;
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** `A4:H61` (rows 1-based, cols 0-based); a single cell gives `A4`. */
export function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  const a = `${columnLetter(c1)}${r1}`;
  const b = `${columnLetter(c2)}${r2}`;
  return a === b ? a : `${a}:${b}`;
}

/** Letters → 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
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

/** `{ sheet: 'Lesvraag 26-27', range: 'A3:H61' }` → `'Lesvraag 26-27'!$A$3:$H$61`. */
export function sheetReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${absoluteRange(range)}`;
}

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

export interface RangeOrigin {
  /** Sheet name, unquoted. */
  sheet: string;
  /** 1-based sheet row of the range's first row. */
  row: number;
  /** 0-based sheet column of the range's first column. */
  col: number;
}

/**
 * The sheet and top-left cell of an address as Excel gives it (parameterAddresses):
 * `Sheet1!A1:G60`, `'Lesvraag 26-27'!$A$4:$H$61`, `'It''s'!B2`, `[Boek1]Blad1!A:C`
 * (whole columns start at row 1), `Blad1!3:9` (whole rows start at column A). Null when
 * there is no sheet or no cell.
 */
export function rangeOrigin(address: string | null | undefined): RangeOrigin | null {
  if (typeof address !== 'string') return null;
  let parts: { sheet?: string; range: string };
  try {
    parts = splitAddress(address);
  } catch {
    return null;
  }
  const sheet = (parts.sheet ?? '').replace(/^\[[^\]]*\]/, '');
  if (sheet === '') return null;
  const first = parts.range.split(':')[0];
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(first);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return { sheet, row: m[2] !== undefined ? parseInt(m[2], 10) : 1, col: m[1] !== undefined ? columnIndex(m[1]) : 0 };
}
