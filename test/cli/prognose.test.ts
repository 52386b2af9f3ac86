/**
 * `formatie prognose`: the JSON shape of projection.md, figures computed by hand, exit codes,
 * --out with a native line chart, the readable report.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { cli, tmpDir, writeWorkbook, EXAMPLE } from './helpers';

jest.setTimeout(90000);

let dir: string;
let school: string;
let noStaff: string;

// One mavo line, group size 25, 30 lessons per week: years 1..4 with 100, 90, 80, 70 pupils.
// Staff: X 1.0 FTE born 10-05-1960 (AOW 67y3m on 10-08-2027: school year 2027-2028, gone in
// year 2), Y 1.0 FTE born in 1958 (a year: 1 July 1958, past the age: gone in year 1), Z 8.0 FTE
// born 1980 (8 rows of 1.0); an assistant 1.0 FTE. Year 0 is 2026-2027 (sheet name).
const DEMAND = [
  ['Niveau', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
  ['mavo', 1, 100, 25, 30],
  ['mavo', 2, 90, 25, 30],
  ['mavo', 3, 80, 25, 30],
  ['mavo', 4, 70, 25, 30],
];
const STAFF = [
  ['Naam', 'Functie', 'FTE', 'Geboortedatum'],
  ['X', 'Docent', 1, new Date(Date.UTC(1960, 4, 10))],
  ['Y', 'Docent', 1, 1958],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`Z${i}`, 'Docent', 1, '01-01-1980']),
  ['O', 'Onderwijsassistent', 1, '01-01-1990'],
];

beforeAll(async () => {
  dir = tmpDir();
  school = path.join(dir, 'school.xlsx');
  noStaff = path.join(dir, 'zonder-personeel.xlsx');
  await writeWorkbook(school, { 'Lesvraag 2026-2027': DEMAND, Personeel: STAFF });
  await writeWorkbook(noStaff, { Lesvraag: DEMAND });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function json(...argv: string[]): Promise<any> {
  const r = await cli('prognose', ...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('figures by hand', () => {
  // intakeGrowth 0.1, transition 0.9, attrition 0.05, hiring 0.5:
  //   year 1 pupils 110 + 90 + 81 + 72 = 353; groups 5 + 4 + 4 + 3 = 16 → 480 lessons × 0.04375 = 21 FTE
  //   year 0: groups 4 + 4 + 4 + 3 = 15 → 450 lessons → 19.6875 FTE; A(0) = 10
  //   A(1) = (10 − 1) × 0.95 + 0.5 = 9.05;  A(2) = (9.05 − 1) × 0.95 + 0.5 = 8.1475
  //   shortage(1) = 21 − 9.05 = 11.95
  let out: any;
  beforeAll(async () => {
    const p = path.join(dir, 'prognose.json');
    fs.writeFileSync(p, JSON.stringify({ intakeGrowth: 0.1, transition: 0.9, attrition: 0.05, hiring: 0.5, years: 4 }));
    out = await json(school, '--projection', p, '--years', '2', '--preset', 'productiviteit');
  });
  test('the JSON shape of projection.md', () => {
    expect(Object.keys(out)).toEqual(['file', 'parameters', 'years', 'issues']);
    expect(out.file).toBe('school.xlsx');
    expect(out.parameters).toMatchObject({ years: 2, intakeGrowth: 0.1, transition: 0.9, attrition: 0.05, retirementAge: 67.25, hiring: 0.5, assistantToTeacher: null, firstYear: '2026-2027' });
    expect(out.years).toHaveLength(3);
    expect(Object.keys(out.years[0])).toEqual(['label', 'students', 'groups', 'teacherFteNeeded', 'teacherFteAvailable', 'retiringFte', 'shortageFte', 'assistantFte', 'bySubject', 'scenarios']);
    expect(Object.keys(out.years[1].scenarios[0])).toEqual(['name', 'teacherFteNeeded', 'assistantFteNeeded', 'shortageAfterFte', 'cost']);
    expect(out.years.map((y: any) => y.label)).toEqual(['2026-2027', '2027-2028', '2028-2029']);
  });
  test('pupils, need, availability, shortage', () => {
    const [y0, y1, y2] = out.years;
    expect(y0.students).toBe(340);
    expect(y0.teacherFteNeeded).toBeCloseTo(19.6875, 9);
    expect(y0.teacherFteAvailable).toBeCloseTo(10, 9);
    expect(y1.students).toBeCloseTo(353, 9);
    expect(y1.groups).toBe(16);
    expect(y1.teacherFteNeeded).toBeCloseTo(21, 9);
    expect(y1.retiringFte).toBeCloseTo(1, 9);
    expect(y2.retiringFte).toBeCloseTo(1, 9);
    expect(y1.teacherFteAvailable).toBeCloseTo(9.05, 9);
    expect(y2.teacherFteAvailable).toBeCloseTo(8.1475, 9);
    expect(y1.shortageFte).toBeCloseTo(11.95, 9);
    expect(y1.assistantFte).toBe(1);
    // productivity +23% on all lessons: 21 / 1.23 − 9.05
    expect(y1.scenarios[1].shortageAfterFte).toBeCloseTo(21 / 1.23 - 9.05, 9);
    expect(y1.scenarios[0].name).toBe('Huidige situatie');
  });
});

test('no staff table: availability, retirement and shortage are null', async () => {
  const out = await json(noStaff, '--years', '1');
  expect(out.years[0].label).toBe('jaar 0');
  for (const y of out.years) {
    expect(y.teacherFteAvailable).toBeNull();
    expect(y.shortageFte).toBeNull();
    expect(y.retiringFte).toBeNull();
  }
});

test('exit codes as analyse', async () => {
  expect((await cli('prognose', path.join(dir, 'nope.xlsx'))).code).toBe(2);
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, '{"years": 12}');
  const r = await cli('prognose', school, '--projection', bad);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/years/);
  expect((await cli('prognose', school, '--years', 'veel')).code).toBe(2);
  expect((await cli('prognose', school, '--preset', 'onbekend')).code).toBe(2);
  expect((await cli('prognose')).code).toBe(2);
});

test('--out writes a workbook with a native line chart; the report has a per-year table', async () => {
  const out = path.join(dir, 'prognose.xlsx');
  const r = await cli('prognose', EXAMPLE, '--preset', 'domeinen', '--out', out, '--lang', 'en');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/School year/);
  expect(r.stdout).toMatch(/2031-2032/);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
  expect(chart).toMatch(/<c:lineChart>/);
  expect(chart).toMatch(/Projection'!\$D\$5:\$D\$10/);
  expect(await zip.file('[Content_Types].xml')!.async('string')).toMatch(/drawingml\.chart\+xml/);
  expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rIdPrognoseChart"\/>/);
});
