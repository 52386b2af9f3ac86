/**
 * Number formatting (Dutch "12,34" in nl, English "12.34" in en) and lenient number input
 * ("0,3" and "0.3" both mean 0.3). Pure: no React, no Office.
 */

import type { Lang, ScenarioKey, TotalKey } from '../model/labels';
import { formatFigureTypographic } from '../model/format';
import { parseNumber as parseCellNumber } from '../sheet/cells';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, min: number, max: number, grouping = true): Intl.NumberFormat {
  const id = `${lang}|${min}|${max}|${grouping}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
    cache.set(id, f);
  }
  return f;
}

/** A figure of the engine by its key (cli.md labels): the model's one formatter, typographic variant. */
export const formatFigure = formatFigureTypographic;

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
 * Parses what a user types into a number field with the reader's rules for cells
 * (src/sheet/cells.ts), so a field and a cell read the same text the same way. Accepts Dutch and English notation:
 * "0,3", "0.3", "1.234,5", "1,234.5", "90 000", "€ 55.000", "30%" (→ 0.3).
 * With both separators the last one is the decimal; a comma alone is a decimal; a dot alone
 * groups thousands only in exact groups of three with a non-zero integer part ("1.250" =
 * 1250, "0.8" = 0.8, "37.8" = 37.8), as domain.md reads cells.
 * Returns null for an empty field, NaN for text that is not a number.
 */
export function parseNumber(text: string): number | null {
  const p = parseCellNumber(text);
  return p.kind === 'blank' ? null : p.kind === 'number' ? p.value : NaN;
}

/** Excel column letters of a 0-based column: 0 → A, 27 → AB. */
export { columnLetter } from '../model/address';
