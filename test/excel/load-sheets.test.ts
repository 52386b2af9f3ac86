import { createExcelActions, ExcelActionError } from '../../src/excel';
import { BYTES_PER_CELL, CHUNK_BYTES, MAX_CELLS, SHEET_CHAIN, planChunks } from '../../src/excel/read';
import { FakeExcel, type SheetInit } from './fake-excel';

const ALLOWED = new Set(['values', 'address', 'rowCount', 'columnCount', 'name', 'items/name']);
const FIVE_MB = 5 * 1024 * 1024;

/** A formation-like sheet: location, level, year, subject, students, groups, lessons, minutes. */
function formationSheet(name: string, rows: number, cols = 8, originRow = 1, originCol = 0): SheetInit {
  const text = ['Utrecht', 'HAVO', 'Engels', 'Wiskunde B', 'LB', 'Onderwijsassistent'];
  return {
    name,
    rows,
    cols,
    originRow,
    originCol,
    cell: (r, c) => (r === 0 ? `Kolom ${c}` : c % 3 === 0 ? text[(r + c) % text.length] : ((r * 7 + c * 13) % 1000) / 4),
  };
}

function expectOnlyAllowedLoads(fake: FakeExcel): void {
  for (const l of fake.loads) for (const p of l.props) expect(ALLOWED).toContain(p);
  // The used range metadata loads exactly the three properties, the values loads only values.
  for (const l of fake.loads.filter((x) => x.type === 'Range')) {
    expect([['address', 'rowCount', 'columnCount'], ['values']]).toContainEqual(l.props);
  }
}

describe('loadSheets', () => {
  test('three sheets of 10,000 × 8 cells: 2 syncs, only the needed properties, under 5 MB', async () => {
    const fake = new FakeExcel([
      formationSheet('Lesvraag 26-27', 10_000, 8, 3, 0),
      formationSheet('Personeel', 10_000),
      formationSheet('Samenvatting', 10_000, 8, 2, 1),
    ]);
    const progress: number[] = [];
    const sheets = await createExcelActions(fake.run).loadSheets((f) => progress.push(f));
    expect(fake.syncs.length).toBeLessThanOrEqual(2);
    expect(fake.syncs.length).toBe(2);
    expectOnlyAllowedLoads(fake);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(FIVE_MB);
    expect(sheets.map((s) => [s.name, s.originRow, s.originCol, s.values.length, s.values[0].length])).toEqual([
      ['Lesvraag 26-27', 3, 0, 10_000, 8],
      ['Personeel', 1, 0, 10_000, 8],
      ['Samenvatting', 2, 1, 10_000, 8],
    ]);
    expect(sheets[0].values[0][0]).toBe('Kolom 0');
    expect(sheets[0].values[9_999][7]).toBe(fake.sheets[0].valueAt(3 + 9_999, 7));
    expect(progress[progress.length - 1]).toBe(1);
  });

  test('error values, blanks and an empty sheet come through as Office gives them', async () => {
    const fake = new FakeExcel([
      { name: "Juf's lijst", originRow: 4, originCol: 2, values: [['leerlingen', 'lesuren'], ['#REF!', 3], ['', '#N/A']] },
      { name: 'Leeg' },
      { name: 'Eén cel', originRow: 7, originCol: 3, values: [[42]] },
    ]);
    const sheets = await createExcelActions(fake.run).loadSheets();
    expect(fake.syncs.length).toBe(2);
    expect(sheets).toEqual([
      { name: "Juf's lijst", originRow: 4, originCol: 2, values: [['leerlingen', 'lesuren'], ['#REF!', 3], ['', '#N/A']] },
      { name: 'Leeg', originRow: 1, originCol: 0, values: [] },
      { name: 'Eén cel', originRow: 7, originCol: 3, values: [[42]] },
    ]);
  });

  test('an empty workbook of blank sheets takes one sync', async () => {
    const fake = new FakeExcel([{ name: 'Blad1' }]);
    expect(await createExcelActions(fake.run).loadSheets()).toEqual([{ name: 'Blad1', originRow: 1, originCol: 0, values: [] }]);
    expect(fake.syncs.length).toBe(1);
  });

  test('over the 4 MB estimate: row chunks, ≤ 1 + ⌈size / 4 MB⌉ syncs, each under 5 MB, with progress', async () => {
    const fake = new FakeExcel([formationSheet('Export', 60_000, 20, 2, 0), formationSheet('Lesvraag', 3_000, 9)]);
    const cells = 60_000 * 20 + 3_000 * 9;
    const estimate = cells * BYTES_PER_CELL;
    const progress: number[] = [];
    const sheets = await createExcelActions(fake.run).loadSheets((f) => progress.push(f));
    const budget = 1 + Math.ceil(estimate / CHUNK_BYTES);
    expect(estimate).toBeGreaterThan(CHUNK_BYTES);
    expect(fake.syncs.length).toBeLessThanOrEqual(budget);
    expect(fake.syncs.length).toBe(budget);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(FIVE_MB);
    expectOnlyAllowedLoads(fake);
    // Progress: 0 first, then once per chunk, rising to 1.
    expect(progress[0]).toBe(0);
    expect(progress.length).toBe(1 + (budget - 1));
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    // The chunks put the rows back together in order.
    expect(sheets[0].values.length).toBe(60_000);
    expect(sheets[0].originRow).toBe(2);
    for (const r of [0, 1, 12_345, 59_999]) expect(sheets[0].values[r]).toEqual(Array.from({ length: 20 }, (_v, c) => fake.sheets[0].valueAt(2 + r, c)));
    expect(sheets[1].values.length).toBe(3_000);
    expect(sheets[1].values[2_999][8]).toBe(fake.sheets[1].valueAt(3_000, 8));
  });

  test('the chunk plan: n = ⌈size / 4 MB⌉ requests of at most 4 MB plus one row', () => {
    const metas = [
      { rows: 100_000, cols: 7 },
      { rows: 0, cols: 0 },
      { rows: 33_333, cols: 13 },
    ];
    const total = (100_000 * 7 + 33_333 * 13) * BYTES_PER_CELL;
    const chunks = planChunks(metas);
    expect(chunks.length).toBe(Math.ceil(total / CHUNK_BYTES));
    for (const chunk of chunks) {
      const bytes = chunk.reduce((s, c) => s + c.rows * metas[c.index].cols * BYTES_PER_CELL, 0);
      expect(bytes).toBeLessThanOrEqual(CHUNK_BYTES + 13 * BYTES_PER_CELL);
    }
    const rows = [0, 0, 0];
    for (const chunk of chunks) for (const c of chunk) {
      expect(c.row).toBe(rows[c.index]);
      rows[c.index] += c.rows;
    }
    expect(rows).toEqual([100_000, 0, 33_333]);
  });

  test('past the maximum: a clear refusal in Dutch and English, no values read', async () => {
    const fake = new FakeExcel([formationSheet('Export', 150_000, 14), formationSheet('Lesvraag', 100, 8)]);
    expect(150_000 * 14 + 800).toBeGreaterThan(MAX_CELLS);
    const err = await createExcelActions(fake.run).loadSheets().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelActionError);
    const e = err as ExcelActionError;
    expect(e.code).toBe('tooLarge');
    expect(e.message).toMatch(/te groot/);
    expect(e.message).toContain('2.100.800');
    expect(e.messageEn).toMatch(/too large/);
    expect(fake.syncs.length).toBe(1);
    expect(fake.loads.some((l) => l.props.includes('values'))).toBe(false);
  });

  test(`more than ${SHEET_CHAIN} sheets: one more metadata sync per ${SHEET_CHAIN} sheets`, async () => {
    const fake = new FakeExcel(Array.from({ length: SHEET_CHAIN + 5 }, (_v, i) => ({ name: `Blad${i + 1}`, values: [[i]] })));
    const sheets = await createExcelActions(fake.run).loadSheets();
    expect(sheets.map((s) => s.values[0][0])).toEqual(Array.from({ length: SHEET_CHAIN + 5 }, (_v, i) => i));
    expect(fake.syncs.length).toBe(3);
  });

  test('a host that rejects the null chain: fallback to names first, one extra sync', async () => {
    const fake = new FakeExcel([formationSheet('Lesvraag 26-27', 500, 8, 3), formationSheet('Personeel', 80, 6)], { rejectNullChains: true });
    const sheets = await createExcelActions(fake.run).loadSheets();
    expect(sheets.map((s) => [s.name, s.originRow, s.values.length])).toEqual([
      ['Lesvraag 26-27', 3, 500],
      ['Personeel', 1, 80],
    ]);
    expect(fake.syncs.length).toBe(4); // failed chain, names, used ranges, values
    expectOnlyAllowedLoads(fake);
  });
});
