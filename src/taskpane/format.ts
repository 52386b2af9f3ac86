/**
 * Number formatting (Dutch "12,34" in nl, English "12.34" in en) and lenient number input
 * ("0,3" and "0.3" both mean 0.3). Pure: no React, no Office.
 */

import type { Lang, ScenarioKey, TotalKey, Unit } from '../model/labels';
import { UNITS } from '../model/labels';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, min: number, max: number, grouping = true): Intl.NumberFormat {
  const id = `${lang}|${min}|${max}|${grouping}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
    });
    cache.set(id, f);
  }
  return f;
}

/** Decimals per unit kind: FTE 2, hours 0, euros 0, counts 0, lessons 0, ratios 1. */
export function decimalsFor(unit: Unit): number {
  switch (unit) {
    case 'fte':
      return 2;
    case 'ratio':
      return 1;
    default:
      return 0;
  }
}

/** Fixed decimals, locale separators: formatNumber(12.345, 'nl', 2) = "12,35". Minus sign is U+2212. */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  const text = nf(lang, decimals, decimals).format(value);
  return text.replace(/^-/, '\u2212');
}

/** A figure of the engine by its key (cli.md labels), formatted for its unit. */
export function formatFigure(key: TotalKey | ScenarioKey, value: number, lang: Lang): string {
  const unit = UNITS[key];
  // Hours per FTE per week are small numbers: show two decimals.
  const decimals = key === 'hoursFreedPerTeacherFtePerWeek' ? 2 : decimalsFor(unit);
  const text = formatNumber(value, lang, decimals);
  return unit === 'euro' ? `\u20ac\u00a0${text}` : text;
}

/** A signed difference: "+1,25" / "−0,50" / "0,00". */
export function formatDelta(key: TotalKey | ScenarioKey, delta: number, lang: Lang): string {
  const abs = formatFigure(key, Math.abs(delta), lang);
  const zero = formatFigure(key, 0, lang);
  if (abs === zero) return abs;
  return (delta > 0 ? '+' : '\u2212') + abs;
}

/** A parameter value as the user would type it: no grouping, up to 6 decimals ("0,3", "90000"). */
export function formatInput(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return nf(lang, 0, 6, false).format(value).replace(/^-/, '-');
}

/** A plain value for messages: up to 4 decimals with grouping. */
export function formatPlain(value: number, lang: Lang): string {
  return nf(lang, 0, 4).format(value).replace(/^-/, '\u2212');
}

/**
 * Parses what a user types into a number field. Accepts Dutch and English notation:
 * "0,3", "0.3", "1.234,5", "1,234.5", "90 000", "€ 55.000", "30%" (→ 0.3).
 * With both separators the last one is the decimal; a comma alone is a decimal; a dot alone
 * groups thousands only in exact groups of three with a non-zero integer part ("1.250" =
 * 1250, "0.8" = 0.8, "37.8" = 37.8), as domain.md reads cells.
 * Returns null for an empty field, NaN for text that is not a number.
 */
export function parseNumber(text: string): number | null {
  let t = text.trim();
  if (t === '') return null;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(/^\u20ac\s*/, '').replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (!/^[-+]?[0-9.,]+$/.test(t) || !/[0-9]/.test(t)) return NaN;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [intPart, ...rest] = t.split(dec);
    if (rest.length !== 1) return NaN;
    normal = intPart.split(group).join('') + '.' + rest[0];
  } else if (lastComma >= 0) {
    const parts = t.split(',');
    if (parts.length !== 2) return NaN;
    normal = parts[0] + '.' + parts[1];
  } else if (lastDot >= 0) {
    const parts = t.split('.');
    const sign = /^[-+]/.test(parts[0]) ? parts[0][0] : '';
    const head = sign ? parts[0].slice(1) : parts[0];
    const grouped =
      parts.length >= 2 &&
      /^[1-9][0-9]{0,2}$/.test(head) &&
      parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
    if (grouped) normal = sign + parts.join('').slice(sign ? 1 : 0);
    else if (parts.length === 2) normal = parts[0] + '.' + parts[1];
    else return NaN;
  } else {
    normal = t;
  }
  const n = Number(normal);
  if (!Number.isFinite(n)) return NaN;
  return percent ? n / 100 : n;
}

/** Excel column letters of a 0-based column: 0 → A, 27 → AB. */
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
