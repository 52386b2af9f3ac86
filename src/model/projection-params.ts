/**
 * Parameters of the multi-year projection (projection.md, "Parameters"): the projection
 * file (one flat JSON object), the PROGNOSE parameter rows, their defaults ("aanname") and
 * the school-year labels.
 *
 * Readings of projection.md taken here:
 * - `finalYear` in a file is an object level → last year ({"havo": 5, "tto": 6}) laid over
 *   the defaults; in parameter rows it is `finalYear.havo` / `examenjaar.havo`. A level text
 *   takes the final year of its words ("vmbo-gt" → vmbo → 4) when all its known words agree;
 *   a level whose words disagree ("havo/vwo") or that has none is unknown (its line's highest year).
 * - `firstYear` accepts the same spellings as the workbook ("26-27", "2026-2027", "2026/27")
 *   and is echoed as "2026-2027"; any other text is an error naming the key.
 * - Keys may be given by their key or their Dutch label, case- and accent-insensitively.
 * - Ranges: years 1..10 (whole), intakeGrowth above −1 up to 1, transition 0..2, attrition
 *   0..1, retirementAge 50..80, hiring 0..10000 FTE, assistantToTeacher.share 0..1 and
 *   .years 0..10 (whole), finalYear values 1..12 (whole).
 */

import { foldLabel } from './norms';
import type { ScenarioError } from './api';

export interface AssistantToTeacher {
  share: number;
  years: number;
}

export interface ProjectionParams {
  years: number;
  intakeGrowth: number;
  transition: number;
  /** Level word (folded) → last year; the defaults plus the file's own. */
  finalYear: Record<string, number>;
  attrition: number;
  retirementAge: number;
  hiring: number;
  assistantToTeacher: AssistantToTeacher | null;
  /** Label of year 0 as given ("2027-2028"), or null: from the workbook, else "jaar 0". */
  firstYear: string | null;
}

export type ProjectionKey = keyof ProjectionParams;

export const PROJECTION_KEYS: readonly ProjectionKey[] = [
  'years', 'intakeGrowth', 'transition', 'finalYear', 'attrition', 'retirementAge', 'hiring', 'assistantToTeacher', 'firstYear',
];

export const PROJECTION_LABELS: Record<ProjectionKey, { nl: string; en: string }> = {
  years: { nl: 'jaren', en: 'years' },
  intakeGrowth: { nl: 'groei instroom', en: 'intake growth' },
  transition: { nl: 'doorstroom', en: 'transition' },
  finalYear: { nl: 'examenjaar', en: 'final year' },
  attrition: { nl: 'verloop', en: 'attrition' },
  retirementAge: { nl: 'pensioenleeftijd', en: 'retirement age' },
  hiring: { nl: 'werving', en: 'hiring' },
  assistantToTeacher: { nl: 'doorgroei OA', en: 'assistant to teacher' },
  firstYear: { nl: 'eerste schooljaar', en: 'first school year' },
};

/** Default final years by level word (projection.md). */
export const DEFAULT_FINAL_YEAR: Readonly<Record<string, number>> = Object.freeze({
  vmbo: 4, mavo: 4, kader: 4, basis: 4, gl: 4, tl: 4, havo: 5, vwo: 6, atheneum: 6, gymnasium: 6,
});

export const PROJECTION_DEFAULTS: Readonly<ProjectionParams> = Object.freeze({
  years: 5,
  intakeGrowth: 0,
  transition: 1,
  finalYear: { ...DEFAULT_FINAL_YEAR },
  attrition: 0.03,
  retirementAge: 67.25,
  hiring: 0,
  assistantToTeacher: null,
  firstYear: null,
});

// ---------------------------------------------------------------------------------------
// School years

/**
 * The calendar year in which a school year starts, from a text holding "26-27",
 * "2026-2027", "2026/27" or "2026/2027" (consecutive years), else null.
 */
export function schoolYearStart(text: string): number | null {
  // Not part of a date: "bijgewerkt 10-11-2026" holds no school year.
  const re = /(^|[^\d\-/.])(\d{4}|\d{2})\s*[-/\u2013]\s*(\d{4}|\d{2})(?!\d)(?![-/.]\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const a = m[2];
    const b = m[3];
    let start: number | null = null;
    if (a.length === 4 && b.length === 4 && Number(b) === Number(a) + 1) start = Number(a);
    else if (a.length === 4 && b.length === 2 && Number(b) === (Number(a) + 1) % 100) start = Number(a);
    else if (a.length === 2 && b.length === 2 && Number(b) === (Number(a) + 1) % 100) start = 2000 + Number(a);
    if (start !== null && start >= 1990 && start <= 2100) return start;
  }
  return null;
}

/** Label of school year y: "2027-2028" when the start of year 0 is known, else "jaar y" / "year y". */
export function schoolYearLabel(start0: number | null, y: number, lang: 'nl' | 'en' = 'nl'): string {
  if (start0 === null) return `${lang === 'en' ? 'year' : 'jaar'} ${y}`;
  return `${start0 + y}-${start0 + y + 1}`;
}

// ---------------------------------------------------------------------------------------
// Final years

/** The final year of a level text (its words against the table), or null when unknown. */
export function finalYearOf(level: string | null, table: Readonly<Record<string, number>>): number | null {
  if (level === null) return null;
  const f = foldLabel(level);
  if (f === '') return null;
  if (table[f] !== undefined) return table[f];
  let found: number | null = null;
  for (const w of f.split(' ')) {
    const v = table[w];
    if (v === undefined) continue;
    if (found !== null && found !== v) return null;
    found = v;
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Validation

export type ProjectionParse = { ok: true; params: ProjectionParams } | { ok: false; errors: ScenarioError[] };

function keyFrom(text: string): ProjectionKey | undefined {
  const f = foldLabel(text);
  return PROJECTION_KEYS.find((k) => foldLabel(k) === f || foldLabel(PROJECTION_LABELS[k].nl) === f || foldLabel(PROJECTION_LABELS[k].en) === f);
}

/** The projection key a text names (key, Dutch or English label), or undefined. */
export const projectionKeyFrom = keyFrom;

function show(v: unknown): string {
  try {
    return typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

class Errs {
  list: ScenarioError[] = [];
  add(key: string, nl: string, en: string): void {
    this.list.push({ key, message: `${key}: ${nl}`, messageEn: `${key}: ${en}` });
  }
  num(key: string, v: unknown, min: number, max: number, opts: { whole?: boolean; minExclusive?: boolean } = {}): number | undefined {
    const n = typeof v === 'string' ? textNumber(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      this.add(key, `moet een getal zijn (gegeven: ${show(v)})`, `must be a number (given: ${show(v)})`);
      return undefined;
    }
    if ((opts.minExclusive ? n <= min : n < min) || n > max || (opts.whole && !Number.isInteger(n))) {
      const what = opts.whole ? 'een geheel getal ' : '';
      const whatEn = opts.whole ? 'a whole number ' : '';
      const lo = opts.minExclusive ? `groter dan ${min}` : `van ${min}`;
      const loEn = opts.minExclusive ? `above ${min}` : `from ${min}`;
      this.add(key, `moet ${what}${lo} tot en met ${max} zijn (gegeven: ${n})`, `must be ${whatEn}${loEn} to ${max} (given: ${n})`);
      return undefined;
    }
    return n;
  }
}

/** A plain text number with a decimal comma or dot, or a percentage ("-2%"); else undefined. */
function textNumber(v: string): number | undefined {
  const t = v.trim().replace(/\s/g, '');
  if (!/^[-+]?\d+([.,]\d+)?%?$/.test(t)) return undefined;
  const n = Number(t.replace(',', '.').replace('%', ''));
  return t.endsWith('%') ? n / 100 : n;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a projection file object (every key optional); every error names its key.
 * Never throws.
 */
export function resolveProjection(input: unknown): ProjectionParse {
  const e = new Errs();
  const p: ProjectionParams = { ...PROJECTION_DEFAULTS, finalYear: { ...DEFAULT_FINAL_YEAR } };
  if (input === undefined || input === null) return { ok: true, params: p };
  if (!isObject(input)) {
    return { ok: false, errors: [{ key: '(prognose)', message: '(prognose): moet een JSON-object zijn', messageEn: '(projection): must be a JSON object' }] };
  }
  for (const [rawKey, v] of Object.entries(input)) {
    const key = keyFrom(rawKey);
    if (!key) {
      e.add(rawKey, `onbekende sleutel (toegestaan: ${PROJECTION_KEYS.join(', ')})`, `unknown key (allowed: ${PROJECTION_KEYS.join(', ')})`);
      continue;
    }
    if (v === undefined) continue;
    switch (key) {
      case 'years': {
        const n = e.num(rawKey, v, 1, 10, { whole: true });
        if (n !== undefined) p.years = n;
        break;
      }
      case 'intakeGrowth': {
        const n = e.num(rawKey, v, -1, 1, { minExclusive: true });
        if (n !== undefined) p.intakeGrowth = n;
        break;
      }
      case 'transition': {
        const n = e.num(rawKey, v, 0, 2);
        if (n !== undefined) p.transition = n;
        break;
      }
      case 'attrition': {
        const n = e.num(rawKey, v, 0, 1);
        if (n !== undefined) p.attrition = n;
        break;
      }
      case 'retirementAge': {
        const n = e.num(rawKey, v, 50, 80);
        if (n !== undefined) p.retirementAge = n;
        break;
      }
      case 'hiring': {
        const n = e.num(rawKey, v, 0, 10000);
        if (n !== undefined) p.hiring = n;
        break;
      }
      case 'finalYear': {
        if (!isObject(v)) {
          e.add(rawKey, 'moet een object zijn van niveau naar examenjaar, zoals {"havo": 5}', 'must be an object of level to final year, such as {"havo": 5}');
          break;
        }
        for (const [level, year] of Object.entries(v)) {
          const n = e.num(`${rawKey}.${level}`, year, 1, 12, { whole: true });
          const f = foldLabel(level);
          if (f === '') e.add(`${rawKey}.${level}`, 'het niveau mag niet leeg zijn', 'the level must not be empty');
          else if (n !== undefined) p.finalYear[f] = n;
        }
        break;
      }
      case 'assistantToTeacher': {
        if (v === null) {
          p.assistantToTeacher = null;
          break;
        }
        if (!isObject(v)) {
          e.add(rawKey, 'moet een object zijn ({"share", "years"}) of null', 'must be an object ({"share", "years"}) or null');
          break;
        }
        for (const k of Object.keys(v)) {
          if (k !== 'share' && k !== 'years') e.add(`${rawKey}.${k}`, 'onbekende sleutel (toegestaan: share, years)', 'unknown key (allowed: share, years)');
        }
        if (v.share === undefined) e.add(`${rawKey}.share`, 'ontbreekt', 'is missing');
        if (v.years === undefined) e.add(`${rawKey}.years`, 'ontbreekt', 'is missing');
        const share = v.share === undefined ? undefined : e.num(`${rawKey}.share`, v.share, 0, 1);
        const years = v.years === undefined ? undefined : e.num(`${rawKey}.years`, v.years, 0, 10, { whole: true });
        if (share !== undefined && years !== undefined) p.assistantToTeacher = { share, years };
        break;
      }
      case 'firstYear': {
        if (v === null) {
          p.firstYear = null;
          break;
        }
        const start = typeof v === 'string' ? schoolYearStart(v) : null;
        if (start === null) {
          e.add(rawKey, `moet een schooljaar zijn zoals "2027-2028", "27-28" of "2027/28" (gegeven: ${show(v)})`,
            `must be a school year such as "2027-2028", "27-28" or "2027/28" (given: ${show(v)})`);
        } else p.firstYear = schoolYearLabel(start, 0);
        break;
      }
    }
  }
  if (e.list.length > 0) return { ok: false, errors: e.list };
  return { ok: true, params: p };
}

/**
 * Splits PROGNOSE's parameter rows: the projection keys (key or label, and
 * `finalYear.LEVEL`, `assistantToTeacher.share|years` with Dutch heads) become a projection
 * file object; every other row is left for the scenario (scenarioFromParameters).
 */
export function splitProjectionRows(rows: unknown[][]): { projection: Record<string, unknown>; scenarioRows: unknown[][] } {
  const projection: Record<string, unknown> = {};
  const scenarioRows: unknown[][] = [];
  for (const row of rows ?? []) {
    if (!Array.isArray(row)) continue;
    const rawKey = row[0];
    const value = row[1];
    if (typeof rawKey !== 'string') {
      scenarioRows.push(row);
      continue;
    }
    const dot = rawKey.indexOf('.');
    const head = dot > 0 ? rawKey.slice(0, dot) : rawKey;
    const tail = dot > 0 ? rawKey.slice(dot + 1).trim() : '';
    const key = keyFrom(head);
    const blankValue = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (!key) {
      scenarioRows.push(row);
      continue;
    }
    if (blankValue) continue;
    if (key === 'finalYear' && tail) {
      const fy = (projection.finalYear ??= {}) as Record<string, unknown>;
      fy[tail] = value;
    } else if (key === 'assistantToTeacher' && tail) {
      const sub = foldLabel(tail);
      const a = (projection.assistantToTeacher ??= {}) as Record<string, unknown>;
      const k = sub === 'share' || sub === 'aandeel' ? 'share' : sub === 'years' || sub === 'jaren' ? 'years' : tail;
      a[k] = value;
    } else if (key === 'assistantToTeacher' && typeof value === 'string' && ['geen', 'none', 'null', 'nee', 'no'].includes(value.trim().toLowerCase())) {
      projection.assistantToTeacher = null;
    } else if (key === 'firstYear') {
      projection.firstYear = typeof value === 'number' ? String(value) : value;
    } else {
      projection[rawKey.trim()] = value; // keeps the user's own key, so an error names it
    }
  }
  return { projection, scenarioRows };
}
