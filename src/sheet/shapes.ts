/**
 * Shapes the reader recognises but cannot compute from, so that "no formation table" can
 * say what was found and what is needed. Pure.
 */

import { cellAddress } from '../model/address';
import { foldText, matchHeader } from './headers';
import { headerText } from './read-cells';

/** A year label as a column header: 1…6, "leerjaar 2", "klas 3", "Year 9", "grade 10" (English years up to 13). */
const YEAR_LABEL = /^(?:(?:(?:leer)?jaar|klas) ?[1-6]|(?:year|grade|form) ?(?:[1-9]|1[0-3])|[1-6])$/;

function yearLabel(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 6;
  const t = headerText(v);
  return t !== null && YEAR_LABEL.test(foldText(t));
}

export interface ShapeHint {
  sheet: string;
  /** 1-based sheet row and 0-based column of the header cell found. */
  row: number;
  col: number;
  nl: string;
  en: string;
}

/**
 * A lessentabel with years as columns (subjects down, leerjaar 1…6 across, no pupils): a
 * row with a subject (or "lessentabel") header and two or more year labels beside it.
 */
export function lessentabelHint(
  sheets: { name: string; values: unknown[]; originRow: number; originCol: number }[],
): ShapeHint | null {
  for (const s of sheets) {
    const n = Math.min(s.values.length, 200);
    for (let r = 0; r < n; r++) {
      const row = s.values[r];
      if (!Array.isArray(row)) continue;
      let subjectCol = -1;
      let years = 0;
      for (let c = 0; c < row.length && c < 100; c++) {
        const t = headerText(row[c]);
        if (subjectCol < 0 && t !== null && (matchHeader(t) === 'subject' || foldText(t) === 'lessentabel')) subjectCol = c;
        else if (yearLabel(row[c])) years++;
      }
      if (subjectCol >= 0 && years >= 2) {
        const cell = cellAddress(s.name, s.originRow + r, s.originCol + subjectCol);
        return {
          sheet: s.name,
          row: s.originRow + r,
          col: s.originCol + subjectCol,
          nl: `Op ${cell} staat een lessentabel met de leerjaren als kolommen (vakken onder elkaar, ` +
            'leerjaar 1…6 naast elkaar, zonder leerlingen). Nodig is één regel per cohort × vak met ' +
            'het aantal leerlingen en de lesuren per week, zoals: Leerjaar | Vak | Leerlingen | Lesuren.',
          en: `${cell} holds a curriculum table (lessentabel) with the years as columns (subjects down, ` +
            'year 1…6 across, no pupils). Needed is one row per cohort × subject with the number of ' +
            'pupils and the lessons per week, such as: Year | Subject | Pupils | Lessons per week.',
        };
      }
    }
  }
  return null;
}
