/**
 * `formatie analyse` on a small hand-made workbook, figures computed by hand; the JSON
 * shape of cli.md; null semantics; --out; the readable report.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { TOTAL_KEYS, SCENARIO_KEYS, LABELS } from '../../src/model/labels';
import { cli, tmpDir, writeWorkbook, SMALL_DEMAND, SMALL_STAFF, EXAMPLE, EXAMPLE_SCENARIO } from './helpers';

jest.setTimeout(60000);

let dir: string;
let small: string;
let demandOnly: string;

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(async () => {
  dir = tmpDir();
  small = path.join(dir, 'klein.xlsx');
  demandOnly = path.join(dir, 'alleen-lesvraag.xlsx');
  await writeWorkbook(small, { Lesvraag: SMALL_DEMAND, Personeel: SMALL_STAFF });
  await writeWorkbook(demandOnly, { Lesvraag: SMALL_DEMAND });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function json(...argv: string[]): Promise<any> {
  const r = await cli(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('figures of the small workbook, by hand', () => {
  // Norms: 50-minute lessons, 37.8 weeks, 720 h teaching load: one weekly lesson is
  // 50/60 × 37.8 / 720 = 0.04375 FTE.
  // Noord: 56 pupils, group size 28 → 2 groups × 30 lessons = 60 lessons → 2.625 FTE.
  // Zuid:  45 pupils, group size 28 → ceil(1.61) = 2 groups × 30 = 60 lessons → 2.625 FTE.
  // Total: 101 pupils, 4 groups, 120 lessons, 5.25 FTE needed.
  // Staff: teachers 1.0 (Noord) + "0,8" (Zuid) = 1.8 FTE, cost 80,000 + 64,000 = 144,000;
  //        assistant 1.0 (Noord), cost 50,000.
  // Shortage 5.25 − 1.8 = 3.45. Students per teacher FTE 101 / 1.8 = 56.11;
  // per assistant FTE 101 / 1 = 101. Contact hour (F5): (56×30 + 45×30) / 120 = 25.25.
  let out: any;
  beforeAll(async () => {
    out = await json('analyse', small, '--preset', 'klassikaal-oa');
  });

  test('totals', () => {
    const t = out.totals;
    expect(t.students).toBe(101);
    expect(t.groups).toBe(4);
    expect(t.teacherLessonsPerWeek).toBe(120);
    expect(t.teacherFteNeeded).toBeCloseTo(5.25, 9);
    expect(t.teacherFteAvailable).toBeCloseTo(1.8, 9);
    expect(t.assistantFte).toBeCloseTo(1, 9);
    expect(t.shortageFte).toBeCloseTo(3.45, 9);
    expect(t.studentsPerTeacherFte).toBeCloseTo(101 / 1.8, 9);
    expect(t.studentsPerAssistantFte).toBeCloseTo(101, 9);
    expect(t.studentsPerTeacherContactHour).toBeCloseTo(25.25, 9);
    expect(t.teacherCost).toBeCloseTo(144000, 6);
    expect(t.assistantCost).toBeCloseTo(50000, 6);
  });

  test('per location', () => {
    const noord = out.byLocation.find((l: any) => l.location === 'Noord');
    const zuid = out.byLocation.find((l: any) => l.location === 'Zuid');
    expect(noord.students).toBe(56);
    expect(noord.teacherFteNeeded).toBeCloseTo(2.625, 9);
    expect(noord.teacherFteAvailable).toBeCloseTo(1, 9);
    expect(noord.shortageFte).toBeCloseTo(1.625, 9);
    expect(zuid.students).toBe(45);
    expect(zuid.teacherFteAvailable).toBeCloseTo(0.8, 9);
    expect(zuid.shortageFte).toBeCloseTo(1.825, 9);
  });

  test('current situation first, then the preset', () => {
    expect(out.scenarios).toHaveLength(2);
    const [now, k] = out.scenarios;
    expect(now.name).toBe('Huidige situatie');
    expect(now.teacherFteNeeded).toBeCloseTo(5.25, 9);
    expect(now.shortageAfterFte).toBeCloseTo(3.45, 9);
    expect(now.costDelta).toBe(0);
    // Klassikaal + OA: surveillance 30 h × 1 + toetsweek 15 × 1 + opvang 20 × 1 +
    // administratie 40 × 0.5 = 85 h per teacher FTE; teacher FTE is the available 1.8.
    expect(k.name).toBe('Klassikaal + OA (Lek en Linge, Culemborg)');
    expect(k.transferredHours).toBeCloseTo(153, 9); // 1.8 × 85
    expect(k.netHoursFreed).toBeCloseTo(137.7, 9); // 153 × (1 − 0.10)
    expect(k.assistantFteForTasks).toBeCloseTo(153 / 1619, 9);
    expect(k.assistantFteForPlazas).toBe(0);
    expect(k.assistantFteNeeded).toBeCloseTo(153 / 1619, 9);
    expect(k.assistantFteByRatio).toBeCloseTo(101 / 216.7, 9);
    expect(k.hoursFreedPerTeacherFtePerWeek).toBeCloseTo(137.7 / 1.8 / 37.8, 9); // 2.0238
    expect(k.extraLessonFte).toBe(0); // reinvestShare 0
    expect(k.teacherFteNeeded).toBeCloseTo(5.25, 9);
    expect(k.shortageAfterFte).toBeCloseTo(3.45, 9);
    // Cost per FTE from the staff table: teachers 144,000 / 1.8 = 80,000; assistants 50,000.
    // Scenario: 5.25 × 80,000 + (1 + 153/1619) × 50,000; baseline 5.25 × 80,000 + 1 × 50,000.
    expect(k.cost).toBeCloseTo(420000 + (1 + 153 / 1619) * 50000, 6);
    expect(k.costDelta).toBeCloseTo((153 / 1619) * 50000, 6); // ≈ 4,725.14
  });
});

describe('JSON shape of cli.md', () => {
  test('every key present, one JSON object on stdout', async () => {
    const r = await cli('analyse', small, '--json', '--preset', 'leerplein');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout); // throws when stdout is more than one JSON value
    for (const k of ['file', 'norms', 'tables', 'totals', 'byLocation', 'bySubject', 'scenarios']) expect(out).toHaveProperty(k);
    expect(out.file).toBe('klein.xlsx');
    for (const k of ['annualHours', 'maxTeachingHours', 'lessonMinutes', 'teachingWeeks', 'surcharge', 'assistantHours', 'coordinationShare', 'reinvestShare']) {
      expect(typeof out.norms[k]).toBe('number');
    }
    expect(out.norms.maxTeachingHours).toBe(720);
    expect(out.tables).toHaveLength(2);
    for (const t of out.tables) {
      expect(Object.keys(t).sort()).toEqual(['issues', 'kind', 'range', 'rows', 'sheet']);
    }
    const demand = out.tables.find((t: any) => t.kind === 'demand');
    expect(demand).toMatchObject({ sheet: 'Lesvraag', range: 'A2:E4', rows: 2 });
    expect(out.tables.find((t: any) => t.kind === 'staff')).toMatchObject({ sheet: 'Personeel', rows: 3 });
    expect(Object.keys(out.totals)).toEqual([...TOTAL_KEYS]);
    for (const l of out.byLocation) expect(Object.keys(l)).toEqual(['location', ...TOTAL_KEYS]);
    for (const s of out.scenarios) expect(Object.keys(s)).toEqual(['name', ...SCENARIO_KEYS]);
    expect(out.scenarios.map((s: any) => s.name)).toEqual(['Huidige situatie', 'Leerplein (Technasium Schöndeln, Roermond)']);
  });

  test('no staff table: available FTE, shortage and payroll are null, not 0', async () => {
    const out = await json('analyse', demandOnly);
    expect(out.totals.students).toBe(101);
    expect(out.totals.teacherFteNeeded).toBeCloseTo(5.25, 9);
    expect(out.totals.teacherFteAvailable).toBeNull();
    expect(out.totals.shortageFte).toBeNull();
    expect(out.totals.assistantFte).toBeNull();
    expect(out.totals.teacherCost).toBeNull();
    expect(out.totals.assistantCost).toBeNull();
    expect(out.totals.studentsPerTeacherFte).toBeNull();
  });

  test('a cell issue does not fail the run and carries its address', async () => {
    const f = path.join(dir, 'met-fout.xlsx');
    await writeWorkbook(f, {
      Lesvraag: [
        ['Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
        ['Noord', 1, 56, 28, 30],
        ['Noord', 2, 'n.v.t.', 28, 30],
        ['Noord', 3, { error: '#REF!' }, 28, 30],
      ],
    });
    const out = await json('analyse', f);
    const cells = out.tables[0].issues.map((i: any) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['Lesvraag!C3', 'Lesvraag!C4']));
    expect(out.totals.students).toBe(56); // bad cells are never read as 0 nor as anything
  });

  test('solve reports the parameter value', async () => {
    const s = path.join(dir, 'solve.json');
    fs.writeFileSync(s, JSON.stringify({
      name: 'Tekort dicht', preset: 'productiviteit',
      solve: { parameter: 'productivityGain.share', metric: 'shortageAfterFte', value: 3 },
    }));
    const out = await json('analyse', small, '--scenario', s);
    const sc = out.scenarios[1];
    expect(sc.name).toBe('Tekort dicht');
    expect(sc).toHaveProperty('solved');
    // shortageAfter = 5.25 × ((1 − p) + p / 1.23) − 1.8 = 3 → p = 0.45 × 1.23 / (5.25 × 0.23)
    expect(sc.solved.parameter).toBe('productivityGain.share');
    expect(sc.solved.value).toBeCloseTo((0.45 * 1.23) / (5.25 * 0.23), 6); // 0.45839
    // The figures are those at the solved value.
    expect(sc.shortageAfterFte).toBeCloseTo(3, 6);
  });
});

describe('--out', () => {
  test('writes a result workbook and leaves the input byte-identical', async () => {
    const before = sha(small);
    const mtime = fs.statSync(small).mtimeMs;
    const out = path.join(dir, 'resultaat.xlsx');
    const r = await cli('analyse', small, '--preset', 'klassikaal-oa', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Resultaat geschreven naar ${out}`);
    expect(sha(small)).toBe(before);
    expect(fs.statSync(small).mtimeMs).toBe(mtime);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Personal data out by default: the staff table summarised (cli.md --out).
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Vergelijking', 'Totalen', 'Per vak', 'Problemen', 'Lesvraag (gelezen)', 'Personeel (samenvatting)',
    ]);
    const cmp = wb.getWorksheet('Vergelijking')!;
    expect(cmp.getCell('B4').value).toBe('Huidige situatie');
    expect(cmp.getCell('C4').value).toBe('Klassikaal + OA (Lek en Linge, Culemborg)');
    const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
      throw new Error(`no row ${label}`);
    };
    const need = rowOf(cmp, 'FTE leraren nodig');
    expect(cmp.getCell(need, 2).value as number).toBeCloseTo(5.25, 9);
    expect(cmp.getCell(need, 2).numFmt).toBe('0.00');
    const hours = rowOf(cmp, 'Overgedragen uren');
    expect(cmp.getCell(hours, 3).value as number).toBeCloseTo(153, 9);
    expect(cmp.getCell(hours, 3).numFmt).toBe('#,##0');
    const cost = rowOf(cmp, 'Verschil personeelskosten');
    expect(cmp.getCell(cost, 3).value as number).toBeCloseTo((153 / 1619) * 50000, 6);
    expect(cmp.getCell(cost, 3).numFmt).toContain('€');
    const ratio = rowOf(cmp, 'Leerlingen per lerarencontactuur');
    expect(cmp.getCell(ratio, 2).numFmt).toBe('0.0');
    // A scenario figure without data is an empty cell, not 0.
    expect(cmp.getCell(rowOf(cmp, 'FTE OA volgens ratio'), 2).value).toBeNull();

    const tot = wb.getWorksheet('Totalen')!;
    expect(tot.getCell('B4').value).toBe('Totaal');
    expect(tot.getCell(rowOf(tot, 'Leerlingen'), 2).value).toBe(101);
    const locs = [tot.getCell('C4').value, tot.getCell('D4').value];
    expect(locs).toEqual(expect.arrayContaining(['Noord', 'Zuid']));

    // No name, no per-person pay in the summary: SMALL_STAFF's names and 80000/64000/50000.
    const summary = wb.getWorksheet('Personeel (samenvatting)')!;
    summary.eachRow((row) => row.eachCell((c) => {
      expect(['=1+1', "'=1+1", 'B. Jansen', 'C. Bakker', 80000, 64000, 50000]).not.toContain(c.value);
    }));

    // --include-staff: the rows as read; the user's text "=1+1" is text with a quote
    // prefix ("'=1+1"), never a formula.
    const out2 = path.join(dir, 'resultaat-personeel.xlsx');
    const r2 = await cli('analyse', small, '--out', out2, '--include-staff');
    expect(r2.code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out2);
    const staff = wb2.getWorksheet('Personeel (gelezen)')!;
    let found = false;
    staff.eachRow((row) => row.eachCell((c) => {
      if (c.value === "'=1+1") {
        found = true;
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.formula).toBeUndefined();
      }
      expect(typeof c.value === 'object' && c.value !== null && 'formula' in (c.value as object)).toBe(false);
    }));
    expect(found).toBe(true);
  });

  test('--json with --out: JSON on stdout, the message on stderr', async () => {
    const out = path.join(dir, 'resultaat2.xlsx');
    const r = await cli('analyse', small, '--json', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toBe(`Result written to ${out}\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('Comparison');
  });
});

describe('readable report', () => {
  test('Dutch labels, Dutch numbers, "–" for null', async () => {
    const r = await cli('analyse', demandOnly, '--preset', 'domeinen');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const k of TOTAL_KEYS) expect(r.stdout).toContain(LABELS[k].nl);
    for (const k of SCENARIO_KEYS) expect(r.stdout).toContain(LABELS[k].nl);
    expect(r.stdout).toContain('Tabellen gevonden (1)');
    expect(r.stdout).toContain('Lesvraag');
    expect(r.stdout).toContain('A2:E4');
    expect(r.stdout).toMatch(/FTE leraren nodig\s+2,63\s+2,63\s+5,25/); // Noord, Zuid, Totaal
    expect(r.stdout).toMatch(/FTE leraren beschikbaar\s+–\s+–\s+–/);
    expect(r.stdout).toContain('aanname: Leerplein voor 30% van de lessen');
    expect(r.stdout).toContain('Huidige situatie');
  });

  test('English with --lang en', async () => {
    const r = await cli('analyse', small, '--lang', 'en', '--preset', 'productiviteit');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tables found (2)');
    expect(r.stdout).toContain('Teacher FTE needed');
    expect(r.stdout).toContain('Current situation');
    expect(r.stdout).toContain('Productivity +23%');
    expect(r.stdout).toMatch(/Teacher payroll\s+€ 80,000\s+€ 64,000\s+€ 144,000/);
  });

  test('the example workbook with every preset and the example scenario', async () => {
    const before = sha(EXAMPLE);
    const r = await cli('analyse', EXAMPLE, '--preset', 'klassikaal-oa', '--preset', 'domeinen', '--preset', 'leerplein',
      '--preset', 'productiviteit', '--scenario', EXAMPLE_SCENARIO);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Lesvraag 26-27');
    expect(r.stdout).toContain('Personeel');
    expect(r.stdout).toContain("'Lesvraag 26-27'!");
    expect(r.stdout).toContain('Frans');
    expect(sha(EXAMPLE)).toBe(before);
    const out = await json('analyse', EXAMPLE);
    expect(out.totals.students).toBeGreaterThan(1100);
    expect(out.totals.students).toBeLessThan(1300);
    expect(out.totals.shortageFte).toBeGreaterThan(3);
    const frans = out.bySubject.find((s: any) => s.subject === 'Frans');
    expect(frans.shortageFte).toBeGreaterThan(0.5);
  });
});
