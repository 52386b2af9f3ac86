/**
 * Argument coercion for the cell functions (functions.md, "Values in, values out").
 *
 * Every numeric argument is one value or a range (any[][] as Excel passes it). Ranges
 * combine element by element and the result has their shape; a single value (or a 1×1
 * range) applies to every element; ranges of different shapes are one #VALUE! for the
 * whole formula. Per element:
 * - blank (null, undefined, "" or only spaces): in a required argument the element's
 *   result is "" (never null, which Excel shows as 0); in an optional argument the default
 *   (a norm) applies;
 * - a number passes; text is parsed strictly as a plain number ("12.5", "1e3", " 40 ");
 *   other text ("12,5", "€ 40", "veertig") and booleans are #VALUE! naming the argument.
 *   Excel passes numbers as numbers, so text only comes from cells formatted as text;
 *   a strict parse never guesses between "1.250" = 1250 and 1.25;
 * - an Excel error in the argument passes through to that element (#REF! and #NAME?, which
 *   a custom function may not return, become #VALUE! naming the argument and the error);
 * - a negative count, hours figure or FTE, or a share outside 0..1: #NUM!.
 * Errors win over blanks; the first argument with an error decides the element's error.
 *
 * The loop is tight on purpose: a column formula over 10,000 rows is one call. Single
 * values are coerced once per call, the element loop reuses one Float64Array for the
 * arguments and allocates nothing but the result rows (and error objects where needed).
 */

import { errorCodeOf, excelError, isOutputCode, uiLang, type Lang } from './errors';
import { cellArgumentNumber } from '../model/number-text';

/**
 * What an argument may hold (plain constants, not an enum: they inline under any
 * transpiler). NON_NEG: a count, hours figure, FTE or norm, ≥ 0. SHARE: 0..1. GAIN: a
 * productivity gain g ≥ −1 (−1 is a zero divisor in F11).
 */
export const NON_NEG = 0;
export const SHARE = 1;
export const GAIN = 2;
export type Kind = 0 | 1 | 2;

export interface ArgSpec {
  /** English parameter name (as in functions.md and the metadata). */
  en: string;
  /** Dutch parameter name (as in translations.ts; a test keeps them equal). */
  nl: string;
  kind: Kind;
  /** Default for an optional argument (omitted or blank); undefined = required. */
  def?: number;
}

/** The value of one element: a number in `x[i]`, or a blank, or an error. */
const OK = 0;
const BLANK = 1;
const ERROR = 2;

/** An argument prepared for the element loop. */
interface Prepared {
  spec: ArgSpec;
  /** The matrix, or null for a single value. */
  m: unknown[][] | null;
  /** For a single value: its state and number or error. */
  state: number;
  num: number;
  err: unknown;
}

export interface Broadcast {
  rows: number;
  cols: number;
  args: Prepared[];
  lang: Lang;
  fn: string;
  /**
   * Indexes of the range arguments, when every single-value argument is a valid number:
   * then the single values are written into the element array once and the element loop
   * reads only the ranges. Null when a single value is blank or an error (the general
   * path keeps the first-argument-decides rule).
   */
  ranges: number[] | null;
  /** The element array the single values were last written into. */
  filled: Float64Array | null;
}

function dims(m: unknown[][]): string {
  return `${m.length}×${m.length > 0 && Array.isArray(m[0]) ? m[0].length : 0}`;
}

export function argName(spec: ArgSpec, lang: Lang): string {
  return lang === 'nl' ? spec.nl : spec.en;
}

/** #VALUE! for text that is not a number. */
function notANumber(spec: ArgSpec, v: unknown, lang: Lang): unknown {
  const shown = typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : String(v);
  return excelError(
    '#VALUE!',
    lang === 'nl'
      ? `${spec.nl}: ${shown} is geen getal. Geef een getal (tekst alleen als gewoon getal met punt, zoals 12.5).`
      : `${spec.en}: ${shown} is not a number. Give a number (text only as a plain number with a dot, such as 12.5).`,
  );
}

/** The error for an Excel error found in an argument. */
function passError(spec: ArgSpec, code: string, lang: Lang): unknown {
  if (isOutputCode(code)) {
    return excelError(code, lang === 'nl' ? `${spec.nl} bevat de fout ${code}.` : `${spec.en} holds the error ${code}.`);
  }
  return excelError('#VALUE!', lang === 'nl' ? `${spec.nl} bevat de fout ${code}.` : `${spec.en} holds the error ${code}.`);
}


/**
 * Coerces one value that is not a number (the slow path). Writes the number into out[0]
 * and returns OK, or returns BLANK, or returns the error object.
 */
function coerceOther(v: unknown, spec: ArgSpec, lang: Lang, out: Float64Array, i: number): number | { e: unknown } {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return BLANK;
    const n = cellArgumentNumber(t); // the cell functions' text policy (model/number-text.ts)
    if (n !== undefined) {
      out[i] = n;
      return OK;
    }
    const code = errorCodeOf(t);
    if (code !== undefined) return { e: passError(spec, code, lang) };
    return { e: notANumber(spec, v, lang) };
  }
  const code = errorCodeOf(v);
  if (code !== undefined) return { e: passError(spec, code, lang) };
  // An Excel.CellValue-style number ({ type: 'Double' | 'FormattedNumber', basicValue: 12 }).
  const basic = v !== null && typeof v === 'object' ? (v as { basicValue?: unknown }).basicValue : undefined;
  if (typeof basic === 'number') {
    out[i] = basic;
    return OK;
  }
  return { e: notANumber(spec, v, lang) };
}

/** #NUM! when the value is outside the argument's range, else undefined. */
function outOfRange(kind: Kind, x: number): boolean {
  if (x - x !== 0) return true; // NaN or ±Infinity (no global lookup of Infinity in the hot loop)
  if (kind === NON_NEG) return x < 0;
  if (kind === SHARE) return x < 0 || x > 1;
  return x < -1;
}

/** Held in a module variable: no global lookup per row (slow in vm contexts). */
const ArrayOf = Array;

let numError: unknown = null;
/** One #NUM! object per call is enough (it has no message). */
function num(): unknown {
  return numError ?? (numError = excelError('#NUM!'));
}

/**
 * Prepares the arguments of one call: checks the shapes (#VALUE! thrown on a mismatch)
 * and coerces single values once.
 */
export function broadcast(fn: string, specs: readonly ArgSpec[], values: readonly unknown[], columnOnly = false): Broadcast {
  const lang = uiLang();
  numError = null;
  let rows = 1;
  let cols = 1;
  let shapeFrom = -1;
  const args: Prepared[] = new Array(specs.length);
  const scratch = new Float64Array(1);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    let v = values[i];
    let m: unknown[][] | null = null;
    if (Array.isArray(v)) {
      const mv = v as unknown[][];
      if (mv.length === 1 && Array.isArray(mv[0]) && mv[0].length === 1) v = mv[0][0];
      else if (mv.length === 0 || !Array.isArray(mv[0]) || mv[0].length === 0) v = null;
      else m = mv;
    }
    const p: Prepared = { spec, m, state: OK, num: 0, err: undefined };
    if (m) {
      const r = m.length;
      const c = m[0].length;
      if (columnOnly && c !== 1) {
        throw excelError(
          '#VALUE!',
          lang === 'nl'
            ? `${fn}: ${spec.nl} moet één kolom zijn (nu ${dims(m)}); de functie geeft één rij per element.`
            : `${fn}: ${spec.en} must be a single column (now ${dims(m)}); the function gives one row per element.`,
        );
      }
      if (shapeFrom < 0) {
        rows = r;
        cols = c;
        shapeFrom = i;
      } else if (r !== rows || c !== cols) {
        const first = specs[shapeFrom];
        throw excelError(
          '#VALUE!',
          lang === 'nl'
            ? `${fn}: de bereiken hebben verschillende vormen: ${first.nl} is ${rows}×${cols}, ${spec.nl} is ${r}×${c}. Geef bereiken van dezelfde grootte, of één waarde.`
            : `${fn}: the ranges have different shapes: ${first.en} is ${rows}×${cols}, ${spec.en} is ${r}×${c}. Give ranges of the same size, or a single value.`,
        );
      }
    } else if (typeof v === 'number') {
      p.num = v;
    } else {
      const res = coerceOther(v, spec, lang, scratch, 0);
      if (res === OK) p.num = scratch[0];
      else if (res === BLANK) p.state = BLANK;
      else {
        p.state = ERROR;
        p.err = (res as { e: unknown }).e;
      }
    }
    if (p.state === BLANK && spec.def !== undefined) {
      p.state = OK;
      p.num = spec.def;
    }
    if (p.state === OK && outOfRange(spec.kind, p.num)) {
      p.state = ERROR;
      p.err = num();
    }
    args[i] = p;
  }
  let ranges: number[] | null = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].m !== null) ranges.push(i);
    else if (args[i].state !== OK) ranges = null;
    if (ranges === null) break;
  }
  return { rows, cols, args, lang, fn, ranges, filled: null };
}

/**
 * Reads element (r, c) of every argument into x. Returns undefined when all are numbers,
 * "" when a required argument is blank, or the error of the element.
 */
export function readElement(b: Broadcast, r: number, c: number, x: Float64Array): unknown {
  const args = b.args;
  let blank = false;
  const ranges = b.ranges;
  const n = ranges === null ? args.length : ranges.length;
  if (ranges !== null && b.filled !== x) {
    for (let i = 0; i < args.length; i++) if (args[i].m === null) x[i] = args[i].num;
    b.filled = x;
  }
  for (let k = 0; k < n; k++) {
    const i = ranges === null ? k : ranges[k];
    const p = args[i];
    if (p.m === null) {
      if (p.state === OK) x[i] = p.num;
      else if (p.state === ERROR) return p.err;
      else blank = true;
      continue;
    }
    const v = p.m[r][c];
    const spec = p.spec;
    if (typeof v === 'number') {
      x[i] = v;
    } else {
      const res = coerceOther(v, spec, b.lang, x, i);
      if (res === BLANK) {
        // (x[i] of a blank optional range cell is the default for this element only.)
        if (spec.def !== undefined) x[i] = spec.def;
        else blank = true;
        continue;
      }
      if (res !== OK) return (res as { e: unknown }).e;
    }
    if (outOfRange(spec.kind, x[i])) return num();
  }
  return blank ? '' : undefined;
}

let divError: unknown = null;

/** A computed value for a cell: NaN (zero divisor) → #DIV/0!, ±Infinity → #NUM!. */
export function finish(y: number): unknown {
  if (y - y === 0) return y;
  if (y !== y) return divError ?? (divError = excelError('#DIV/0!'));
  return num(); // ±Infinity
}

/**
 * Element-wise evaluation: `compute` gets the arguments' numbers (one reused array) and
 * returns a number (NaN for a zero divisor).
 */
export function elementwise(
  fn: string,
  specs: readonly ArgSpec[],
  values: readonly unknown[],
  compute: (x: Float64Array) => number,
): unknown[][] {
  const b = broadcast(fn, specs, values);
  divError = null;
  const x = new Float64Array(specs.length);
  const out: unknown[][] = new ArrayOf(b.rows);
  for (let r = 0; r < b.rows; r++) {
    const row: unknown[] = new ArrayOf(b.cols);
    for (let c = 0; c < b.cols; c++) {
      const bad = readElement(b, r, c, x);
      row[c] = bad === undefined ? finish(compute(x)) : bad;
    }
    out[r] = row;
  }
  return out;
}

/** Starts a new call's shared error objects (for functions with their own loop). */
export function resetShared(): void {
  divError = null;
}

/** All cells of a value or range, row by row (for the task catalogue of TRANSFER_HOURS). */
export function flatten(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  const out: unknown[] = [];
  for (const row of v as unknown[]) {
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/**
 * One cell of a list argument (the task catalogue): a number, null for blank, or an error
 * object (#VALUE! naming the argument, #NUM! out of range, or a passed-through error).
 */
export function coerceCell(v: unknown, spec: ArgSpec, lang: Lang): number | null | { e: unknown } {
  let x: number;
  if (typeof v === 'number') x = v;
  else {
    const scratch = new Float64Array(1);
    const res = coerceOther(v, spec, lang, scratch, 0);
    if (res === BLANK) return null;
    if (res !== OK) return res as { e: unknown };
    x = scratch[0];
  }
  if (outOfRange(spec.kind, x)) return { e: excelError('#NUM!') };
  return x;
}
