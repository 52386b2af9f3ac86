/**
 * Issue 11 at the command line: damaged or hostile workbook files are refused with exit 2
 * and one line in the user's language (Dutch default, English with --lang en), naming
 * what is wrong; devices, pipes and huge files are never read. Inputs generated here.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cli, tmpDir, SMALL_DEMAND } from './helpers';
import { buildBook, deflateBomb, SHEET_HEAD, type FixtureEntry } from '../io/zip-fixture';

jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  dir = tmpDir('formatie-hostile-');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, exactly `line` (one line) on stderr, nothing on stdout. */
async function expectRefused(argv: string[], line: string): Promise<void> {
  const r = await cli(...argv);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(line + '\n');
  expect(r.code).toBe(2);
}

function file(name: string, data: Uint8Array): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
}

const replace = (name: string, change: Partial<FixtureEntry>) => (entries: FixtureEntry[]): FixtureEntry[] =>
  entries.map((e) => (e.name === name ? { ...e, ...change } : e));

describe('only regular files are opened, size checked first', () => {
  test('/dev/zero', async () => {
    await expectRefused(['analyse', '/dev/zero'], 'formatie: /dev/zero is geen gewoon bestand (een apparaat, pijp of socket); geef een .xlsx-bestand');
  });

  test('a symlink named .xlsx pointing at /dev/zero, in English', async () => {
    const f = path.join(dir, 'nul.xlsx');
    fs.symlinkSync('/dev/zero', f);
    await expectRefused(['analyse', f, '--lang', 'en'], `formatie: ${f} is not a regular file (a device, pipe or socket); give an .xlsx file`);
  });

  test('a FIFO without a writer does not hang', async () => {
    const f = path.join(dir, 'pijp.xlsx');
    execFileSync('mkfifo', [f]);
    await expectRefused(['analyse', f], `formatie: ${f} is geen gewoon bestand (een apparaat, pijp of socket); geef een .xlsx-bestand`);
  });

  test('a 300 MB file is refused before reading (a sparse file: no disk used)', async () => {
    const f = path.join(dir, 'enorm.xlsx');
    fs.closeSync(fs.openSync(f, 'w'));
    fs.truncateSync(f, 300 * 1024 * 1024);
    await expectRefused(['analyse', f], `formatie: ${f} is te groot om te analyseren: 300 MB (grens 256 MB)`);
  });
});

describe('damaged or hostile content: one line, exit 2', () => {
  test('a zip bomb: a 3 MB file that unpacks to 3 GB of sheet XML', async () => {
    const bomb = deflateBomb('<c><v>1</v></c>', 3 * 1024, `${SHEET_HEAD}<sheetData><row r="1">`, '</row></sheetData></worksheet>');
    const f = file('bom.xlsx', buildBook({ sheets: [{ name: 'S', xml: '' }], patch: replace('xl/worksheets/sheet1.xml', { raw: bomb, size: 3 * 1024 ** 3, crc: 0 }) }));
    expect(fs.statSync(f).size).toBeLessThan(8 * 1024 * 1024);
    await expectRefused(['analyse', f], `formatie: ${f} is te groot om te analyseren: het deel xl/worksheets/sheet1.xml is uitgepakt 3072 MB (grens 1024 MB)`);
    // The same bomb lying about its size stops at the size it declares.
    const g = file('bom2.xlsx', buildBook({ sheets: [{ name: 'S', xml: '' }], patch: replace('xl/worksheets/sheet1.xml', { raw: bomb, size: 5000, crc: 0 }) }));
    await expectRefused(['analyse', g, '--lang', 'en'],
      `formatie: ${g} is damaged or incomplete and cannot be read (the part xl/worksheets/sheet1.xml unpacks to more than its declared 5000 bytes)`);
  });

  test('a CRC that does not match', async () => {
    const f = file('crc.xlsx', buildBook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], patch: replace('xl/worksheets/sheet1.xml', { crc: 7 }) }));
    await expectRefused(['analyse', f], `formatie: ${f} is beschadigd of onvolledig en kan niet worden gelezen (de controlesom (CRC) van het deel xl/worksheets/sheet1.xml klopt niet)`);
  });

  test('a sheet part missing from the zip', async () => {
    const f = file('zonder-blad.xlsx', buildBook({
      sheets: [{ name: 'Lesvraag', xml: '' }],
      patch: (es) => es.filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
    }));
    await expectRefused(['analyse', f, '--lang', 'en'],
      `formatie: ${f} is damaged or incomplete and cannot be read (the sheet "Lesvraag" is missing from the file (part xl/worksheets/sheet1.xml))`);
  });

  test('a shared-string index of 1.5', async () => {
    const f = file('index.xlsx', buildBook({ shared: ['Vestiging', 'Noord'], sheets: [{ name: 'Lesvraag', xml: '<row r="1"><c r="A1" t="s"><v>1.5</v></c></row>' }] }));
    await expectRefused(['analyse', f],
      `formatie: ${f} is beschadigd of onvolledig en kan niet worden gelezen (de cel Lesvraag!A1 verwijst naar gedeelde tekst nr. 1.5, die niet bestaat (2 teksten))`);
  });

  test('a workbook without workbook part: no internal message', async () => {
    const f = file('kapot.xlsx', buildBook({ sheets: [{ name: 'S', xml: '' }], patch: (es) => es.filter((e) => e.name !== 'xl/workbook.xml') }));
    await expectRefused(['analyse', f, '--lang', 'en'],
      `formatie: ${f} is damaged or incomplete and cannot be read (the workbook part (xl/workbook.xml) is missing)`);
  });
});

describe('workbooks Excel opens are read', () => {
  test('a <col> over two billion columns', async () => {
    const rows = SMALL_DEMAND.map((r, i) =>
      `<row r="${i + 1}">${r.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${i + 1}"${typeof v === 'number' ? `><v>${v}</v>` : ` t="inlineStr"><is><t>${v}</t></is>`}</c>`).join('')}</row>`).join('');
    const xml = `${SHEET_HEAD}<cols><col min="1" max="2000000000" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`;
    const f = file('kolommen.xlsx', buildBook({ sheets: [{ name: 'Lesvraag', xml }] }));
    const r = await cli('analyse', f, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Noord: ceil(56/28) = 2 groups × 30 = 60; Zuid: ceil(45/28) = 2 × 30 = 60; total 120.
    expect(JSON.parse(r.stdout).totals.teacherLessonsPerWeek).toBe(120);
  });

  test('lesson hours formatted 0\\ \\u\\u\\r (escaped literals) are numbers, not dates', async () => {
    const f = path.join(dir, 'opmaak.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lesvraag');
    SMALL_DEMAND.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell('E3').numFmt = '0\\ \\u\\u\\r';
    ws.getCell('E4').numFmt = '0\\ \\m\\i\\n';
    await wb.xlsx.writeFile(f);
    const r = await cli('analyse', f, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.tables[0].issues).toEqual([]);
    // As above: 2 groups × 30 lessons at each location = 120.
    expect(out.totals.teacherLessonsPerWeek).toBe(120);
  });

  test('merged cells: a location merged down over its rows counts for each row', async () => {
    const f = path.join(dir, 'samengevoegd.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lesvraag');
    const rows = [
      ['Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
      ['Noord', 1, 56, 28, 30],
      [null, 2, 50, 25, 30],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    ws.mergeCells('A2:A3');
    await wb.xlsx.writeFile(f);
    const r = await cli('analyse', f, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // Both rows at Noord: 2 × 30 + 2 × 30 = 120 lessons.
    expect(out.byLocation.map((l: { location: string }) => l.location)).toEqual(['Noord']);
    expect(out.byLocation[0].teacherLessonsPerWeek).toBe(120);
  });
});
