/**
 * Reading cells of a table (domain.md, "Cell values"): numbers and text with their issues,
 * each naming the cell; a bad cell is never read as 0. Pure: imports only src/model.
 */

import type { Field, Issue } from '../model/types';
import { cellAddress } from '../model/address';
import {
  CellError, CellInvalid, EXCEL_ERRORS, dateText, isErrorString, parsePercentAware, resolveCell, serialToDate,
} from './cells';
import { FIELD_LABELS, foldText } from './headers';

// ---------------------------------------------------------------------------------------
// Issues

export function makeIssue(sheet: string, row: number, col: number, nl: string, en: string): Issue {
  return { cell: cellAddress(sheet, row, col), message: nl, messageEn: en, sheet, row, col };
}

export class TableCtx {
  readonly issues: Issue[] = [];
  /** What the last cell read found: ST_BLANK, ST_OK or ST_BAD. */
  st = 0;
  /** The table's recognised headers are all English: text numbers in English notation. */
  english = false;
  constructor(readonly sheet: string, readonly originRow: number, readonly originCol: number) {}
  /** An issue on local cell (r, c) of the values array. */
  add(r: number, c: number, nl: string, en: string): void {
    this.issues.push(makeIssue(this.sheet, this.originRow + r, this.originCol + c, nl, en));
  }
}

export function q(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${t}"`;
}

export function nlNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** Reports a cell that holds no usable value (error value, junk text, date, boolean, object). */
export function badCell(ctx: TableCtx, r: number, c: number, field: Field, raw: unknown, wantNumber: boolean): void {
  const L = FIELD_LABELS[field];
  const res = resolveCell(raw);
  if (res instanceof CellError) {
    ctx.add(r, c,
      `Foutwaarde ${res.code} bij ${L.nl}: cel niet meegeteld (niet als 0 gelezen).`,
      `Error value ${res.code} in ${L.en}: cell left out (not read as 0).`);
    return;
  }
  if (res instanceof CellInvalid && res.formula) {
    ctx.add(r, c,
      `Formule zonder berekende waarde bij ${L.nl} (${q(res.text)}): cel niet meegeteld. Bereken de werkmap opnieuw en sla op.`,
      `Formula without a calculated value in ${L.en} (${q(res.text)}): cell left out. Recalculate and save the workbook.`);
    return;
  }
  if (res instanceof Date) {
    const d = dateText(res, false);
    ctx.add(r, c,
      `Datum ${d} bij ${L.nl} is geen getal: cel niet meegeteld.`,
      `Date ${d} in ${L.en} is not a number: cell left out.`);
    return;
  }
  if (typeof res === 'boolean') {
    const b = res ? 'WAAR' : 'ONWAAR';
    ctx.add(r, c,
      `Waarheidswaarde ${b} bij ${L.nl} is geen getal: cel niet meegeteld.`,
      `Boolean ${res ? 'TRUE' : 'FALSE'} in ${L.en} is not a number: cell left out.`);
    return;
  }
  const text =
    typeof res === 'string' ? res.trim() : res instanceof CellInvalid ? res.text : String(res);
  if (wantNumber) {
    ctx.add(r, c,
      `${q(text)} bij ${L.nl} is geen getal: cel niet meegeteld (niet als 0 gelezen).`,
      `${q(text)} in ${L.en} is not a number: cell left out (not read as 0).`);
  } else {
    ctx.add(r, c,
      `${q(text)} bij ${L.nl} is geen bruikbare tekst: cel niet meegeteld.`,
      `${q(text)} in ${L.en} is not usable text: cell left out.`);
  }
}

// ---------------------------------------------------------------------------------------
// Cell readers (hot path). `ctx.st` tells the caller what the last read found.

export const ST_BLANK = 0;
export const ST_OK = 1;
export const ST_BAD = 2;

export const R_ANY = 0;
export const R_NONNEG = 1;
export const R_POSITIVE = 2;

export function readNum(ctx: TableCtx, row: readonly unknown[], r: number, c: number, field: Field, rule: number): number | null {
  ctx.st = ST_BLANK;
  if (c < 0) return null;
  const v = row[c];
  let n: number;
  if (typeof v === 'number') {
    if (v - v !== 0) {
      ctx.st = ST_BAD;
      badCell(ctx, r, c, field, v, true);
      return null;
    }
    n = v;
  } else if (v === null || v === undefined || v === '') {
    return null;
  } else {
    const p = parsePercentAware(v, ctx.english);
    if (p.kind === 'blank') return null;
    if (p.kind !== 'number') {
      ctx.st = ST_BAD;
      badCell(ctx, r, c, field, v, true);
      return null;
    }
    n = p.value;
  }
  if (rule !== R_ANY && n < 0) {
    ctx.st = ST_BAD;
    const L = FIELD_LABELS[field];
    ctx.add(r, c,
      `Negatieve waarde ${nlNumber(n)} bij ${L.nl} is niet toegestaan: cel niet meegeteld.`,
      `Negative value ${n} in ${L.en} is not allowed: cell left out.`);
    return null;
  }
  if (rule === R_POSITIVE && n === 0) {
    ctx.st = ST_BAD;
    const L = FIELD_LABELS[field];
    ctx.add(r, c,
      `${L.nl[0].toUpperCase()}${L.nl.slice(1)} moet groter dan 0 zijn: cel niet meegeteld.`,
      `${L.en[0].toUpperCase()}${L.en.slice(1)} must be greater than 0: cell left out.`);
    return null;
  }
  ctx.st = ST_OK;
  return n === 0 ? 0 : n;
}

/** Excel serial days that plausibly are dates (1954..2119) in a period column. */
function numberText(ctx: TableCtx, r: number, c: number, field: Field, n: number, period: boolean): string | null {
  if (n - n !== 0) {
    ctx.st = ST_BAD;
    badCell(ctx, r, c, field, n, false);
    return null;
  }
  ctx.st = ST_OK;
  if (period && n >= 20000 && n < 80000) return dateText(serialToDate(n), true);
  return String(n === 0 ? 0 : n);
}

export function readText(ctx: TableCtx, row: readonly unknown[], r: number, c: number, field: Field, period: boolean): string | null {
  ctx.st = ST_BLANK;
  if (c < 0) return null;
  const v = row[c];
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return null;
    if (s.charCodeAt(0) === 35 && EXCEL_ERRORS.has(s)) {
      ctx.st = ST_BAD;
      badCell(ctx, r, c, field, v, false);
      return null;
    }
    ctx.st = ST_OK;
    return s;
  }
  if (typeof v === 'number') return numberText(ctx, r, c, field, v, period);
  if (v === null || v === undefined) return null;
  const res = resolveCell(v);
  if (res === null) return null;
  if (typeof res === 'string') {
    const s = res.trim();
    if (s === '') return null;
    ctx.st = ST_OK;
    return s;
  }
  if (typeof res === 'number') return numberText(ctx, r, c, field, res, period);
  if (typeof res === 'boolean') {
    ctx.st = ST_OK;
    return res ? 'TRUE' : 'FALSE';
  }
  if (res instanceof Date && Number.isFinite(res.getTime())) {
    ctx.st = ST_OK;
    return dateText(res, period);
  }
  ctx.st = ST_BAD;
  badCell(ctx, r, c, field, v, false);
  return null;
}

const TOTAL_PREFIXES = ['totaal', 'total', 'subtotaal', 'subtotal', 'sub totaal', 'sub total', 'eindtotaal', 'grand total'];

/** True when the cell's text starts with totaal/subtotaal/total (and eindtotaal / grand total of pivot tables). */
export function isTotalLabel(v: unknown): boolean {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const r = resolveCell(v);
    if (typeof r !== 'string') return false;
    s = r;
  } else return false;
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 160)) i++;
  const c0 = s.charCodeAt(i) | 32;
  if (c0 !== 116 /* t */ && c0 !== 115 /* s */ && c0 !== 101 /* e */ && c0 !== 103 /* g */) return false;
  const f = foldText(s.length > 48 ? s.slice(0, 48) : s);
  for (const p of TOTAL_PREFIXES) if (f.startsWith(p)) return true;
  return false;
}

export function isPlainText(v: unknown): boolean {
  if (typeof v === 'string') return !isErrorString(v);
  if (v === null || typeof v !== 'object' || v instanceof Date) return false;
  return typeof resolveCell(v) === 'string';
}

/** The text of a header cell, or null when blank. */
export function headerText(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (v === null || v === undefined) return null;
  const r = resolveCell(v);
  if (typeof r === 'string') {
    const s = r.trim();
    return s === '' ? null : s;
  }
  if (typeof r === 'number') return Number.isFinite(r) ? String(r) : null;
  if (typeof r === 'boolean') return r ? 'TRUE' : 'FALSE';
  if (r instanceof Date) return dateText(r, false);
  if (r instanceof CellError) return r.code;
  if (r instanceof CellInvalid) return r.text;
  return null;
}

