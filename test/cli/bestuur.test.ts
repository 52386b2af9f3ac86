/**
 * `formatie bestuur`: one entry per workbook (the analyse JSON, or the file and its one-line
 * reason), board sums and ratios recomputed from the sums, exit codes, folders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, tmpDir, writeWorkbook, SMALL_DEMAND, SMALL_STAFF } from './helpers';
import { analyseAll } from '../../src/cli/bestuur';

jest.setTimeout(120000);

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = tmpDir();
  folder = path.join(dir, 'scholen');
  fs.mkdirSync(folder);
  // a.xlsx: the small school of the analyse tests: 101 pupils, 5.25 FTE needed, 1.8 teacher FTE,
  //   1.0 assistant FTE; F5 = (56×30 + 45×30) / 120 = 25.25 (3030 / 120).
  await writeWorkbook(path.join(folder, 'a.xlsx'), { Lesvraag: SMALL_DEMAND, Personeel: SMALL_STAFF });
  // b.xlsx: 28 pupils, group size 28 → 1 group × 30 lessons = 30 lessons → 1.3125 FTE; one teacher 1.0 FTE,
  //   one assistant 0.5 FTE; F5 = 28×30 / 30 = 28.
  await writeWorkbook(path.join(folder, 'b.xlsx'), {
    Lesvraag: [['Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'], ['West', 1, 28, 28, 30]],
    Personeel: [['Naam', 'Functie', 'FTE'], ['D. de Vries', 'Docent', 1], ['E. Smit', 'Onderwijsassistent', 0.5]],
  });
  fs.writeFileSync(path.join(folder, 'c-kapot.xlsx'), 'geen zip');
  fs.writeFileSync(path.join(folder, '~$a.xlsx'), 'lock file');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('board sums, and ratios from the sums (never an average of ratios)', async () => {
  const r = await cli('bestuur', folder, '--preset', 'productiviteit', '--json');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(Object.keys(out)).toEqual(['files', 'board']);
  expect(out.files.map((f: any) => f.file)).toEqual(['a.xlsx', 'b.xlsx', 'c-kapot.xlsx'].map((n) => path.join(folder, n)));
  expect(out.files[0].totals.students).toBe(101);
  expect(out.files[2].error).toMatch(/c-kapot\.xlsx/);
  expect(Object.keys(out.files[2])).toEqual(['file', 'error']);
  const t = out.board.totals;
  // students 101 + 28 = 129; need 5.25 + 1.3125 = 6.5625; available 1.8 + 1 = 2.8; assistants 1.5
  expect(t.students).toBe(129);
  expect(t.teacherFteNeeded).toBeCloseTo(6.5625, 9);
  expect(t.teacherFteAvailable).toBeCloseTo(2.8, 9);
  expect(t.shortageFte).toBeCloseTo(6.5625 - 2.8, 9);
  expect(t.assistantFte).toBeCloseTo(1.5, 9);
  // 129 / 2.8 = 46.0714…, not the average of 56.11 and 28
  expect(t.studentsPerTeacherFte).toBeCloseTo(129 / 2.8, 9);
  expect(t.studentsPerAssistantFte).toBeCloseTo(129 / 1.5, 9);
  // F5 from the sums: (3030 + 840) / (120 + 30) = 25.8
  expect(t.studentsPerTeacherContactHour).toBeCloseTo(3870 / 150, 9);
  // b has no cost column: the board cannot sum teacher payroll
  expect(t.teacherCost).toBeNull();
  const [cur, prod] = out.board.scenarios;
  expect(cur.shortageAfterFte).toBeCloseTo(6.5625 - 2.8, 9);
  // productivity +23% on all lessons: 6.5625 / 1.23 − 2.8
  expect(prod.teacherFteNeeded).toBeCloseTo(6.5625 / 1.23, 9);
  expect(prod.shortageAfterFte).toBeCloseTo(6.5625 / 1.23 - 2.8, 9);
  expect(prod.studentsPerTeacherContactHour).toBeCloseTo(3870 / (150 / 1.23), 9);
});

test('exit 2 only when none could be read', async () => {
  const r = await cli('bestuur', path.join(folder, 'c-kapot.xlsx'), path.join(dir, 'weg.xlsx'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/c-kapot\.xlsx/);
  expect((await cli('bestuur')).code).toBe(2);
  expect((await cli('bestuur', folder, '--preset', 'onbekend')).code).toBe(2);
});

test('report and --out', async () => {
  const out = path.join(dir, 'bestuur.xlsx');
  const r = await cli('bestuur', path.join(folder, 'a.xlsx'), path.join(folder, 'b.xlsx'), '--out', out);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Bestuur totaal/);
  expect(r.stdout).toMatch(/Noord/); // a.xlsx has two locations: one row each
  expect(fs.existsSync(out)).toBe(true);
});

test('worker threads give the same results as this thread', async () => {
  const files = ['a.xlsx', 'b.xlsx', 'c-kapot.xlsx', 'a.xlsx'].map((n) => path.join(folder, n));
  const here = await analyseAll(files, [], 'nl', 1);
  const threads = await analyseAll(files, [], 'nl', 3, 0); // lib/cli/bestuur-worker.js (npm run build:cli)
  expect(threads).toEqual(here);
  expect(threads.map((r) => r.ok)).toEqual([true, true, false, true]);
});
