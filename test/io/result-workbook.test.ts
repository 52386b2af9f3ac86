/**
 * buildResultWorkbook and the streaming writer: sheets, labels, number formats, user text
 * never a formula (quote prefix), staff summarised unless includeStaff, print setup.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { analyse } from '../../src/model/analysis';
import { currentSituation } from '../../src/model/scenario';
import type { DemandTable, StaffTable } from '../../src/model/types';
import { buildResultWorkbook, cellText, plainText, sheetName } from '../../src/io/result-workbook';
import { writeResultWorkbookFile } from '../../src/io/result-stream';
import { summariseStaff } from '../../src/io/result-staff';

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
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Vergelijking', 'Totalen', 'Per vak', 'Problemen', 'Lesvraag (gelezen)', 'Personeel (samenvatting)']);
  const cmp = wb.getWorksheet('Vergelijking')!;
  expect(cmp.getCell('A5').value).toBe('FTE leraren nodig');
  expect(cmp.getCell('B5').value as number).toBeCloseTo(5.25, 9);
  expect(cmp.getCell('B5').numFmt).toBe('0.00');
  const issues = wb.getWorksheet('Problemen')!;
  expect(issues.getCell('A2').value).toBe('Lesvraag!C4');
  expect(issues.getCell('B2').value).toBe('Totaalregel overgeslagen');
  const asRead = wb.getWorksheet('Lesvraag (gelezen)')!;
  expect(asRead.getRow(2).values).toEqual([undefined, 'Rij in bron', 'Vestiging', 'Leerjaar', 'Aantal lln.', 'Groepsgrootte', 'Lesuren']);
  expect(asRead.getRow(3).values).toEqual([undefined, 2, '\'=HYPERLINK("http://x","Noord")', '1', 56, 28, 30]);
});

test('formula-like text gets a quote prefix and stays a string; control characters are dropped', async () => {
  const t = tables();
  const a = analyse(t);
  const wb = await roundTrip(buildResultWorkbook(a, [currentSituation(a)], t, 'en', { includeStaff: true }));
  expect(wb.worksheets[0].name).toBe('Comparison');
  const cell = wb.getWorksheet('Lesvraag (as read)')!.getCell('B3');
  expect(cell.value).toBe('\'=HYPERLINK("http://x","Noord")');
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.formula).toBeUndefined();
  const staff = wb.getWorksheet('Personeel (as read)')!;
  expect(staff.getRow(2).values).toContain('Category');
  expect(staff.getRow(3).values).toEqual(expect.arrayContaining(["'+cmd|x", 'teacher', 1, 80000]));
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

test('cellText: = + - @ (and tab, CR) get a leading apostrophe; other text is unchanged', () => {
  expect(cellText('=1+1')).toBe("'=1+1");
  expect(cellText('+31 6 1234')).toBe("'+31 6 1234");
  expect(cellText('-5')).toBe("'-5");
  expect(cellText('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(cellText('\t=1')).toBe("'\t=1");
  expect(cellText('Noord')).toBe('Noord');
  expect(cellText('a=b')).toBe('a=b');
  expect(cellText('x'.repeat(40000)).length).toBe(32767);
  expect(cellText('=' + 'x'.repeat(40000)).length).toBe(32767);
});

test("sheet names: an apostrophe inside becomes ’ (print titles quote the name)", () => {
  expect(sheetName("It's", new Set())).toBe('It\u2019s');
});

describe('staff: summarised by default, rows as read with includeStaff', () => {
  // Hand-made payroll with a period column: 2 months, so FTE = Σ fte / 2 and cost = Σ cost.
  const staff = (): StaffTable => {
    const row = (r: number, employee: string, location: string, category: 'teacher' | 'assistant', subject: string | null, fte: number, cost: number, period: string) => ({
      ref: { sheet: 'Salaris', row: r }, location, department: null, subject, employee, category, fte, cost, period,
    });
    return {
      kind: 'staff', sheet: 'Salaris', range: 'A1:G11', headerRow: 1, categorySource: 'role',
      columns: { employee: 0, location: 1, role: 2, subject: 3, fte: 4, cost: 5, period: 6 },
      headers: { 0: 'Naam', 1: 'Vestiging', 2: 'Functie', 3: 'Vak', 4: 'FTE', 5: 'Loon', 6: 'Maand' },
      issues: [],
      rows: [
        row(2, 'A. Aap', 'Noord', 'teacher', 'Engels', 1, 6000, 'jan'),
        row(3, 'A. Aap', 'Noord', 'teacher', 'Engels', 1, 6000, 'feb'),
        row(4, 'B. Beer', 'Noord', 'teacher', 'engels ', 0.8, 4800, 'jan'),
        row(5, 'B. Beer', 'Noord', 'teacher', 'engels ', 0.8, 4800, 'feb'),
        row(6, 'C. Cavia', 'noord', 'teacher', 'Engels', 0.6, 3600, 'jan'),
        row(7, 'C. Cavia', 'noord', 'teacher', 'Engels', 0.6, 3600, 'feb'),
        row(8, 'D. Das', 'Noord', 'assistant', null, 1, 4000, 'jan'),
        row(9, 'D. Das', 'Noord', 'assistant', null, 1, 4000, 'feb'),
        row(10, 'E. Egel', 'Zuid', 'teacher', 'Frans', 1, 6500, 'jan'),
        row(11, 'E. Egel', 'Zuid', 'teacher', 'Frans', 1, 6500, 'feb'),
      ],
    };
  };

  test('summariseStaff: per location, category, subject; period FTE averaged; small groups without pay', () => {
    const s = summariseStaff(staff(), 'nl');
    expect(s.groups.map((g) => [g.location, g.category, g.subject, g.employees])).toEqual([
      ['Noord', 'leraar', 'Engels', 3],
      ['Noord', 'onderwijsassistent', null, 1],
      ['Zuid', 'leraar', 'Frans', 1],
    ]);
    // Noord/leraar/Engels: FTE (1+1+0.8+0.8+0.6+0.6)/2 = 2.4; cost 6000·2 + 4800·2 + 3600·2 = 28800.
    expect(s.groups[0].fte).toBeCloseTo(2.4, 12);
    expect(s.groups[0].cost).toBe(28800);
    // One person: FTE (1+1)/2 = 1, pay hidden (it would be D. Das's and E. Egel's pay).
    expect(s.groups[1].fte).toBeCloseTo(1, 12);
    expect(s.groups[1].cost).toBeNull();
    expect(s.groups[2].cost).toBeNull();
    expect(s.anyHidden).toBe(true);
  });

  test('the workbook holds no name and no per-person pay by default; includeStaff adds the rows', async () => {
    const [demand] = tables();
    const t = [demand, staff()];
    const a = analyse(t);
    const wb = await roundTrip(buildResultWorkbook(a, [currentSituation(a)], t, 'nl'));
    expect(wb.worksheets.map((w) => w.name)).toContain('Salaris (samenvatting)');
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Salaris (gelezen)');
    const names = ['A. Aap', 'B. Beer', 'C. Cavia', 'D. Das', 'E. Egel'];
    const pays = [6000, 4800, 3600, 4000, 6500, 8000, 13000];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      for (const n of names) expect(String(c.value)).not.toContain(n);
      // The Totals sheet holds cli.md's payroll per location (teacherCost, assistantCost),
      // which for a location with one assistant is that person's pay: a contract figure.
      if (ws.name !== 'Totalen') expect(pays).not.toContain(c.value);
    })));
    const sum = wb.getWorksheet('Salaris (samenvatting)')!;
    expect(sum.getRow(3).values).toEqual([undefined, 'Vestiging', 'Categorie', 'Vak', 'Medewerkers', 'FTE', 'Loonkosten']);
    expect(sum.getRow(4).values).toEqual([undefined, 'Noord', 'leraar', 'Engels', 3, 2.4, 28800]);

    const full = await roundTrip(buildResultWorkbook(a, [currentSituation(a)], t, 'nl', { includeStaff: true }));
    const asRead = full.getWorksheet('Salaris (gelezen)')!;
    expect(asRead.getRow(3).values).toEqual(expect.arrayContaining(['A. Aap', 6000, 'jan']));
  });
});

describe('print setup', () => {
  test('every sheet: A4, fit to width, header rows and label column repeated, header/footer with file, date, concept', async () => {
    const t = tables();
    const a = analyse(t);
    const scen = Array.from({ length: 5 }, (_, i) => ({ ...currentSituation(a), name: `S${i}` }));
    const wb = await roundTrip(buildResultWorkbook(a, scen, t, 'nl', { file: 'school & co.xlsx' }));
    for (const ws of wb.worksheets) {
      const p = ws.pageSetup;
      expect([ws.name, p.fitToPage, p.fitToWidth, p.fitToHeight, p.paperSize]).toEqual([ws.name, true, 1, 0, 9]);
      expect(p.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(p.printTitlesColumn).toBe('A:A');
      const hf = ws.headerFooter;
      expect(hf.oddHeader).toContain('school && co.xlsx'); // & doubled: a single & starts a code
      expect(hf.oddHeader).toContain('CONCEPT');
      expect(hf.oddFooter).toContain('&D');
      expect(hf.oddFooter).toContain('&P');
    }
    // Six columns (label + five scenarios) are wider than a portrait page.
    expect(wb.getWorksheet('Vergelijking')!.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet('Per vak')!.pageSetup.orientation).toBe('portrait');
  });

  test('the streaming writer (CLI) keeps values, print titles and page setup', async () => {
    const t = tables();
    const a = analyse(t);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-stream-'));
    try {
      const file = path.join(dir, 'r.xlsx');
      await writeResultWorkbookFile(file, a, [currentSituation(a)], t, 'nl', { file: 'x.xlsx' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Vergelijking', 'Totalen', 'Per vak', 'Problemen', 'Lesvraag (gelezen)', 'Personeel (samenvatting)']);
      const cmp = wb.getWorksheet('Vergelijking')!;
      expect(cmp.getCell('B5').value as number).toBeCloseTo(5.25, 9);
      expect(cmp.getCell('B5').numFmt).toBe('0.00');
      expect(cmp.pageSetup.printTitlesRow).toBe('4:4');
      expect(cmp.pageSetup.fitToWidth).toBe(1);
      expect(cmp.pageSetup.fitToHeight).toBe(0);
      expect(wb.getWorksheet('Lesvraag (gelezen)')!.getCell('B3').value).toBe('\'=HYPERLINK("http://x","Noord")');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
