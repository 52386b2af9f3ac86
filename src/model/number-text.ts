/**
 * Text → number policies of the product, one function each with its reason. Excel hands
 * numbers as numbers; text only comes from cells formatted as text or typed keys.
 *
 * - Cell functions (functions.md, "Values in, values out"): `cellArgumentNumber`, strict
 *   plain numbers only ("12.5", "1e3", " 40 "). Reason: a formula argument feeds a figure
 *   silently, so it never guesses between "1.250" = 1250 and 1.25; anything else is #VALUE!.
 * - SCENARIO parameter rows (functions.md): `parameterRowNumber`, a decimal comma or dot and
 *   a trailing % ("0,15", "15%"). Reason: the rows are typed by hand in a Dutch workbook,
 *   one value per row with the key beside it, and no thousands separators occur in shares,
 *   sizes or norms at the row's scale of doubt.
 * - The sheet reader's policy for formation tables lives in src/sheet/cells.ts (it reads
 *   Dutch exports with thousands separators and reports each doubtful cell).
 */

/** A plain number as text: optional sign, digits with an optional dot, optional exponent. */
export const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell function's text argument as a number (already trimmed and non-empty), or undefined. */
export function cellArgumentNumber(trimmed: string): number | undefined {
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/** A SCENARIO parameter value as a number: numbers, and plain text numbers with a decimal comma or dot (and %). */
export function parameterRowNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim().replace(/\s/g, '');
    if (/^-?\d+([.,]\d+)?%?$/.test(t)) {
      const n = Number(t.replace(',', '.').replace('%', ''));
      return t.endsWith('%') ? n / 100 : n;
    }
  }
  return undefined;
}
