/** buildResultWorkbook: sheets, labels, number formats, user text never a formula. */
import * as ExcelJS from 'exceljs';
import { analyse } from '../../src/model/analysis';
import { currentSituation } from '../../src/model/scenario';
import type { DemandTable, StaffTable } from '../../src/model/types';
import { buildResultWorkbook, plainText, sheetName } from '../../src/io/result-workbook';

function tables(): [DemandTable, StaffTable] {
  const demand: DemandTable = {
    kind: 'demand', sheet: 'Lesvraag', range: 'A1:E3', headerRow: 1,
    columns: { location: 0, year: 1, students: 2, maxGroupSize: 3, lessonsPerWeek: 4 },
    headers: { 0: 'Vestiging', 1: 'Leerjaar', 2: 'Aantal lln.', 3: 'Groepsgrootte', 4: 'Lesuren' },
    issues: [{ cell: 'Lesvraag!C4', message: 'Totaalregel overgeslagen', messageEn: 'Total row skipped', sheet: 'Lesvraag', row: 4, col: 2 }],
    rows: [
      { ref: { sheet: 'Lesvraag', row: 2 }, location: '=HYPERLINK("http://x","Noord")', department: null, level: null, year: '1', subject: null, students: 56, groups: null, maxGroupSize: 28, lessonsPerWeek: 30, lessonMinutes: null },
      { ref: { sheet: 'Lesvraag', row: 3 }, location: 'Zuid', department: null, level: null, year: '1', subject: null, students: 45, groups: null, maxGroupSize: 28, lessonsPerWeek: 30, lessonMinutes: null },
    ],
  };
  const staff: StaffTable = {
    kind: 'staff', sheet: 'Personeel', range: 'A1:D2', headerRow: 1, categorySource: 'role',
    columns: { employee: 0, role: 1, fte: 2, cost: 3 },
    headers: { 0: 'Naam', 1: 'Functie', 2: 'FTE', 3: 'Loonkosten 2027' },
    issues: [],
    rows: [
      { ref: { sheet: 'Personeel', row: 2 }, location: null, department: null, subject: null, employee: '+cmd|x\u0007', category: 'teacher', fte: 1, cost: 80000, period: null },
    ],
  };
  return [demand, staff];
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

test('sheets, labels and formats (nl)', async () => {
  const t = tables();
  const a = analyse(t);
  const wb = await roundTrip(buildResultWorkbook(a, [currentSituation(a)], t, 'nl', { file: 'x.xlsx', notes: [null] }));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Vergelijking', 'Totalen', 'Per vak', 'Problemen', 'Lesvraag (gelezen)', 'Personeel (gelezen)']);
  const cmp = wb.getWorksheet('Vergelijking')!;
  expect(cmp.getCell('A5').value).toBe('FTE leraren nodig');
  expect(cmp.getCell('B5').value as number).toBeCloseTo(5.25, 9);
  expect(cmp.getCell('B5').numFmt).toBe('0.00');
  const issues = wb.getWorksheet('Problemen')!;
  expect(issues.getCell('A2').value).toBe('Lesvraag!C4');
  expect(issues.getCell('B2').value).toBe('Totaalregel overgeslagen');
  const asRead = wb.getWorksheet('Lesvraag (gelezen)')!;
  expect(asRead.getRow(2).values).toEqual([undefined, 'Rij in bron', 'Vestiging', 'Leerjaar', 'Aantal lln.', 'Groepsgrootte', 'Lesuren']);
  expect(asRead.getRow(3).values).toEqual([undefined, 2, '=HYPERLINK("http://x","Noord")', '1', 56, 28, 30]);
});

test('text starting with "=" stays a string, control characters are dropped', async () => {
  const t = tables();
  const a = analyse(t);
  const wb = await roundTrip(buildResultWorkbook(a, [currentSituation(a)], t, 'en'));
  expect(wb.worksheets[0].name).toBe('Comparison');
  const cell = wb.getWorksheet('Lesvraag (as read)')!.getCell('B3');
  expect(cell.value).toBe('=HYPERLINK("http://x","Noord")');
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.formula).toBeUndefined();
  const staff = wb.getWorksheet('Personeel (as read)')!;
  expect(staff.getRow(2).values).toContain('Category');
  expect(staff.getRow(3).values).toEqual(expect.arrayContaining(['+cmd|x', 'teacher', 1, 80000]));
  const issues = wb.getWorksheet('Issues')!;
  expect(issues.getCell('B2').value).toBe('Total row skipped');
});

test('sheet names are valid and unique', () => {
  const taken = new Set<string>(['vergelijking']);
  expect(sheetName('Vergelijking', taken)).toBe('Vergelijking 2');
  expect(sheetName('a/b:c*d?[e]', taken)).toBe('a-b-c-d--e-');
  const long = sheetName('Een heel lange bladnaam die niet past (gelezen)', taken);
  expect(long.length).toBeLessThanOrEqual(31);
  expect(plainText('a\u0000b\uD800c')).toBe('abc');
});
