/**
 * The Excel reader at Excel's edges: merged cells (ExcelApi 1.13, read in the existing
 * syncs) and Excel on the web's 5 MB payload limit (split and retry), on the fake context.
 */

import { createExcelActions } from '../../src/excel';
import { isPayloadLimitError, readSheets, splitSlices } from '../../src/excel/read';
import { FakeExcel, type SheetInit } from './fake-excel';

/** A formation block at B2 (originRow 2, originCol 1): a merged title row and a merged location column. */
const MERGED: SheetInit = {
  name: 'Lesvraag',
  originRow: 2,
  originCol: 1,
  values: [
    ['Lesvraag 2026-2027', '', ''],
    ['Vestiging', 'Vak', 'Lesuren'],
    ['Utrecht', 'Engels', 3],
    ['', 'Wiskunde', 4],
    ['', 'Biologie', 2],
  ],
  // B2:D2 the title across three columns; B4:B6 "Utrecht" down three rows.
  merges: ['B2:D2', 'B4:B6'],
};

function withExcelApi(version: number, fn: () => Promise<void>): Promise<void> {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = {
    context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v.split('.')[1]) <= version } },
  };
  return fn().finally(() => {
    g.Office = before;
  });
}

describe('merged cells', () => {
  test('ExcelApi 1.13: every merged cell gets the merge value, still 2 syncs', () =>
    withExcelApi(13, async () => {
      const fake = new FakeExcel([MERGED, { name: 'Leeg' }]);
      const sheets = await createExcelActions(fake.run).loadSheets();
      expect(fake.syncs.length).toBe(2);
      expect(sheets[0].values).toEqual([
        ['Lesvraag 2026-2027', 'Lesvraag 2026-2027', 'Lesvraag 2026-2027'],
        ['Vestiging', 'Vak', 'Lesuren'],
        ['Utrecht', 'Engels', 3],
        ['Utrecht', 'Wiskunde', 4],
        ['Utrecht', 'Biologie', 2],
      ]);
      expect(sheets[1].values).toEqual([]);
      // The merged areas travel in the values sync (the second), with only their addresses.
      const areaLoads = fake.syncs[1].loads.filter((l) => l.type === 'RangeAreas');
      expect(areaLoads).toEqual([{ type: 'RangeAreas', props: ['areas/items/address'] }]);
      expect(fake.syncs[0].loads.some((l) => l.type === 'RangeAreas')).toBe(false);
    }));

  test('a host below ExcelApi 1.13: merged cells as Excel gives them, no merged-area call', () =>
    withExcelApi(12, async () => {
      const fake = new FakeExcel([MERGED]);
      const sheets = await createExcelActions(fake.run).loadSheets();
      expect(sheets[0].values[0]).toEqual(['Lesvraag 2026-2027', '', '']);
      expect(sheets[0].values[3][0]).toBe('');
      expect(fake.loads.some((l) => l.type === 'RangeAreas')).toBe(false);
    }));

  test('chunked reads: the merges come with the first chunk and are filled after the last', async () => {
    // 300 rows × 4 columns; merge A2:A300 (one location for every row). Forced into chunks
    // by a response limit of 6,000 bytes (the whole sheet is about 9,000 bytes of JSON).
    const rows = 300;
    const sheet: SheetInit = {
      name: 'Export',
      rows,
      cols: 4,
      cell: (r, c) => (r === 0 ? ['Vestiging', 'Vak', 'Leerlingen', 'Uren'][c] : c === 0 ? (r === 1 ? 'Utrecht' : '') : c === 1 ? 'Engels' : r),
      merges: ['A2:A300'],
    };
    const fake = new FakeExcel([sheet], { responseLimitBytes: 6_000 });
    const read = await readSheets(fake.context as Excel.RequestContext, undefined, { mergedAreas: true });
    expect(fake.failedSyncs.length).toBeGreaterThan(0);
    expect(read[0].values.length).toBe(rows);
    expect(read[0].values.slice(1).every((r) => r[0] === 'Utrecht')).toBe(true);
    expect(fake.loads.filter((l) => l.type === 'RangeAreas').length).toBeGreaterThanOrEqual(1);
  });
});

describe("Excel on the web's 5 MB limit", () => {
  /** 400 rows × 6 columns of short text and numbers: about 14 KB of JSON. */
  const big: SheetInit = { name: 'Lesvraag', rows: 400, cols: 6, cell: (r, c) => (c % 2 ? r * 10 + c : `Vak ${r}-${c}`) };

  test('a refused values sync is split in halves and retried until every half fits', async () => {
    const limit = 4_000;
    const fake = new FakeExcel([big, { name: 'Personeel', values: [['Naam', 'FTE'], ['A', 0.8]] }], { responseLimitBytes: limit });
    const progress: number[] = [];
    const sheets = await createExcelActions(fake.run).loadSheets((f) => progress.push(f));
    expect(fake.failedSyncs.length).toBeGreaterThan(0);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThanOrEqual(limit);
    // Nothing lost, nothing doubled, in order.
    expect(sheets[0].values.length).toBe(400);
    for (const r of [0, 1, 199, 200, 399]) {
      expect(sheets[0].values[r]).toEqual(Array.from({ length: 6 }, (_v, c) => fake.sheets[0].valueAt(1 + r, c)));
    }
    expect(sheets[1].values).toEqual([['Naam', 'FTE'], ['A', 0.8]]);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  test('a single row over the limit cannot be split: the error reaches the caller', async () => {
    const fake = new FakeExcel([{ name: 'Breed', values: [Array.from({ length: 50 }, (_v, c) => `tekst ${c}`)] }], { responseLimitBytes: 100 });
    const err = await createExcelActions(fake.run).loadSheets().catch((e: unknown) => e);
    expect(isPayloadLimitError(err)).toBe(true);
  });

  test('both error codes are recognised; other errors are not', () => {
    expect(isPayloadLimitError({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadLimitError({ code: 'RequestPayloadSizeLimitExceeded', message: '' })).toBe(true);
    expect(isPayloadLimitError(new Error('RichApi.Error: ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadLimitError({ code: 'InvalidArgument' })).toBe(false);
    expect(isPayloadLimitError(null)).toBe(false);
  });

  test('halves: by sheets first (about equal cells), then by rows', () => {
    const metas = [{ cols: 10 }, { cols: 2 }, { cols: 10 }];
    // 100×10 = 1000, 50×2 = 100, 100×10 = 1000 cells: half is 1050, reached after the second slice.
    const [a, b] = splitSlices(
      [
        { index: 0, row: 0, rows: 100 },
        { index: 1, row: 0, rows: 50 },
        { index: 2, row: 0, rows: 100 },
      ],
      metas,
    )!;
    expect(a.map((s) => s.index)).toEqual([0, 1]);
    expect(b.map((s) => s.index)).toEqual([2]);
    // One slice of 7 rows from row 10: rows 10–12 and 13–16.
    expect(splitSlices([{ index: 0, row: 10, rows: 7 }], metas)).toEqual([[{ index: 0, row: 10, rows: 3 }], [{ index: 0, row: 13, rows: 4 }]]);
    expect(splitSlices([{ index: 0, row: 10, rows: 1 }], metas)).toBeNull();
  });
});
