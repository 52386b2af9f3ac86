/**
 * Figures as text, one way for every face (CLI report, task pane): Dutch style in nl
 * (1.234,5), English style in en (1,234.5); decimals by unit (FTE 2, ratios 1, hours per
 * FTE per week 2, everything else 0). Pure: Intl only.
 *
 * One formatter, `formatNumber(value, decimals, lang)`, with named variants:
 * - `formatNumberOrNull` / `formatFigureOrNull`: null, NaN and infinities as "–" / "n/a"
 *   (the CLI report's plain text);
 * - `formatNumberTypographic` / `formatFigureTypographic`: a no-break space after "€" (the
 *   pane's screen text);
 * - `formatPlain`: a parameter or norm value in a sentence (up to 4 decimals, "0,15").
 *
 * The minus sign: every text face (report, notes, messages, pane) writes U+2212 "−", the
 * one MINUS below. formatNumber itself keeps "-" for text that is parsed again (inputs).
 * Excel cells hold numbers; their number formats (NUMBER_FORMATS) show Excel's own sign.
 */

import { UNITS, type Lang, type ScenarioKey, type TotalKey } from './labels';

/** The minus sign of every text face (U+2212). */
export const MINUS = '\u2212';

function withMinus(text: string): string {
  return text.replace(/^-|(\u20ac[ \u00a0])-/, (_m, euro?: string) => `${euro ?? ''}${MINUS}`);
}

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
  return finiteOrNull(value) ? withMinus(formatNumber(value, decimals, lang)) : nullText(lang);
}

/** formatFigure; null, NaN and infinities as "–" / "n/a". */
export function formatFigureOrNull(key: TotalKey | ScenarioKey, value: number | null | undefined, lang: Lang): string {
  return finiteOrNull(value) ? withMinus(formatFigure(key, value, lang)) : nullText(lang);
}

/**
 * A parameter or norm value in a sentence: grouping, up to `maxDecimals` decimals, no
 * trailing zeros, the text minus: formatPlain(0.15, 'nl') = "0,15", formatPlain(1659, 'nl') = "1.659".
 */
export function formatPlain(value: number, lang: Lang, maxDecimals = 4): string {
  let f = formatters.get(`${lang}:plain${maxDecimals}`);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(`${lang}:plain${maxDecimals}`, f);
  }
  let v = Number(value.toPrecision(12));
  if (Math.abs(v) < 0.5 * 10 ** -maxDecimals) v = 0;
  return withMinus(f.format(v));
}

/** A share as a percentage in a sentence: formatPercent(0.25, 'nl') = "25%", 0.125 → "12,5%". */
export function formatPercent(share: number, lang: Lang): string {
  return `${formatPlain(share * 100, lang, 1)}%`;
}

/** formatNumber with a real minus sign (U+2212): formatNumberTypographic(-0.5, 2, 'nl') = "−0,50". */
export function formatNumberTypographic(value: number, decimals: number, lang: Lang): string {
  return withMinus(formatNumber(value, decimals, lang));
}

/** formatFigure with a no-break space after "€" and a real minus sign. */
export function formatFigureTypographic(key: TotalKey | ScenarioKey, value: number, lang: Lang): string {
  return withMinus(formatFigure(key, value, lang, '\u00a0'));
}
