/**
 * Number formatting and plain-text tables for the CLI report.
 * Dutch style in nl (1.234,5), English style in en (1,234.5); null is "–" / "n/a".
 */

import { UNITS, type Lang, type ScenarioKey, type TotalKey } from '../model/labels';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number): Intl.NumberFormat {
  const k = `${lang}:${decimals}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(k, f);
  }
  return f;
}

export function nullText(lang: Lang): string {
  return lang === 'en' ? 'n/a' : '\u2013';
}

/** A number with a fixed number of decimals; null, NaN and infinities are shown as "–" / "n/a". */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return nullText(lang);
  // Strip floating noise first (2.6249999999999996 is 2.625, shown as 2,63), and show a
  // value that rounds to zero as 0, not -0.
  let v = Number(value.toPrecision(12));
  if (Math.abs(v) < 0.5 * 10 ** -decimals) v = 0;
  return formatter(lang, decimals).format(v);
}

/** Decimals per figure: FTE 2, hours 0 (per FTE per week 2), euros 0, counts 0, ratios 1. */
export function decimalsFor(key: TotalKey | ScenarioKey): number {
  if (key === 'hoursFreedPerTeacherFtePerWeek') return 2;
  switch (UNITS[key]) {
    case 'fte': return 2;
    case 'ratio': return 1;
    case 'lessons': return 0;
    default: return 0;
  }
}

/** A figure of cli.md formatted for the report (euros with "€ "). */
export function formatFigure(key: TotalKey | ScenarioKey, value: number | null | undefined, lang: Lang): string {
  const text = formatNumber(value, decimalsFor(key), lang);
  if (UNITS[key] === 'euro' && typeof value === 'number' && Number.isFinite(value)) return `\u20ac ${text}`;
  return text;
}

/**
 * Aligned plain-text columns: the first column left-aligned, the others right-aligned
 * (set `leftColumns` to left-align more). Two spaces between columns, `indent` before each line.
 */
export function textTable(rows: string[][], options: { indent?: string; leftColumns?: number } = {}): string[] {
  const indent = options.indent ?? '  ';
  const left = options.leftColumns ?? 1;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    (indent + row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        return i < left ? cell + pad : pad + cell;
      })
      .join('  ')).trimEnd(),
  );
}

/** Shortens a scenario name for a column header: the part before " (", at most `max` characters. */
export function shortName(name: string, max = 24): string {
  let s = name;
  const p = s.indexOf(' (');
  if (p > 0) s = s.slice(0, p);
  if ([...s].length > max) s = [...s].slice(0, max - 1).join('') + '\u2026';
  return s;
}
