/**
 * Cell values as they come from Office.js (Range.values), exceljs and custom functions:
 * number parsing in Dutch and English notation, Excel error values, exceljs rich values,
 * and text for text columns (domain.md, "Cell values"). Pure: no Office, no node modules.
 */

import { EXCEL_ERROR_LITERALS } from '../model/excel-errors';

export type ParsedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'invalid'; text: string };

/** Like ParsedNumber; `percent` is true when the text carried a % sign (the value is already divided by 100). */
export type ParsedPercentAware = ParsedNumber & { percent?: boolean };

/** Error values Excel shows in cells (Range.values gives them as these strings): the model's one list. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_LITERALS);

/** A cell holding an Excel error value (after unwrapping). */
export class CellError {
  constructor(readonly code: string) {}
}

/** A cell whose value cannot be used at all (an unknown object, a formula without cached result). */
export class CellInvalid {
  constructor(readonly text: string, readonly formula = false) {}
}

/** What a raw cell resolves to. */
export type Resolved = null | string | number | boolean | Date | CellError | CellInvalid;

const BLANK: ParsedNumber = Object.freeze({ kind: 'blank' }) as ParsedNumber;

/** True for an Excel error string such as '#REF!' (exact, after trimming). */
export function isErrorString(s: string): boolean {
  if (s.length < 4) return false;
  if (s.charCodeAt(0) === 35) return EXCEL_ERRORS.has(s);
  const t = s.trim();
  return t.charCodeAt(0) === 35 && EXCEL_ERRORS.has(t);
}

function objectText(o: Record<string, unknown>): string {
  try {
    const s = JSON.stringify(o);
    if (typeof s === 'string') return s.length > 40 ? s.slice(0, 37) + '...' : s;
  } catch {
    /* cyclic or hostile object */
  }
  return '[object]';
}

/**
 * Unwraps a raw cell into a primitive or a marker. Strings are returned as they are
 * (untrimmed) unless they are an Excel error string. Never throws.
 */
export function resolveCell(value: unknown): Resolved {
  let v = value;
  try {
    for (let depth = 0; depth < 6; depth++) {
      if (v === null || v === undefined) return null;
      switch (typeof v) {
        case 'string':
          return isErrorString(v) ? new CellError(v.trim()) : v;
        case 'number':
        case 'boolean':
          return v;
        case 'bigint':
          return Number(v);
        case 'object':
          break;
        default:
          return new CellInvalid(`[${typeof v}]`);
      }
      if (v instanceof Date) return v;
      if (Array.isArray(v)) {
        // A 1×1 array (a custom function's single-cell range): use its cell.
        if (v.length === 1) {
          const inner = v[0];
          v = Array.isArray(inner) && inner.length === 1 ? inner[0] : inner;
          if (Array.isArray(v)) return new CellInvalid('[array]');
          continue;
        }
        return v.length === 0 ? null : new CellInvalid('[array]');
      }
      const o = v as Record<string, unknown>;
      const err = o.error !== undefined && o.error !== null ? o.error : o.code;
      if (err !== undefined && err !== null && (typeof err === 'string' || typeof err === 'number')) {
        return new CellError(String(err));
      }
      if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
        if (o.result === undefined) {
          const f = typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? o.sharedFormula : '';
          return new CellInvalid(f ? `=${f}` : '[formule]', true);
        }
        v = o.result;
        continue;
      }
      if (Array.isArray(o.richText)) {
        let s = '';
        for (const part of o.richText as unknown[]) {
          if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
            s += (part as { text: string }).text;
          }
        }
        return isErrorString(s) ? new CellError(s.trim()) : s;
      }
      if ('text' in o) {
        v = o.text;
        continue;
      }
      return new CellInvalid(objectText(o));
    }
  } catch {
    return new CellInvalid('[object]');
  }
  return new CellInvalid('[object]');
}

// ---------------------------------------------------------------------------------------
// Text numbers

const UNIT_SUFFIX =
  /\s*(?:fte(?:'?s)?|wtf|uur|uren|u|h|lln|ll|leerlingen|lessen|lesuren|les|min|minuten|groepen|klassen|eur|euro|€)\.?$/i;
const CURRENCY_PREFIX = /^(?:€|eur\b|euro\b)\s*/i;
const DIGITS = /^[0-9]+$/;
const CORE_CHARS = /^[0-9.,]+$/;
const SPACE_GROUPED = /^[0-9]{1,3}(?:[ \u00a0\u202f\u2007][0-9]{3})+(?:[.,][0-9]+)?$/;
const SPACES = /[ \u00a0\u202f\u2007]/g;

/** Digits grouped by `sep` in exact groups of three (first group 1-3 digits) → plain digits, else null. */
function ungroup(s: string, sep: string): string | null {
  const parts = s.split(sep);
  const first = parts[0];
  if (first.length < 1 || first.length > 3 || !DIGITS.test(first)) return null;
  for (let i = 1; i < parts.length; i++) {
    if (parts[i].length !== 3 || !DIGITS.test(parts[i])) return null;
  }
  return parts.join('');
}

/** The number in a core of digits, dots and commas (domain.md separator rules), else NaN. */
function parseCore(c: string): number {
  if (!CORE_CHARS.test(c)) return NaN;
  const lastDot = c.lastIndexOf('.');
  const lastComma = c.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return Number(c);
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decPos = lastDot > lastComma ? lastDot : lastComma;
    const decCh = c[decPos];
    const groupCh = decCh === '.' ? ',' : '.';
    const intPart = c.slice(0, decPos);
    const frac = c.slice(decPos + 1);
    if (intPart.indexOf(decCh) >= 0 || !DIGITS.test(frac)) return NaN;
    const digits = ungroup(intPart, groupCh);
    if (digits === null) return NaN;
    return Number(`${digits}.${frac}`);
  }
  if (lastComma >= 0) {
    const parts = c.split(',');
    if (parts.length === 2) {
      // A comma alone is a decimal separator.
      if (!DIGITS.test(parts[1]) || (parts[0] !== '' && !DIGITS.test(parts[0]))) return NaN;
      return Number(`${parts[0] || '0'}.${parts[1]}`);
    }
    const digits = ungroup(c, ',');
    return digits === null ? NaN : Number(digits);
  }
  // Dots only: thousands only in exact groups of three with a non-zero integer part.
  const parts = c.split('.');
  const first = parts[0];
  if (first.length >= 1 && first.length <= 3 && DIGITS.test(first) && Number(first) !== 0) {
    let grouped = true;
    for (let i = 1; i < parts.length; i++) {
      if (parts[i].length !== 3 || !DIGITS.test(parts[i])) {
        grouped = false;
        break;
      }
    }
    if (grouped) return Number(parts.join(''));
  }
  if (parts.length !== 2) return NaN;
  if (!DIGITS.test(parts[1]) || (first !== '' && !DIGITS.test(first))) return NaN;
  return Number(`${first || '0'}.${parts[1]}`);
}

let lastPercent = false;

/** Swaps '.' and ',' (English notation read with the Dutch rule). */
function swapSeparators(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    out += ch === '.' ? ',' : ch === ',' ? '.' : ch;
  }
  return out;
}

/**
 * Parses a text number; NaN when it is not one. Sets `lastPercent`. The text must be
 * non-blank and trimmed. `english`: comma and dot swap roles (a table with English headers).
 */
function parseNumberText(text: string, english: boolean): number {
  lastPercent = false;
  let s = text;
  let neg = false;
  if (s.length > 64) return NaN;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    neg = true;
    s = s.slice(1, -1).trim();
  }
  // Leading currency and sign, in either order.
  let signSeen = false;
  let curSeen = false;
  for (let k = 0; k < 2; k++) {
    const c0 = s.charCodeAt(0);
    if (!signSeen && (c0 === 45 /* - */ || c0 === 0x2212 /* − */ || c0 === 0x2013 /* – */ || c0 === 43 /* + */)) {
      signSeen = true;
      if (c0 !== 43) neg = !neg;
      s = s.slice(1).trimStart();
      continue;
    }
    if (!curSeen) {
      const m = CURRENCY_PREFIX.exec(s);
      if (m) {
        curSeen = true;
        s = s.slice(m[0].length);
        continue;
      }
    }
    break;
  }
  // Trailing percent sign, unit, currency.
  if (s.charCodeAt(s.length - 1) === 37 /* % */) {
    lastPercent = true;
    s = s.slice(0, -1).trimEnd();
  } else {
    const m = UNIT_SUFFIX.exec(s);
    if (m && m.index > 0) s = s.slice(0, m.index);
    if (s.charCodeAt(s.length - 1) === 37) {
      lastPercent = true;
      s = s.slice(0, -1).trimEnd();
    }
  }
  if (s.length === 0) return NaN;
  if (SPACE_GROUPED.test(s)) s = s.replace(SPACES, '');
  let n = parseCore(english ? swapSeparators(s) : s);
  if (!Number.isFinite(n)) return NaN;
  if (lastPercent) n = n / 100;
  if (neg) n = -n;
  return n === 0 ? 0 : n;
}

function parseResolved(r: Resolved, english = false): ParsedPercentAware {
  lastPercent = false;
  if (r === null) return BLANK;
  if (typeof r === 'number') {
    return Number.isFinite(r) ? { kind: 'number', value: r === 0 ? 0 : r } : { kind: 'invalid', text: String(r) };
  }
  if (typeof r === 'string') {
    const t = r.trim();
    if (t === '') return BLANK;
    const n = parseNumberText(t, english);
    if (Number.isNaN(n)) return { kind: 'invalid', text: t };
    return lastPercent ? { kind: 'number', value: n, percent: true } : { kind: 'number', value: n };
  }
  if (typeof r === 'boolean') return { kind: 'invalid', text: r ? 'TRUE' : 'FALSE' };
  if (r instanceof Date) return { kind: 'invalid', text: dateText(r, false) };
  if (r instanceof CellError) return { kind: 'error', code: r.code };
  return { kind: 'invalid', text: r.text };
}

/**
 * A cell as a number (domain.md "Cell values"): numbers pass; Dutch and English text
 * numbers, percentages ("80%" → 0.8), currency and unit suffixes are parsed; Excel error
 * values give `error`; booleans, dates, NaN, Infinity and other text give `invalid`.
 */
export function parseNumber(value: unknown, english = false): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value: value === 0 ? 0 : value } : { kind: 'invalid', text: String(value) };
  }
  const p = parseResolved(resolveCell(value), english);
  if (p.kind === 'number' && p.percent) return { kind: 'number', value: p.value };
  return p;
}

/**
 * parseNumber that also says whether the text was a percentage. `english`: the table's
 * recognised headers are all English, so comma and dot swap roles ("54,300" = 54300, "0,8" = 0.8).
 */
export function parsePercentAware(value: unknown, english = false): ParsedPercentAware {
  return parseResolved(resolveCell(value), english);
}

/** Excel 1900-system serial day → Date (UTC). */
export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date as YYYY-MM (month) or YYYY-MM-DD. Rounded to the nearest day first, so a local
 * midnight in any time zone and exceljs' UTC midnight give the same day.
 */
export function dateText(d: Date, monthOnly: boolean): string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return 'Invalid Date';
  const x = new Date(t + 12 * 3600000);
  const y = x.getUTCFullYear();
  const m = pad2(x.getUTCMonth() + 1);
  return monthOnly ? `${y}-${m}` : `${y}-${m}-${pad2(x.getUTCDate())}`;
}

/** True when the cell is blank: null, undefined, '' or whitespace, or a rich value resolving to that. */
export function isBlankCell(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  const t = typeof v;
  if (t === 'string') {
    const s = v as string;
    const c0 = s.charCodeAt(0);
    if (c0 > 32 && c0 !== 160 && c0 < 0x2000) return false;
    return s.trim() === '';
  }
  if (t !== 'object') return false;
  const r = resolveCell(v);
  return r === null || (typeof r === 'string' && r.trim() === '');
}
