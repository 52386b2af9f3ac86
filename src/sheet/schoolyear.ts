/**
 * The school year of a workbook (projection.md, firstYear): found in a sheet name or a
 * title row ("Lesvraag 26-27", "Formatie 2026-2027", "Formatieplan 2026/27"). Pure.
 *
 * Reading: sheet names first (in order), then the text cells of each sheet's title rows:
 * the rows above the first header row the reader found on that sheet, else its first five
 * rows. The first school year found wins.
 */

import type { FormationTable } from '../model/types';
import { schoolYearStart, schoolYearLabel } from '../model/projection-params';
import type { SheetValues } from './types';

export function workbookSchoolYear(sheets: SheetValues[], tables: FormationTable[] = []): string | null {
  for (const s of sheets) {
    const start = typeof s.name === 'string' ? schoolYearStart(s.name) : null;
    if (start !== null) return schoolYearLabel(start, 0);
  }
  for (const s of sheets) {
    const origin = s.originRow ?? 1;
    const headers = tables.filter((t) => t.sheet === s.name).map((t) => t.headerRow);
    const last = headers.length > 0 ? Math.min(...headers) - 1 : origin + 4;
    const values = Array.isArray(s.values) ? s.values : [];
    for (let r = 0; r < values.length && origin + r <= last; r++) {
      const row = values[r];
      if (!Array.isArray(row)) continue;
      for (const v of row) {
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v
          ? (v as { richText: { text: string }[] }).richText.map((x) => x.text).join('') : null;
        if (!text) continue;
        const start = schoolYearStart(text);
        if (start !== null) return schoolYearLabel(start, 0);
      }
    }
  }
  return null;
}
