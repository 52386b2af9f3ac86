/**
 * src/io/board-workbook.ts: the `bestuur --out` layout. Figures are written as given (the
 * sums are the cli's, tested in test/cli/bestuur.test.ts); a missing figure is an empty
 * cell, never 0; float noise is rounded away; the "not read" sheet only when a file failed.
 */
import * as ExcelJS from 'exceljs';
import { buildBoardWorkbook, type BoardWorkbookInput } from '../../src/io/board-workbook';
import { LABELS, TOTAL_KEYS } from '../../src/model/labels';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const INPUT: BoardWorkbookInput = {
  rows: [
    // 0.1 + 0.2 = 0.30000000000000004 in floating point: written as 0.3.
    { label: 'a.xlsx', figures: { students: 101, teacherFteNeeded: 0.1 + 0.2, teacherFteAvailable: null } },
    { label: 'Bestuur totaal', figures: { students: 129, teacherFteNeeded: 6.5625, teacherFteAvailable: null } },
  ],
  scenarios: [{ name: 'Domeinen', cost: 1234.5 }],
  errors: [{ file: 'c.xlsx', error: 'c.xlsx is geen .xlsx-werkmap' }],
};

test('rows per school and the board total; a missing figure is an empty cell, not 0', async () => {
  const wb = await open(await buildBoardWorkbook(INPUT, 'nl'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Bestuur', 'Scenario\u2019s', 'Niet gelezen']);
  const ws = wb.getWorksheet('Bestuur')!;
  const col = (k: string) => 2 + TOTAL_KEYS.indexOf(k as (typeof TOTAL_KEYS)[number]);
  expect(ws.getCell(1, 1).value).toBe('School / vestiging');
  expect(ws.getCell(1, col('students')).value).toBe(LABELS.students.nl);
  expect(ws.getCell(2, 1).value).toBe('a.xlsx');
  expect(ws.getCell(2, col('students')).value).toBe(101);
  expect(ws.getCell(2, col('teacherFteNeeded')).value).toBe(0.3);
  expect(ws.getCell(2, col('teacherFteAvailable')).value).toBeNull();
  expect(ws.getCell(3, 1).value).toBe('Bestuur totaal');
  expect(ws.getRow(3).font?.bold).toBe(true);
  const sc = wb.getWorksheet('Scenario\u2019s')!;
  expect(sc.getCell(2, 1).value).toBe('Domeinen');
  const errors = wb.getWorksheet('Niet gelezen')!;
  expect(errors.getCell(2, 1).value).toBe('c.xlsx');
  expect(errors.getCell(2, 2).value).toBe('c.xlsx is geen .xlsx-werkmap');
});

test('English sheet names; no "not read" sheet when every file was read', async () => {
  const wb = await open(await buildBoardWorkbook({ ...INPUT, errors: [] }, 'en'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Board', 'Scenarios']);
});
