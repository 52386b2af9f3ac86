/**
 * writeProjection on the fake context: a new "Prognose" sheet, ≤ 3 syncs, parameter blocks
 * as key/value rows, live =FORMATIE.PROJECTION formulas (English names, commas) per year,
 * a native line chart over the school year + need/availability/shortage(-after) columns,
 * and never an overwrite without asking.
 */
import { buildProjectionLayout, createExcelActions, ExcelActionError } from '../../src/excel';
import { cellA1, rangeA1 } from '../../src/model/address';
import { parseRange } from '../../src/model/address';
import type { ProjectionRequest } from '../../src/host/workbook-actions';
import { FakeExcel, type FakeSheet } from './fake-excel';

function workbook(extra: string[] = []): FakeExcel {
  return new FakeExcel([
    { name: 'Lesvraag 26-27', originRow: 3, values: [['vak', 'leerlingen'], ['Engels', 120]] },
    { name: 'Personeel', values: [['naam', 'fte'], ['A', 1]] },
    ...extra.map((name) => ({ name, values: [['oud']] })),
  ]);
}

const request = (over: Partial<ProjectionRequest> = {}): ProjectionRequest => ({
  projection: { years: 3, attrition: 0.05, assistantToTeacher: { share: 0.1, years: 2 }, firstYear: '2026-2027' },
  scenarios: [{ name: 'Leerplein', preset: 'leerplein' }],
  tables: [
    { sheet: 'Lesvraag 26-27', range: 'A3:H61' },
    { sheet: 'Personeel', range: 'A1:F80' },
  ],
  lang: 'nl',
  ...over,
});

function read(sheet: FakeSheet, address: string): unknown[][] {
  const g = parseRange(address.replace(/\$/g, ''));
  return Array.from({ length: g.rows }, (_r, r) =>
    Array.from({ length: g.cols }, (_c, c) => {
      const cell = sheet.written.get(`${g.row + r},${g.col + c}`);
      return cell?.formula ?? cell?.value ?? '';
    }),
  );
}

const never = async (): Promise<boolean> => {
  throw new Error('confirmOverwrite must not be called');
};

const TABLES = "'Lesvraag 26-27'!$A$3:$H$61,Personeel!$A$1:$F$80";

describe('writeProjection', () => {
  test('a new sheet in 2 syncs with parameter blocks, INDEX(FORMATIE.PROJECTION(...)) per year and a line chart', async () => {
    const fake = workbook();
    const name = await createExcelActions(fake.run).writeProjection!(request(), never);
    expect(name).toBe('Prognose');
    expect(fake.syncs.length).toBe(2);
    expect(fake.added).toEqual(['Prognose']);
    expect(fake.deleted).toEqual([]);
    expect(new Set(fake.writes.map((w) => w.sheet))).toEqual(new Set(['Prognose']));
    expect(fake.sheet('Lesvraag 26-27')!.written.size).toBe(0);
    const ws = fake.sheet('Prognose')!;
    // Block "Prognose" at A4: heads, then the keys with the resolved values (defaults included).
    expect(read(ws, 'A4:B6')).toEqual([['Prognose', ''], ['Parameter', 'Waarde'], ['years', 3]]);
    const keys = read(ws, 'A6:B15');
    expect(keys).toEqual([
      ['years', 3], ['intakeGrowth', 0], ['transition', 1], ['attrition', 0.05], ['retirementAge', 67.25], ['hiring', 0],
      ['assistantToTeacher.share', 0.1], ['assistantToTeacher.years', 2], ['firstYear', '2026-2027'] /* written with the quote prefix: stays text */, ['', ''],
    ]);
    // The scenario block (D:E): projection keys refer to the first block, then its own rows.
    expect(read(ws, 'D4:E7')).toEqual([['Leerplein', ''], ['Parameter', 'Waarde'], ['years', '=$B$6'], ['intakeGrowth', '=$B$7']]);
    const layout = buildProjectionLayout(request());
    const scenarioBlock = layout.blocks[1];
    expect(scenarioBlock.rows.slice(9)[0]).toEqual(['preset', 'leerplein']);
    expect(read(ws, 'D15')).toEqual([['preset']]);
    // Year table: section right under the longest block, header below it, years 0..3.
    const last = 6 + scenarioBlock.rows.length - 1;
    expect(scenarioBlock.address).toBe(`$D$6:$E$${last}`);
    const h = last + 3; // one empty row, the section title, then the header
    expect(read(ws, cellA1(h - 1, 0))).toEqual([['Per schooljaar']]);
    expect(read(ws, rangeA1(h, 0, 1, 7))).toEqual([[
      'Schooljaar', 'FTE leraren nodig', 'FTE leraren beschikbaar', 'Tekort leraren (FTE)', 'Tekort na Leerplein', 'Leerlingen', 'FTE met pensioen',
    ]]);
    const row0 = read(ws, rangeA1(h + 1, 0, 1, 7))[0];
    expect(row0[0]).toBe(`=INDEX(FORMATIE.PROJECTION("teacherFteNeeded",$A$6:$B$14,${TABLES}),1,1)`);
    expect(row0[3]).toBe(`=INDEX(FORMATIE.PROJECTION("shortageFte",$A$6:$B$14,${TABLES}),1,2)`);
    expect(row0[4]).toBe(`=INDEX(FORMATIE.PROJECTION("shortageAfterFte",$D$6:$E$${last},${TABLES}),1,2)`);
    expect(read(ws, cellA1(h + 4, 5))[0][0]).toBe(`=INDEX(FORMATIE.PROJECTION("students",$A$6:$B$14,${TABLES}),4,2)`);
    expect(read(ws, cellA1(h + 5, 0))).toEqual([['']]); // nothing past the horizon
    const fmt = fake.writes.find((w) => w.kind === 'numberFormat')!;
    expect(fmt.address).toBe(rangeA1(h + 1, 0, 4, 7));
    expect((fmt.data as string[][])[0]).toEqual(['General', '0.00', '0.00', '0.00', '0.00', '#,##0', '0.00']);
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]).toMatchObject({ type: 'Line', seriesBy: 'Columns', source: rangeA1(h, 0, 5, 5) });
    expect(ws.charts[0].title.text).toBe('FTE leraren: nodig, beschikbaar en tekort');
    expect(fake.activated).toEqual(['Prognose']);
  });

  test('an existing "Prognose" is replaced only after a yes; a no writes "Prognose (2)"', async () => {
    const yes = workbook(['Prognose']);
    const asked: string[] = [];
    await createExcelActions(yes.run).writeProjection!(request(), async (s) => (asked.push(s), true));
    expect(asked).toEqual(['Prognose']);
    expect(yes.deleted).toEqual(['Prognose']);
    const no = workbook(['Prognose']);
    const name = await createExcelActions(no.run).writeProjection!(request(), async () => false);
    expect(name).toBe('Prognose (2)');
    expect(no.deleted).toEqual([]);
  });

  test('bad assumptions or no tables: one clear error, nothing written', async () => {
    const fake = workbook();
    const actions = createExcelActions(fake.run);
    await expect(actions.writeProjection!(request({ projection: { years: 11 } }), never)).rejects.toThrow(/years/);
    await expect(actions.writeProjection!(request({ tables: [] }), never)).rejects.toBeInstanceOf(ExcelActionError);
    expect(fake.syncs.length).toBe(0);
    expect(fake.added).toEqual([]);
  });

  test('English: sheet "Projection", English heads', async () => {
    const fake = workbook();
    const name = await createExcelActions(fake.run).writeProjection!(request({ lang: 'en', scenarios: [] }), never);
    expect(name).toBe('Projection');
    expect(read(fake.sheet('Projection')!, 'A4')).toEqual([['Projection']]);
    // 9 rows in the block (no scenario): header at 6 + 9 + 2 = 17, years 0..3 in 18..21.
    expect(fake.sheet('Projection')!.charts[0].source).toBe('A17:D21');
  });
});
