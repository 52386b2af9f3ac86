/**
 * `prognose --out` and `bestuur --out` go through the same safe writer as `analyse --out`
 * (src/cli/out.ts, out-file.ts): refused when --out is an input (workbook, scenario or
 * projection file), a failure is one line naming the file and the reason, nothing is left
 * half-written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, tmpDir, writeWorkbook, SMALL_DEMAND, SMALL_STAFF } from './helpers';

jest.setTimeout(90000);

let dir: string;
let school: string;

beforeAll(async () => {
  dir = tmpDir();
  school = path.join(dir, 'school.xlsx');
  await writeWorkbook(school, { Lesvraag: SMALL_DEMAND, Personeel: SMALL_STAFF });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(['prognose', 'bestuur'])('%s: --out may not be a scenario file, which stays as it was', async (cmd) => {
  // A scenario file that happens to end in .xlsx: the check comes before anything is read.
  const scen = path.join(dir, `scen-${cmd}.xlsx`);
  fs.writeFileSync(scen, '{"name":"x"}');
  const r = await cli(cmd, school, '--scenario', scen, '--out', scen);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/--out mag niet een scenariobestand zijn/);
  expect(fs.readFileSync(scen, 'utf8')).toBe('{"name":"x"}');
});

test('prognose: --out may not be the projection file', async () => {
  const proj = path.join(dir, 'prognose-aannames.xlsx');
  fs.writeFileSync(proj, '{"years":2}');
  const r = await cli('prognose', school, '--projection', proj, '--out', proj, '--lang', 'en');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--out must not be the projection file/);
  expect(fs.readFileSync(proj, 'utf8')).toBe('{"years":2}');
});

test.each(['prognose', 'bestuur'])('%s: a folder that does not exist is one line with the reason', async (cmd) => {
  const out = path.join(dir, 'geen-map', 'r.xlsx');
  const r = await cli(cmd, school, '--out', out);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`formatie: kan ${out} niet schrijven: de map bestaat niet\n`);
});

test.each(['prognose', 'bestuur'])('%s: --out replaces an old file whole and leaves no temporary file', async (cmd) => {
  const sub = fs.mkdtempSync(path.join(dir, `${cmd}-`));
  const out = path.join(sub, 'r.xlsx');
  fs.writeFileSync(out, 'oud');
  const r = await cli(cmd, school, '--out', out);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  expect(fs.readdirSync(sub)).toEqual(['r.xlsx']);
});
