/**
 * The CLI's files and messages: one-line stderr with control characters escaped, scenario
 * file limits, --out written atomically and never over an input, --include-staff, exploded
 * figures flagged (null + the input that caused them), "1e400" quoted as given.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cli, tmpDir, writeWorkbook, SMALL_DEMAND, SMALL_STAFF } from './helpers';
import { escapeControl } from '../../src/cli/escape';
import { MAX_SCENARIO_BYTES, MAX_TASKS, quoteExtremeNumbers } from '../../src/cli/scenario-file';
import { writeAtomically } from '../../src/cli/out-file';
import { resolveScenario } from '../../src/model/scenario';

jest.setTimeout(60000);

let dir: string;
let small: string;

beforeAll(async () => {
  dir = tmpDir('formatie-output-');
  small = path.join(dir, 'klein.xlsx');
  await writeWorkbook(small, { Lesvraag: SMALL_DEMAND, Personeel: SMALL_STAFF });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function scenario(name: string, content: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
}

/** Exit 2 and exactly one line on stderr, without raw control characters. */
function oneLine(r: { code: number; stderr: string; stdout: string }): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const line = r.stderr.slice(0, -1);
  // eslint-disable-next-line no-control-regex
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  return line;
}

describe('stderr is one line: control characters shown escaped', () => {
  test('escapeControl', () => {
    expect(escapeControl('a\nb\r\tc\u001b[2Jd\u0007\u009b\u2028\u202e')).toBe('a\\nb\\r\\tc\\x1b[2Jd\\x07\\x9b\\u2028\\u202e');
    expect(escapeControl('C:\\map\\bestand.xlsx')).toBe('C:\\map\\bestand.xlsx');
  });

  test('a file name with a newline and an escape sequence', async () => {
    const r = await cli('analyse', 'weg\n\u001b[31mrood.xlsx');
    expect(oneLine(r)).toBe('formatie: bestand niet gevonden: weg\\n\\x1b[31mrood.xlsx');
  });

  test('a scenario key and value with control characters', async () => {
    const f = scenario('ctl.json', { 'plaza\n\u001b[2J': 1, name: 'x' });
    const line = oneLine(await cli('analyse', small, '--scenario', f));
    expect(line).toContain('plaza\\n\\x1b[2J');
  });

  test('a scenario name with a newline in the report is escaped', async () => {
    const f = scenario('naam.json', { name: 'Twee\nregels\u001b[31m', preset: 'leerplein' });
    const r = await cli('analyse', small, '--scenario', f);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Twee\\nregels\\x1b[31m');
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('scenario file limits', () => {
  test(`larger than ${MAX_SCENARIO_BYTES} bytes: exit 2, one line, quickly`, async () => {
    const big = scenario('groot.json', `{"name": "x", "pad": "${'x'.repeat(MAX_SCENARIO_BYTES)}"}`);
    const started = Date.now();
    const line = oneLine(await cli('analyse', small, '--scenario', big));
    expect(line).toMatch(/^formatie: scenariobestand .*groot\.json is te groot \(1025 kB; hoogstens 1024 kB\)$/);
    expect(Date.now() - started).toBeLessThan(10000);
  });

  test(`more than ${MAX_TASKS} tasks: exit 2`, async () => {
    const tasks = Array.from({ length: MAX_TASKS + 1 }, (_, i) => ({ key: `taak${i}`, hoursPerFte: 1, share: 0.1 }));
    const line = oneLine(await cli('analyse', small, '--scenario', scenario('taken.json', { tasks })));
    expect(line).toContain(`tasks: ${MAX_TASKS + 1} taken; hoogstens ${MAX_TASKS}`);
  });

  test('thousands of unknown keys: one line with the first five and a count', async () => {
    const obj: Record<string, number> = { name: 1 as unknown as number };
    for (let i = 0; i < 900; i++) obj[`onbekend${i}`] = i;
    const line = oneLine(await cli('analyse', small, '--scenario', scenario('sleutels.json', obj)));
    expect(line).toContain('onbekend0');
    expect(line).toContain('en nog');
    expect(line.length).toBeLessThan(2000);
  });

  test('the task merge is linear: 1,000 new tasks resolve at once', () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({ key: `taak${i}`, hoursPerFte: 2, share: 0.5 }));
    const started = Date.now();
    const res = resolveScenario({ name: 'veel', tasks }, 'veel');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.scenario.tasks.filter((t) => t.key.startsWith('taak'))).toHaveLength(1000);
  });

  test('"1e400" is quoted as given, not as null; "1e-400" is not read as 0', async () => {
    expect(quoteExtremeNumbers('{"a": 1e400, "b": "1e400", "c": -2E+999, "d": 1e-400, "e": 0.0, "f": 12}'))
      .toBe('{"a": "1e400", "b": "1e400", "c": "-2E+999", "d": "1e-400", "e": 0.0, "f": 12}');
    const f = scenario('inf.json', '{"name": "x", "studentsPerAssistant": 1e400}');
    const line = oneLine(await cli('analyse', small, '--scenario', f));
    expect(line).toContain('studentsPerAssistant');
    expect(line).toContain('1e400');
    expect(line).not.toContain('null');
  });
});

describe('--out', () => {
  test('refuses a --scenario input as --out', async () => {
    const f = scenario('scen.xlsx', { name: 'x' });
    const line = oneLine(await cli('analyse', small, '--scenario', f, '--out', f));
    expect(line).toContain('--out mag niet een scenariobestand zijn');
    expect(JSON.parse(fs.readFileSync(f, 'utf8'))).toEqual({ name: 'x' });
  });

  test('--include-staff without --out: exit 2', async () => {
    oneLine(await cli('analyse', small, '--include-staff'));
  });

  test('replaces an existing file completely and leaves no temporary file', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'out-'));
    const out = path.join(sub, 'r.xlsx');
    fs.writeFileSync(out, 'oud');
    const r = await cli('analyse', small, '--out', out);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(sub)).toEqual(['r.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('Vergelijking');
  });

  test('a failed write leaves the existing file as it was, and no temporary file', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'fail-'));
    const out = path.join(sub, 'r.xlsx');
    fs.writeFileSync(out, 'de vorige versie');
    await expect(writeAtomically(out, async (tmp) => {
      fs.writeFileSync(tmp, 'half');
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    })).rejects.toThrow('ENOSPC');
    expect(fs.readFileSync(out, 'utf8')).toBe('de vorige versie');
    expect(fs.readdirSync(sub)).toEqual(['r.xlsx']);
  });

  test('a folder that does not exist: exit 2, one line', async () => {
    const line = oneLine(await cli('analyse', small, '--out', path.join(dir, 'nergens', 'r.xlsx')));
    expect(line).toMatch(/^formatie: kan .*r\.xlsx niet schrijven: de map bestaat niet$/);
  });
});

describe('figures that explode are null, with the input that caused them', () => {
  test('productivity gain close to -1', async () => {
    const f = scenario('gain.json', { name: 'Extreem', productivityGain: { gain: -0.9999999999, share: 1 } });
    const r = await cli('analyse', small, '--scenario', f, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const s = out.scenarios[1];
    // F11: 5.25 × (0 + 1 / 1e-10) = 5.25e10 FTE: beyond any school, so null.
    expect(s.teacherFteNeeded).toBeNull();
    expect(s.cost).toBeNull();
    const note = out.issues.find((i: any) => i.cell === 'productivityGain.gain');
    expect(note.message).toContain('productivityGain.gain = -0.9999999999');
    expect(note.message).toContain('FTE leraren nodig');
  });

  test('a norm of 5e-324 (a divisor): the figures that pass through Infinity get a note', async () => {
    const f = scenario('norm.json', { name: 'Klein', norms: { assistantHours: 5e-324 }, tasks: [{ key: 'administratie', share: 1 }] });
    const r = await cli('analyse', small, '--scenario', f, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenarios[1].assistantFteForTasks).toBeNull();
    const note = out.issues.find((i: any) => i.cell === 'norms.assistantHours');
    expect(note.message).toContain('FTE OA voor taken');
  });
});
