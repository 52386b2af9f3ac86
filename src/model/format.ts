/**
 * Figures as text, one way for every face (CLI report, task pane): Dutch style in nl
 * (1.234,5), English style in en (1,234.5); decimals by unit (FTE 2, ratios 1, hours per
 * FTE per week 2, everything else 0). Pure: Intl only.
 *
 * One formatter, `formatNumber(value, decimals, lang)`, with named variants:
 * - `formatNumberOrNull` / `formatFigureOrNull`: null, NaN and infinities as "–" / "n/a"
 *   (the CLI report's plain text);
 * - `formatNumberTypographic` / `formatFigureTypographic`: a real minus sign (U+2212) and a
 *   no-break space after "€" (the pane's screen text).
 */

import { UNITS, type Lang, type ScenarioKey, type TotalKey } from './labels';

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

/** Decimals per figure: FTE 2, ratios 1, hours per FTE per week 2, counts, hours and euros 0. */
export function decimalsFor(key: TotalKey | ScenarioKey): number {
  if (key === 'hoursFreedPerTeacherFtePerWeek') return 2;
  const unit = UNITS[key];
  return unit === 'fte' ? 2 : unit === 'ratio' ? 1 : 0;
}

/**
 * A finite number with fixed decimals. Floating noise is stripped first (2.6249999999999996
 * is 2.625, shown as 2,63) and a value that rounds to zero is 0, never -0.
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  let v = Number(value.toPrecision(12));
  if (Math.abs(v) < 0.5 * 10 ** -decimals) v = 0;
  return formatter(lang, decimals).format(v);
}

/** A figure of cli.md by its key, with its unit's decimals and "€ " before euros. */
export function formatFigure(key: TotalKey | ScenarioKey, value: number, lang: Lang, space = ' '): string {
  const text = formatNumber(value, decimalsFor(key), lang);
  return UNITS[key] === 'euro' ? `\u20ac${space}${text}` : text;
}

/**
 * A figure to 12 significant digits, for output that stores numbers (JSON, workbooks):
 * sums such as 75.49999999999999 become 75.5. Twelve digits keep far more precision than
 * any FTE or euro needs and only drop floating-point noise from the last bits.
 */
export function roundNoise(value: number): number {
  return Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value;
}

/**
 * Excel number formats (invariant, English codes as Range.numberFormat and exceljs take
 * them) per unit: FTE 0.00, hours and counts #,##0, ratios 0.0, euros "€ "#,##0.
 */
export const NUMBER_FORMATS = {
  count: '#,##0',
  lessons: '#,##0',
  fte: '0.00',
  hours: '#,##0',
  hoursSmall: '0.00',
  ratio: '0.0',
  euro: '"€ "#,##0;"€ "-#,##0',
} as const;

/** The number format of one figure of cli.md. Hours per FTE per week are small: two decimals. */
export function numberFormatFor(key: TotalKey | ScenarioKey): string {
  if (key === 'hoursFreedPerTeacherFtePerWeek') return NUMBER_FORMATS.hoursSmall;
  return NUMBER_FORMATS[UNITS[key]];
}

/** The text of a figure the workbook does not give: "–" (nl) / "n/a" (en). */
export function nullText(lang: Lang): string {
  return lang === 'en' ? 'n/a' : '\u2013';
}

function finiteOrNull(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** formatNumber; null, NaN and infinities as "–" / "n/a". */
export function formatNumberOrNull(value: number | null | undefined, decimals: number, lang: Lang): string {
  return finiteOrNull(value) ? formatNumber(value, decimals, lang) : nullText(lang);
}

/** formatFigure; null, NaN and infinities as "–" / "n/a". */
export function formatFigureOrNull(key: TotalKey | ScenarioKey, value: number | null | undefined, lang: Lang): string {
  return finiteOrNull(value) ? formatFigure(key, value, lang) : nullText(lang);
}

/** formatNumber with a real minus sign (U+2212): formatNumberTypographic(-0.5, 2, 'nl') = "−0,50". */
export function formatNumberTypographic(value: number, decimals: number, lang: Lang): string {
  return formatNumber(value, decimals, lang).replace(/^-/, '\u2212');
}

/** formatFigure with a no-break space after "€" and a real minus sign. */
export function formatFigureTypographic(key: TotalKey | ScenarioKey, value: number, lang: Lang): string {
  return formatFigure(key, value, lang, '\u00a0').replace(/(^|\u00a0)-/, '$1\u2212');
}
