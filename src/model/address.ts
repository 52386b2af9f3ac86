/**
 * Excel addresses, quoted as Excel writes them. Pure; shared by the reader (issues with
 * cell addresses), the engine (notes) and the Excel adapter (formulas).
 */

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A sheet name as it stands before `!` in a formula: bare when it is a plain name
 * (letters, digits, underscores, dots; not starting with a digit; not looking like a cell
 * or R1C1 reference), otherwise in single quotes with inner quotes doubled.
 */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr]([0-9]*)?[Cc]?([0-9]*)?$/.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!E17` / `'Lesvraag 26-27'!G28` from a 1-based row and a 0-based column. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(col)}${row}`;
}

/** `A4:H61` from 1-based rows and 0-based columns. */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  return `${columnLetter(col1)}${row1}:${columnLetter(col2)}${row2}`;
}
