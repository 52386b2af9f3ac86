/** loadWorkbookValues on workbooks exceljs writes: the used cells of every sheet, real addresses, values as the sheet reader takes them. */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { loadWorkbookValues, looksLikeOle, looksLikeZip, XlsxError } from '../../src/io/xlsx';
import { readWorkbook } from '../../src/sheet';
import { tmpDir } from '../cli/helpers';

jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  dir = tmpDir('formatie-io-');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('origin of the used block; blanks inside a row as null, rows end at their last used cell', async () => {
  const data = await bytesOf((wb) => {
    const ws = wb.addWorksheet('Lesvraag');
    ws.getCell('C3').value = 'Vestiging';
    ws.getCell('E3').value = 'Leerlingen';
    ws.getCell('C4').value = 'Noord';
    ws.getCell('E4').value = 120;
    ws.getCell('D6').value = 'x';
  });
  const [s] = await loadWorkbookValues(data);
  expect(s.name).toBe('Lesvraag');
  expect(s.originRow).toBe(3);
  expect(s.originCol).toBe(2); // column C
  expect(s.values).toEqual([
    ['Vestiging', null, 'Leerlingen'],
    ['Noord', null, 120],
    [],
    [null, 'x'],
  ]);
});

test('errors, formula results, rich text, dates, booleans', async () => {
  const date = new Date(Date.UTC(2026, 7, 1));
  const data = await bytesOf((wb) => {
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('A2').value = { formula: 'B2*2', result: 84 } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = 42;
    ws.getCell('A3').value = { richText: [{ text: 'Noo' }, { text: 'rd', font: { bold: true } }] };
    ws.getCell('A4').value = date;
    ws.getCell('A5').value = true;
    ws.getCell('A6').value = '=niet een formule';
  });
  const [s] = await loadWorkbookValues(data);
  const col = s.values.map((r) => r[0]);
  expect(col[0]).toEqual({ error: '#REF!' });
  expect(col[1]).toBe(84); // the cached result
  expect(col[2]).toBe('Noord'); // rich text runs joined
  expect(col[3]).toBeInstanceOf(Date);
  expect((col[3] as Date).getTime()).toBe(date.getTime());
  expect(col[4]).toBe(true);
  expect(col[5]).toBe('=niet een formule');
});

test('merged cells: the value counts for every cell of the range (domain.md)', async () => {
  const data = await bytesOf((wb) => {
    const ws = wb.addWorksheet('Titel');
    ws.getCell('A1').value = 'Stedelijk College';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = 1;
    ws.getCell('D2').value = 4;
  });
  const [s] = await loadWorkbookValues(data);
  expect(s.values[0]).toEqual(['Stedelijk College', 'Stedelijk College', 'Stedelijk College', 'Stedelijk College']);
});

test('every worksheet in order; an empty sheet gives no rows', async () => {
  const data = await bytesOf((wb) => {
    wb.addWorksheet('Leeg');
    wb.addWorksheet('Twee').getCell('A1').value = 2;
  });
  const sheets = await loadWorkbookValues(data);
  expect(sheets.map((s) => s.name)).toEqual(['Leeg', 'Twee']);
  expect(sheets[0].values).toEqual([]);
  expect(sheets[1].values).toEqual([[2]]);
});

test('accepts Buffer, Uint8Array and ArrayBuffer', async () => {
  const file = path.join(dir, 'a.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('B2').value = 7;
  await wb.xlsx.writeFile(file);
  const buf = fs.readFileSync(file);
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  for (const data of [buf, new Uint8Array(buf), ab]) {
    const [s] = await loadWorkbookValues(data as ArrayBuffer);
    expect(s).toMatchObject({ name: 'S', originRow: 2, originCol: 1, values: [[7]] });
  }
});

test('addresses from the reader are the real sheet addresses', async () => {
  const data = await bytesOf((wb) => {
    const ws = wb.addWorksheet('Lesvraag 26-27');
    ws.getCell('B1').value = 'Titel';
    ws.getRow(3).values = [null, 'Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'];
    ws.getRow(4).values = [null, 'Noord', 1, 56, 28, 30];
    ws.getRow(5).values = [null, 'Noord', 2, 'n.v.t.', 28, 30];
  });
  const { tables } = readWorkbook(await loadWorkbookValues(data));
  expect(tables).toHaveLength(1);
  expect(tables[0].range).toBe('B3:F5');
  expect(tables[0].issues.map((i) => i.cell)).toContain("'Lesvraag 26-27'!D5");
});

test('corrupt bytes reject with an XlsxError (the CLI turns this into exit 2)', async () => {
  const data = await bytesOf((wb) => (wb.addWorksheet('S').getCell('A1').value = 1));
  await expect(loadWorkbookValues(data.subarray(0, Math.floor(data.length / 2)))).rejects.toBeInstanceOf(XlsxError);
});

test('signatures', () => {
  expect(looksLikeZip(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
  expect(looksLikeZip(new TextEncoder().encode('hello'))).toBe(false);
  expect(looksLikeZip(new Uint8Array([]))).toBe(false);
  expect(looksLikeOle(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  expect(looksLikeOle(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(false);
});
