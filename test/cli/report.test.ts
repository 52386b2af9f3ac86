/**
 * The report a controller hands to a board (issue 10): 100 columns, one minus sign, the cost
 * difference as printed, notes made from the values used, per-scenario norms, English face.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, EXAMPLE, EXAMPLE_SCENARIO } from './helpers';

jest.setTimeout(60000);

const ALL = ['--preset', 'klassikaal-oa', '--preset', 'domeinen', '--preset', 'leerplein', '--preset', 'productiviteit', '--scenario', EXAMPLE_SCENARIO];

let nl: string;
let en: string;
let json: any;

beforeAll(async () => {
  nl = (await cli('analyse', EXAMPLE, ...ALL)).stdout;
  en = (await cli('analyse', EXAMPLE, ...ALL, '--lang', 'en')).stdout;
  json = JSON.parse((await cli('analyse', EXAMPLE, '--scenario', EXAMPLE_SCENARIO, '--preset', 'klassikaal-oa', '--json', '--lang', 'en')).stdout);
});

/** The last line that starts with `label` (the scenario table's last block holds the file scenario). */
const row = (text: string, label: string) => [...text.split('\n')].reverse().find((l) => l.trimStart().startsWith(label))!;

test('every line fits in 100 columns (characters, not bytes)', () => {
  for (const text of [nl, en]) {
    const long = text.split('\n').filter((l) => [...l].length > 100);
    expect(long).toEqual([]);
  }
});

test('the cost difference is this column minus the current one, as printed', () => {
  // Example workbook, scenario file (assistants at € 56,000 against the workbook's € 57,380):
  // € 7.429.702 − € 7.433.652 = € −3.950 (the old difference at the scenario's own prices said +€ 6.541).
  const cost = row(nl, 'Personeelskosten  ');
  const delta = row(nl, 'Verschil personeelskosten');
  expect(cost).toMatch(/€ 7\.433\.652 .*€ 7\.429\.702\s*$/);
  expect(delta).toMatch(/€ −3\.950\s*$/);
  // Price change: 7.60 FTE OA × (56,000 − 57,380) = −10,488 ≈ € −10.490 with the workbook's exact
  // price (436,090 / 7.6 = 57,380.26); the formation itself € 6.540; together € −3.950.
  expect(nl).toMatch(/kosten: Van het verschil van € −3\.950 is € −10\.490 een prijsverschil/);
  const s = json.scenarios[1];
  expect(s.costDelta).toBeCloseTo(s.cost - json.scenarios[0].cost, 3); // JSON rounds to 12 significant digits
  expect(json.issues.map((i: any) => i.cell)).toContain('Leerplein bovenbouw: 25% van de lessen, 2 leraren');
  expect(json.issues.find((i: any) => /price change/.test(i.message)).message).toMatch(/^Of the difference of € −3,950, € −10,490 is a price change/);
  expect(Object.keys(s)).toEqual(['name', 'teacherFteNeeded', 'assistantFteForTasks', 'assistantFteForPlazas', 'assistantFteNeeded',
    'assistantFteByRatio', 'transferredHours', 'netHoursFreed', 'hoursFreedPerTeacherFtePerWeek', 'extraLessonFte',
    'shortageAfterFte', 'studentsPerTeacherContactHour', 'cost', 'costDelta']);
});

test('notes describe the values the scenario uses; its norms are listed with units', () => {
  expect(nl).toContain('aanname: Leerplein voor 25% van de lessen: pleinen van 90 leerlingen met 2 leraren en 1');
  expect(nl).not.toMatch(/Leerplein voor 15% van de lessen[^\n]*\n[^\n]*2 leraren/);
  expect(nl).toMatch(/Eigen normen van scenario 5: coördinatietijd 0,15 uur leraar per overgedragen uur; herinvestering\s+in lessen 0,5/);
  expect(row(nl, 'lestaak  ')).toMatch(/^ {2}lestaak\s+720 {2}klokuur les per FTE per jaar$/);
});

test('klassikaal-oa says why the shortage does not move', () => {
  expect(nl).toMatch(/waarom: De 5\.776 netto vrijgespeelde uren/);
  expect(nl.replace(/\s+/g, ' ')).toContain('herinvestering in lessen staat op 0, dus ze leveren geen extra lessen en het tekort verandert niet.');
});

test('assistants employed stand above the extra need; both costs explained', () => {
  const lines = nl.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith('FTE OA in dienst'));
  expect(lines[i]).toMatch(/^ {2}FTE OA in dienst\s+7,60\s+7,60/);
  expect(lines[i + 3]).toMatch(/^ {2}FTE OA nodig\s+0,00/);
  const flat = nl.replace(/\s+/g, ' ');
  expect(flat).toContain('Personeelskosten: de benodigde formatie tegen de kosten per FTE (F14)');
  expect(flat).toContain('Loonkosten leraren en Loonkosten OA: de loonkosten uit de personeelstabel');
  expect(flat).toContain('FTE OA nodig: extra onderwijsassistenten');
});

test('one minus sign (U+2212) in the report, no hyphen before a figure', () => {
  expect(nl.split('\n').find((l) => l.trimStart().startsWith('Tekort na scenario'))).toContain('\u22128,78');
  for (const l of nl.split('\n')) expect(l).not.toMatch(/(^|\s|€ )-\d/);
});

test('English face: English notes, labels and numbers', () => {
  expect(en).toContain('assumption: Learning plaza for 25% of lessons');
  expect(en).toMatch(/why: The 5,776 net hours freed/);
  expect(en).not.toMatch(/Leerplein voor|Eigen normen|vrijgespeelde/);
});

test('--help names a docs file that exists', async () => {
  for (const lang of [[], ['--lang', 'en']]) {
    const r = await cli('--help', ...lang);
    const m = /docs\/[\w.-]+\.md/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(fs.existsSync(path.join(__dirname, '..', '..', m![0]))).toBe(true);
  }
});

test('--json --lang en: cell issues in English', () => {
  const bad = json.tables.flatMap((t: any) => t.issues).map((i: any) => i.message);
  expect(bad.length).toBeGreaterThan(0);
  for (const m of bad) expect(m).not.toMatch(/ niet | cel /);
});

test('prognose fits in 100 columns too', async () => {
  for (const lang of [[], ['--lang', 'en']]) {
    const r = await cli('prognose', EXAMPLE, '--preset', 'domeinen', '--preset', 'productiviteit', ...lang);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => [...l].length > 100)).toEqual([]);
  }
});
