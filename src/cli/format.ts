/**
 * Number formatting and plain-text tables for the CLI report.
 * Dutch style in nl (1.234,5), English style in en (1,234.5); null is "–" / "n/a".
 */

import type { Lang, ScenarioKey, TotalKey } from '../model/labels';
import { decimalsFor, formatFigure as formatFigureText, formatNumber as formatNumberText } from '../model/format';

export function nullText(lang: Lang): string {
  return lang === 'en' ? 'n/a' : '\u2013';
}

/** A number with a fixed number of decimals; null, NaN and infinities are shown as "–" / "n/a". */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return nullText(lang);
  return formatNumberText(value, decimals, lang);
}

export { decimalsFor };

/** A figure of cli.md formatted for the report (euros with "€ "); null as "–" / "n/a". */
export function formatFigure(key: TotalKey | ScenarioKey, value: number | null | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return nullText(lang);
  return formatFigureText(key, value, lang);
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
