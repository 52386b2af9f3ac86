/**
 * The bundled example (scripts/make-example.js) has a sheet "Lesvraag Zuid" in a layout
 * for the eye: a two-row header and cohorts merged down over their subject rows. Read
 * with the merges filled (as hosts that see merges do, via fillMerges) and as Excel passes
 * it to custom functions (covered cells blank: continuation rows), it gives the same figures.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyse } from '../../src/model/analysis';
import { fillMerges, parseMergeRef, readWorkbook } from '../../src/sheet';
import type { MergeArea, SheetValues } from '../../src/sheet';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'voorbeeld-formatie.xlsx');

/** Plain values of every sheet (formula results, rich text as text), optionally with merges filled. */
async function load(fill: boolean): Promise<SheetValues[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const out: SheetValues[] = [];
  wb.eachSheet((ws) => {
    const values: unknown[][] = [];
    const merged = new Set<string>();
    const merges: MergeArea[] = [];
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
      const m = parseMergeRef(ref);
      if (!m) continue;
      merges.push(m);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) merged.add(`${r}:${c}`);
    }
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        // exceljs reports a covered cell with its master's value: blank it, as Excel's values do.
        row.push(merged.has(`${r}:${c - 1}`) ? null : ws.getCell(r, c).value);
      }
      values.push(row);
    }
    if (fill) fillMerges(values, merges);
    out.push({ name: ws.name, values });
  });
  return out;
}

test('Lesvraag Zuid: merges filled or covered cells blank give the same figures', async () => {
  const filled = readWorkbook(await load(true));
  const blank = readWorkbook(await load(false));
  const zuid = (r: typeof filled) => r.tables.find((t) => t.sheet === 'Lesvraag Zuid')!;
  expect(zuid(filled).kind).toBe('demand');
  expect(zuid(blank).kind).toBe('demand');
  expect(zuid(filled).headerRow).toBe(3);
  expect(zuid(filled).rows).toHaveLength(zuid(blank).rows.length);
  // Only the continuation layout needs the note.
  expect(zuid(blank).issues.some((i) => /vervolgregels/.test(i.message))).toBe(true);
  expect(zuid(filled).issues.some((i) => /vervolgregels/.test(i.message))).toBe(false);
  const a = analyse(filled.tables).totals;
  const b = analyse(blank.tables).totals;
  expect(b).toEqual(a);
  // The school of the script: 1,222 pupils, each cohort once (Noord 704 + Zuid 518).
  expect(a.students).toBe(1222);
  const zuidLoc = analyse(filled.tables).byLocation.find((l) => l.location === 'Zuid')!;
  expect(zuidLoc.students).toBe(54 + 86 + 52 + 84 + 50 + 74 + 48 + 70);
});
