/**
 * Finding tables: header rows (one or two rows high), the table segments they head (several
 * when tables stand side by side), and the language of their headers (domain.md,
 * "Formation sheets as they come", "Layouts people make for the eye"). Pure.
 */

import type { Field, TableKind } from '../model/types';
import { resolveCell } from './cells';
import { couldBeHeader, headerLanguage, inferKind, matchHeader } from './headers';
import { headerText } from './read-cells';

export interface HeaderCell {
  c: number;
  text: string;
  field: Field | null;
}

export interface Segment {
  c1: number;
  c2: number;
  cells: HeaderCell[];
  columns: Partial<Record<Field, number>>;
  dups: { cell: HeaderCell; usedCol: number; field: Field }[];
  kind: TableKind | null;
}

export interface HeaderEntry {
  /** Local index of the (lower) header row. */
  r: number;
  segs: Segment[];
  /** Local index of the upper row of a two-row header, else undefined. */
  upper?: number;
}

export function buildSegment(cells: HeaderCell[]): Segment {
  const columns: Partial<Record<Field, number>> = {};
  const dups: Segment['dups'] = [];
  for (const h of cells) {
    if (!h.field) continue;
    const used = columns[h.field];
    if (used === undefined) columns[h.field] = h.c;
    else dups.push({ cell: h, usedCol: used, field: h.field });
  }
  const c1 = cells.length > 0 ? cells[0].c : 0;
  const c2 = cells.length > 0 ? cells[cells.length - 1].c : 0;
  return { c1, c2, cells, columns, dups, kind: inferKind(columns) };
}

export function headerCells(row: readonly unknown[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = headerText(row[c]);
    if (t !== null) cells.push({ c, text: t, field: matchHeader(t) });
  }
  return cells;
}

/** The table segments a row of header cells heads, or null when it heads no table. */
function segmentsOf(cells: HeaderCell[]): Segment[] | null {
  // Groups of adjacent non-blank header cells; two or more groups that each make a table
  // are tables side by side.
  const groups: HeaderCell[][] = [];
  let cur: HeaderCell[] = [];
  for (const h of cells) {
    if (cur.length > 0 && h.c !== cur[cur.length - 1].c + 1) {
      groups.push(cur);
      cur = [];
    }
    cur.push(h);
  }
  if (cur.length > 0) groups.push(cur);
  if (groups.length > 1) {
    const kinds = groups.map((g) => buildSegment(g).kind);
    if (kinds.filter((k) => k !== null).length >= 2) {
      const segs: Segment[] = [];
      let acc: HeaderCell[] = [];
      let seenKind = false;
      for (let i = 0; i < groups.length; i++) {
        if (kinds[i] !== null && seenKind) {
          segs.push(buildSegment(acc));
          acc = [];
        }
        if (kinds[i] !== null) seenKind = true;
        acc.push(...groups[i]);
      }
      segs.push(buildSegment(acc));
      return segs;
    }
  }
  const whole = buildSegment(cells);
  return whole.kind ? [whole] : null;
}

/** The table segments a row heads (several when tables stand side by side), or null when it is no header row. */
export function analyseRow(row: readonly unknown[], out?: { candidates: number }): Segment[] | null {
  const len = row.length;
  // Pass 1, no allocation for most cells: at least two cells that could be headers.
  let candidates = 0;
  for (let c = 0; c < len; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (couldBeHeader(v)) candidates++;
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const t = resolveCell(v);
      if (typeof t === 'string' && couldBeHeader(t)) candidates++;
    }
  }
  if (out) out.candidates = candidates;
  if (candidates < 2) return null;
  // Pass 2: at least two cells that match a synonym.
  let matches = 0;
  for (let c = 0; c < len; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (couldBeHeader(v) && matchHeader(v) !== null) matches++;
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const t = headerText(v);
      if (t !== null && matchHeader(t) !== null) matches++;
    }
  }
  if (matches < 2) return null;
  return segmentsOf(headerCells(row));
}

function textOf(v: unknown): string | null {
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return null;
  return headerText(v);
}

/**
 * A two-row header (domain.md, "Two-row headers"): `upper` labels some columns of `lower`
 * (a merged "FTE" over "OP | OA | OOP", or "Vak" merged down over both rows). A column's
 * header is its lower cell, else its upper cell; a lower cell that matches nothing is tried
 * as "upper lower". Returns the segments when the pair makes a table with more recognised
 * columns than the lower row alone, else null.
 *
 * Readings (named so the contract can be settled): only text cells take part (a row with a
 * number in it is data, not a header); the upper row must not be a header row itself; an
 * upper cell with a blank lower cell counts only when it matches a field (a title above
 * the table is no column); a blank upper cell right of a text cell whose lower cell matches
 * nothing takes that text, as a merged range Excel passes blank to custom functions would.
 */
export function twoRowHeader(upper: readonly unknown[], lower: readonly unknown[]): Segment[] | null {
  const len = Math.max(upper.length, lower.length);
  // Cheap checks first (every data row passes here): a number in either row is data.
  for (let c = 0; c < lower.length; c++) if (typeof lower[c] === 'number') return null;
  for (let c = 0; c < upper.length; c++) if (typeof upper[c] === 'number') return null;
  // The upper row must hold a cell that could start a header ("FTE", "Vak", "Lessen"):
  // only such a cell can match alone or as "upper lower".
  let upperText = false;
  for (let c = 0; c < upper.length && !upperText; c++) {
    const v = upper[c];
    const t = typeof v === 'string' ? v : v === null || v === undefined ? null : textOf(v);
    if (t !== null && couldBeHeader(t)) upperText = true;
  }
  if (!upperText) return null;
  const cells: HeaderCell[] = [];
  let alone = 0;
  let fromUpper = 0;
  let carried: string | null = null;
  for (let c = 0; c < len; c++) {
    const lo = textOf(lower[c]);
    let up = textOf(upper[c]);
    if (up !== null) carried = up;
    else if (lo !== null && matchHeader(lo) === null) up = carried;
    else carried = null;
    if (lo !== null) {
      const f = matchHeader(lo);
      if (f !== null) {
        alone++;
        cells.push({ c, text: lo, field: f });
        continue;
      }
      if (up !== null && couldBeHeader(up)) {
        const both = `${up} ${lo}`;
        const g = matchHeader(both);
        if (g !== null) {
          fromUpper++;
          cells.push({ c, text: both, field: g });
          continue;
        }
      }
      cells.push({ c, text: lo, field: null });
    } else if (up !== null && textOf(upper[c]) !== null) {
      const f = matchHeader(up);
      if (f !== null) {
        fromUpper++;
        cells.push({ c, text: up, field: f });
      }
    }
  }
  if (fromUpper === 0 || alone + fromUpper < 2) return null;
  return segmentsOf(cells);
}

/**
 * True when every recognised header of the segment is English (or in both languages, such
 * as "FTE") and at least one is English only: its text numbers are read in English notation.
 */
export function englishHeaders(seg: Segment): boolean {
  let en = 0;
  for (const h of seg.cells) {
    if (!h.field || h.c < seg.c1 || h.c > seg.c2) continue;
    const lang = headerLanguage(h.text);
    if (lang === 'nl') return false;
    if (lang === 'en') en++;
  }
  return en > 0;
}
