/**
 * Birth dates on staff rows (projection.md, "New staff fields"): a date cell, an Excel
 * serial, a date typed as text (1961-03-15, 15-03-1961, 15/3/1961, 15.3.1961), or a year
 * alone (a whole number 1900–2100, as number or text), read as 1 July of that year.
 * Pure; the reader turns a `bad` result into an issue with the cell address.
 */

import { resolveCell, serialToDate, dateText } from './cells';

export type BirthDate = { kind: 'blank' } | { kind: 'date'; value: string } | { kind: 'bad'; text: string };

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The birth date in one cell, as YYYY-MM-DD. */
export function parseBirthDate(raw: unknown): BirthDate {
  const v = resolveCell(raw);
  if (v === null) return { kind: 'blank' };
  if (v instanceof Date) {
    const t = v.getTime();
    if (!Number.isFinite(t)) return { kind: 'bad', text: 'Invalid Date' };
    const s = dateText(v, false);
    const y = Number(s.slice(0, 4));
    return y >= 1900 && y <= 2100 ? { kind: 'date', value: s } : { kind: 'bad', text: s };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'bad', text: String(v) };
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return { kind: 'date', value: `${v}-07-01` };
    // Excel serial of a day in 1900..2100.
    if (v >= 1 && v < 73051) return { kind: 'date', value: dateText(serialToDate(Math.floor(v)), false) };
    return { kind: 'bad', text: String(v) };
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return { kind: 'blank' };
    let m = /^(\d{4})$/.exec(s);
    if (m) {
      const y = Number(m[1]);
      return y >= 1900 && y <= 2100 ? { kind: 'date', value: `${y}-07-01` } : { kind: 'bad', text: s };
    }
    m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
    let out: string | null = null;
    if (m) out = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else {
      m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
      if (m) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        // Day first (Dutch); month first only when the middle part cannot be a month.
        out = b > 12 && a <= 12 ? iso(Number(m[3]), a, b) : iso(Number(m[3]), b, a);
      }
    }
    return out ? { kind: 'date', value: out } : { kind: 'bad', text: s };
  }
  return { kind: 'bad', text: String(v) };
}
