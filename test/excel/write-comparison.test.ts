import { createExcelActions, ExcelActionError } from '../../src/excel';
import { parseRange } from '../../src/model/address';
import { numberFormatFor } from '../../src/model/format';
import { LABELS, SCENARIO_KEYS } from '../../src/model/labels';
import type { ComparisonRequest } from '../../src/host/workbook-actions';
import { FakeExcel, type FakeSheet } from './fake-excel';

function workbook(extra: string[] = []): FakeExcel {
  return new FakeExcel([
    { name: 'Lesvraag 26-27', originRow: 3, values: [['vak', 'leerlingen'], ['Engels', 120]] },
    { name: 'Personeel', values: [['naam', 'fte'], ['A', 1]] },
    ...extra.map((name) => ({ name, values: [['oud']] })),
  ]);
}

const request = (over: Partial<ComparisonRequest> = {}): ComparisonRequest => ({
  scenarios: [
    { name: 'Leerplein bovenbouw', preset: 'leerplein', norms: { coordinationShare: 0.15 } },
    { name: '=SUM(A1)', tasks: [{ key: 'administratie', share: 1 }], costPerFte: { teacher: 90000, assistant: 55000 } },
  ],
  tables: [
    { sheet: 'Lesvraag 26-27', range: 'A3:H61' },
    { sheet: 'Personeel', range: 'A1:F80' },
  ],
  norms: { lessonMinutes: 45 },
  lang: 'nl',
  ...over,
});

/** All cells written in a range of a fake sheet: [value or formula][]. */
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

describe('writeComparison', () => {
  test('a new sheet, ≤ 3 syncs, only the new sheet written, live formulas with quoted sheet names', async () => {
    const fake = workbook();
    const name = await createExcelActions(fake.run).writeComparison(request(), never);
    expect(name).toBe('Scenariovergelijking');
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
    expect(fake.syncs.length).toBe(2);
    expect(fake.added).toEqual(['Scenariovergelijking']);
    expect(fake.deleted).toEqual([]);
    expect(new Set(fake.writes.map((w) => w.sheet))).toEqual(new Set(['Scenariovergelijking']));
    expect(fake.sheet('Lesvraag 26-27')!.written.size).toBe(0);
    expect(fake.sheet('Personeel')!.written.size).toBe(0);
    expect(fake.activated).toEqual(['Scenariovergelijking']);
    // Only names are loaded (to find a free sheet name).
    expect(fake.loads).toEqual([{ type: 'WorksheetCollection', props: ['items/name'] }]);

    const ws = fake.sheet('Scenariovergelijking')!;
    // Whole blocks, not cells: a handful of writes.
    expect(fake.writes.filter((w) => w.kind !== 'bold').length).toBeLessThanOrEqual(10);

    // The table: label column + current situation + 2 scenarios, header + 13 rows.
    expect(ws.tables).toHaveLength(1);
    const table = parseRange(ws.tables[0].address);
    expect(ws.tables[0].hasHeaders).toBe(true);
    expect([table.cols, table.rows]).toEqual([4, 1 + SCENARIO_KEYS.length]);
    const cells = read(ws, ws.tables[0].address);
    expect(cells[0]).toEqual(['Kengetal', 'Huidige situatie', 'Leerplein bovenbouw', '=SUM(A1)']);
    expect(cells.slice(1).map((r) => r[0])).toEqual(SCENARIO_KEYS.map((k) => LABELS[k].nl));

    const tables = "'Lesvraag 26-27'!$A$3:$H$61,Personeel!$A$1:$F$80";
    SCENARIO_KEYS.forEach((key, i) => {
      for (let j = 1; j <= 3; j++) {
        expect(cells[i + 1][j]).toMatch(new RegExp(`^=FORMATIE\\.SCENARIO\\("${key}",\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+,${tables.replace(/[$.()']/g, '\\$&')}\\)$`));
      }
    });

    // Each formula's parameter range holds that scenario's key | value rows.
    const paramsOf = (formula: string): unknown[][] => read(ws, /,(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+),/.exec(formula)![1]);
    const current = paramsOf(cells[1][1] as string);
    expect(current.map((r) => r[0])).toEqual(['annualHours', 'maxTeachingHours', 'lessonMinutes', 'teachingWeeks', 'surcharge', 'assistantHours', 'coordinationShare', 'reinvestShare']);
    expect(current[2]).toEqual(['lessonMinutes', 45]);
    const first = paramsOf(cells[1][2] as string);
    expect(first[0]).toEqual(['preset', 'leerplein']);
    expect(first).toContainEqual(['coordinationShare', 0.15]);
    expect(first).toContainEqual(['lessonMinutes', 45]);
    const second = paramsOf(cells[1][3] as string);
    expect(second.slice(0, 3)).toEqual([
      ['costPerFte.teacher', 90000],
      ['costPerFte.assistant', 55000],
      ['task.administratie.share', 1],
    ]);

    // Number formats per unit, on every scenario cell.
    const body = parseRange(ws.tables[0].address);
    SCENARIO_KEYS.forEach((key, i) => {
      for (let j = 1; j <= 3; j++) {
        expect(ws.written.get(`${body.row + 1 + i},${j}`)!.numberFormat).toBe(numberFormatFor(key));
      }
    });
    expect(
      (['teacherFteNeeded', 'netHoursFreed', 'hoursFreedPerTeacherFtePerWeek', 'studentsPerTeacherContactHour', 'cost'] as const).map(numberFormatFor),
    ).toEqual(['0.00', '#,##0', '0.00', '0.0', '"€ "#,##0;"€ "-#,##0']); // 2.02 hours a week must not show as 2

    // A native clustered column chart of teacher and assistant FTE needed, by rows, titled.
    expect(ws.charts).toHaveLength(1);
    const chart = ws.charts[0];
    expect([chart.type, chart.seriesBy]).toEqual(['ColumnClustered', 'Rows']);
    expect(chart.title.text).toMatch(/FTE leraren en onderwijsassistenten/);
    const source = read(ws, chart.source);
    const teacherRow = body.row + 1 + SCENARIO_KEYS.indexOf('teacherFteNeeded');
    const assistantRow = body.row + 1 + SCENARIO_KEYS.indexOf('assistantFteNeeded');
    expect(source).toEqual([
      ['', `=B$${body.row}`, `=C$${body.row}`, `=D$${body.row}`],
      ['FTE leraren nodig', `=B${teacherRow}`, `=C${teacherRow}`, `=D${teacherRow}`],
      ['FTE OA nodig', `=B${assistantRow}`, `=C${assistantRow}`, `=D${assistantRow}`],
    ]);
    // The chart data sits beside the table, not touching it.
    expect(parseRange(chart.source).col).toBeGreaterThan(table.col + table.cols);
  });

  test('a scenario name "=SUM(A1)" is written as text, never as a formula', async () => {
    const fake = workbook();
    await createExcelActions(fake.run).writeComparison(request(), never);
    const ws = fake.sheet('Scenariovergelijking')!;
    const named = [...ws.written.values()].filter((c) => c.value === '=SUM(A1)');
    expect(named.length).toBe(2); // block title and table header
    for (const c of named) expect([c.formula, c.quotePrefix]).toEqual([undefined, true]);
    for (const c of ws.written.values()) if (c.formula) expect(c.formula).not.toContain('SUM(A1)');
    // What was sent: through values, with Excel's quote prefix.
    const sent = fake.writes.filter((w) => w.kind === 'values').flatMap((w) => (w.data as unknown[][]).flat());
    expect(sent).toContain("'=SUM(A1)");
    expect(sent).not.toContain('=SUM(A1)');
  });

  test('an existing comparison and a "no": nothing deleted, a new name', async () => {
    const fake = workbook(['Scenariovergelijking', 'Scenariovergelijking (2)']);
    const asked: string[] = [];
    const name = await createExcelActions(fake.run).writeComparison(request(), async (n) => {
      asked.push(n);
      return false;
    });
    expect(asked).toEqual(['Scenariovergelijking']);
    expect(name).toBe('Scenariovergelijking (3)');
    expect(fake.deleted).toEqual([]);
    expect(fake.sheet('Scenariovergelijking')!.valueAt(1, 0)).toBe('oud');
    expect(new Set(fake.writes.map((w) => w.sheet))).toEqual(new Set(['Scenariovergelijking (3)']));
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
  });

  test('an existing comparison and a "yes": deleted and written anew under the same name', async () => {
    const fake = workbook(['scenariovergelijking']);
    const name = await createExcelActions(fake.run).writeComparison(request(), async () => true);
    expect(name).toBe('Scenariovergelijking');
    expect(fake.deleted).toEqual(['scenariovergelijking']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Lesvraag 26-27', 'Personeel', 'Scenariovergelijking']);
    expect(fake.sheet('Scenariovergelijking')!.valueAt(1, 0)).toBe('Scenariovergelijking');
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
  });

  test('a source sheet with the comparison\'s name is never offered for deletion', async () => {
    const fake = workbook(['Scenariovergelijking']);
    const req = request({ tables: [{ sheet: 'Scenariovergelijking', range: 'A1:A1' }] });
    const name = await createExcelActions(fake.run).writeComparison(req, never);
    expect(name).toBe('Scenariovergelijking (2)');
    expect(fake.deleted).toEqual([]);
  });

  test('English: sheet name, labels and chart title', async () => {
    const fake = workbook();
    const name = await createExcelActions(fake.run).writeComparison(request({ lang: 'en', scenarios: [{ preset: 'domeinen' }] }), never);
    expect(name).toBe('Scenario comparison');
    const ws = fake.sheet('Scenario comparison')!;
    const cells = read(ws, ws.tables[0].address);
    expect(cells[0]).toEqual(['Figure', 'Current situation', 'Scenario 1']);
    expect(cells[1][0]).toBe('Teacher FTE needed');
    expect(ws.charts[0].title.text).toBe('Teacher and assistant FTE needed per scenario');
  });

  test('more tables than the functions take: refused before Excel is touched', async () => {
    const fake = workbook();
    const tables = ['A', 'B', 'C', 'D'].map((s) => ({ sheet: s, range: 'A1:B2' }));
    const err = await createExcelActions(fake.run).writeComparison(request({ tables }), never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelActionError);
    expect((err as ExcelActionError).message).toMatch(/hoogstens 3 tabellen/);
    expect((err as ExcelActionError).messageEn).toMatch(/at most 3 tables/);
    expect(fake.syncs.length).toBe(0);
    expect(fake.writes).toEqual([]);
  });
});
