/**
 * The built add-in: dist/functions.js, dist/functions.json and dist/functions-nl.json as
 * `npm run build` writes them. When dist/ is missing or older than the sources, the test
 * builds the functions entry alone with the same webpack config (`--env functionsOnly`,
 * ~15 s) into a temporary folder.
 *
 * - functions.js loads in a bare vm context whose only global is a stub CustomFunctions
 *   (no window, document, self or Office), registers every id of functions.md, and the
 *   registered functions work on matrix arguments as Excel passes them.
 * - The metadata: every id, optional flags, matrix dimensionality, Dutch names in
 *   functions-nl.json with the same ids and parameter order, allowErrorForDataTypeAny,
 *   requiresParameterAddresses on ISSUES only, no function volatile.
 */

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { NL } from '../../src/functions/translations';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OUTPUTS = ['functions.js', 'functions.json', 'functions-nl.json'];
const SOURCES = ['src/functions', 'src/model', 'src/sheet', 'webpack.config.js', 'scripts/functions-metadata.js'];

/** The ids of functions.md, in its order, with their Dutch names and optional parameters. */
const CONTRACT: [id: string, nl: string, params: string[]][] = [
  ['GROUPS', 'GROEPEN', ['students', 'maxGroupSize']],
  ['TEACHER_FTE', 'FTE_LERAREN', ['lessonsPerWeek', '[lessonMinutes]', '[teachingWeeks]', '[maxTeachingHours]']],
  ['STUDENTS_PER_FTE', 'LEERLINGEN_PER_FTE', ['students', 'fte']],
  ['TRANSFER_HOURS', 'OVERDRACHT_UREN', ['teacherFte', 'hoursPerFte', 'share']],
  ['HOURS_FREED', 'UREN_VRIJ', ['transferredHours', '[coordinationShare]']],
  ['HOURS_FREED_PER_WEEK', 'UREN_VRIJ_PER_WEEK', ['netHoursFreed', 'teacherFte', '[teachingWeeks]']],
  ['ASSISTANT_FTE', 'FTE_OA', ['transferredHours', '[assistantHours]']],
  ['ASSISTANTS_BY_RATIO', 'OA_BIJ_RATIO', ['students', 'studentsPerAssistant']],
  [
    'PLAZA',
    'LEERPLEIN',
    ['students', 'lessonsPerWeek', 'plazaSize', 'teachersPerPlaza', 'assistantsPerPlaza', '[lessonMinutes]', '[teachingWeeks]', '[maxTeachingHours]', '[assistantHours]'],
  ],
  ['PRODUCTIVITY_FTE', 'FTE_PRODUCTIVITEIT', ['teacherFte', 'gain', '[share]']],
  ['EXTRA_LESSON_FTE', 'FTE_EXTRA_LES', ['netHoursFreed', 'reinvestShare', '[surcharge]', '[maxTeachingHours]']],
  ['NORM', 'NORM', ['key']],
  ['ANALYSIS', 'ANALYSE', ['table', '[table2]', '[table3]']],
  ['METRIC', 'KENGETAL', ['name', 'table', '[table2]', '[table3]']],
  ['SCENARIO', 'SCENARIO', ['name', 'parameters', 'table', '[table2]', '[table3]']],
  ['ISSUES', 'PROBLEMEN', ['table']],
  ['PROJECTION', 'PROGNOSE', ['name', 'parameters', 'table', '[table2]', '[table3]']],
];

function newest(p: string): number {
  const full = path.join(ROOT, p);
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(full)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

function builtDir(): string {
  const sourceTime = Math.max(...SOURCES.map(newest));
  const fresh = OUTPUTS.every((f) => {
    const file = path.join(DIST, f);
    return fs.existsSync(file) && fs.statSync(file).mtimeMs >= sourceTime;
  });
  if (fresh) return DIST;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-functions-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', 'functionsOnly', '--env', `outputPath=${out}`],
    { cwd: ROOT, stdio: 'pipe', timeout: 180_000 },
  );
  return out;
}

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Fn[];
}

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { StubError, stubCustomFunctions } = require('../../scripts/custom-functions-stub') as {
  StubError: new (code: string, message?: string) => { code: string; message?: string };
  stubCustomFunctions: (registered: Map<string, (...args: any[]) => any>) => unknown;
};

let dir: string;
let built = false;
let metadata: Metadata;
let metadataNl: Metadata;
let code: string;
const registered = new Map<string, (...args: any[]) => any>();

beforeAll(() => {
  dir = builtDir();
  built = dir !== DIST;
  metadata = JSON.parse(fs.readFileSync(path.join(dir, 'functions.json'), 'utf8'));
  metadataNl = JSON.parse(fs.readFileSync(path.join(dir, 'functions-nl.json'), 'utf8'));
  code = fs.readFileSync(path.join(dir, 'functions.js'), 'utf8');
  const context = vm.createContext({ CustomFunctions: stubCustomFunctions(registered) });
  vm.runInContext(code, context, { filename: 'functions.js' });
}, 200_000);

afterAll(() => {
  if (built) fs.rmSync(dir, { recursive: true, force: true });
});

describe('dist/functions.js in a bare runtime', () => {
  test('registers every id of functions.md, and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual(CONTRACT.map((c) => c[0]).sort());
  });

  test('matrix arguments as Excel passes them', () => {
    const r = registered.get('TEACHER_FTE')!([[25], [50]], null, null, null);
    expect(r).toHaveLength(2);
    expect(Math.abs(r[0][0] - 1.09375)).toBeLessThan(1e-9);
    expect(Math.abs(r[1][0] - 2.1875)).toBeLessThan(1e-9);
    expect(registered.get('GROUPS')!([[650], ['']], [[28]])).toEqual([[24], ['']]);
    const plaza = registered.get('PLAZA')!([[90]], [[10]], [[90]], [[3]], [[1]], null, null, null, null);
    expect(Math.abs(plaza[0][0] - 1.3125)).toBeLessThan(1e-9);
    expect(Math.abs(plaza[0][1] - 315 / 1619)).toBeLessThan(1e-9);
    expect(Math.abs(plaza[0][2] - 30)).toBeLessThan(1e-9);
    expect(registered.get('NORM')!([['lestaak']])).toEqual([[720]]);
  });

  test('errors are CustomFunctions.Error objects of the runtime', () => {
    const r = registered.get('GROUPS')!([[650], [1]], [[0], ['x']]);
    expect(r[0][0]).toBeInstanceOf(StubError);
    expect(r[0][0].code).toBe('#DIV/0!');
    expect(r[1][0].code).toBe('#VALUE!');
    expect(r[1][0].message).toContain('groepsgrootte');
  });

  test('the table functions work in the bundle', () => {
    const table = [
      ['Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
      [1, 150, 28, 30], // 6 groups × 30 = 180 lessons
      [2, 140, 28, 30], // 5 groups × 30 = 150 lessons
    ];
    expect(registered.get('METRIC')!('teacherLessonsPerWeek', table, null, null)).toBe(330);
    const issues = registered.get('ISSUES')!([...table, [3, { code: '#REF!' }, 28, 30]], { parameterAddresses: ['Lesvraag!B2:E5'] });
    expect(issues.map((r: string[]) => r[0])).toContain('Lesvraag!C5');
    // PROJECTION over 2 years, no growth: year 1 has 150 pupils in year 1 (intake) and 150 in year 2
    // (moved up): 6 + 6 groups × 30 = 360 lessons.
    let thrown: unknown = null;
    try {
      registered.get('PROJECTION')!('teacherLessonsPerWeek', [['jaren', 2]], table, null, null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StubError); // not a projection figure: #N/A
    const need = registered.get('PROJECTION')!('FTE leraren nodig', [['jaren', 2]], table, null, null);
    expect(need.map((r: unknown[]) => r[0])).toEqual(['jaar 0', 'jaar 1', 'jaar 2']);
    expect(Math.abs(need[1][1] - 360 * 0.04375)).toBeLessThan(1e-9);
  });

  test('the bundle holds no exceljs or React and no DOM access', () => {
    expect(code).not.toMatch(/exceljs|react|__SECRET_INTERNALS|createElement\(/i);
    expect(code).not.toMatch(/\b(window|document)\b/);
  });

  test(`size: report (budget 20 KB minified)`, () => {
    const size = Buffer.byteLength(code);
    // The budget of the brief (20 KB) cannot hold the reader and engine as they stand
    // (~58 KB minified of the ~77 KB); keep a ceiling so that growth is noticed.
    // eslint-disable-next-line no-console
    console.log(`functions.js: ${size} bytes minified`);
    // PROGNOSE (issue 12) brings the projection engine along (about 25 KB minified), and the
    // parameter registry its labels and ranges (about 9 KB): 117 KB measured on 2026-12-01.
    // The ceiling sits just above, so that any further growth is a decision, not a drift.
    expect(size).toBeLessThan(120 * 1024);
  });
});

describe('dist/functions.json', () => {
  test('every id of functions.md with its parameters and optional flags', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(CONTRACT.map((c) => c[0]).sort());
    for (const [id, , params] of CONTRACT) {
      const f = metadata.functions.find((x) => x.id === id)!;
      expect(f.name).toBe(id);
      expect(f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(params);
      expect(f.description && f.description.length).toBeTruthy();
      for (const p of f.parameters) expect((p.description ?? '').length).toBeGreaterThan(0);
    }
  });

  test('allowErrorForDataTypeAny is set, and the table parameters are any', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadataNl.allowErrorForDataTypeAny).toBe(true);
    for (const id of ['ANALYSIS', 'METRIC', 'SCENARIO', 'ISSUES']) {
      const f = metadata.functions.find((x) => x.id === id)!;
      for (const p of f.parameters.filter((x) => /^table/.test(x.name) || x.name === 'parameters')) {
        expect(p.type ?? 'any').toBe('any');
        expect(p.dimensionality).toBe('matrix');
      }
    }
  });

  test('numeric arguments are any[][] ranges and results of cell functions are matrices', () => {
    for (const [id] of CONTRACT.slice(0, 12)) {
      const f = metadata.functions.find((x) => x.id === id)!;
      expect(f.result.dimensionality).toBe('matrix');
      for (const p of f.parameters) {
        expect(p.dimensionality).toBe('matrix');
        expect(p.type ?? 'any').toBe('any');
      }
    }
  });

  test('no function is volatile; only ISSUES asks for parameter addresses', () => {
    for (const f of metadata.functions) {
      expect(f.options?.volatile).toBeFalsy();
      expect(f.options?.stream).toBeFalsy();
      expect(Boolean(f.options?.requiresParameterAddresses)).toBe(f.id === 'ISSUES');
    }
    const issues = metadata.functions.find((x) => x.id === 'ISSUES')!;
    expect(issues.result.dimensionality).toBe('matrix');
  });
});

describe('dist/functions-nl.json', () => {
  test('same ids, types and parameter order; Dutch names of functions.md', () => {
    expect(metadataNl.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const [id, nl] of CONTRACT) {
      const en = metadata.functions.find((x) => x.id === id)!;
      const f = metadataNl.functions.find((x) => x.id === id)!;
      expect(f.name).toBe(nl);
      expect(f.description).toBe(NL[id].description);
      expect(f.parameters.map((p) => p.name)).toEqual(NL[id].parameters.map((p) => p.name));
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        en.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      expect(f.result).toEqual(en.result);
      expect(f.options).toEqual(en.options);
    }
  });

  test("within Excel's limits", () => {
    for (const f of [...metadata.functions, ...metadataNl.functions]) {
      expect(f.name).toMatch(/^[\p{L}][\p{L}0-9._]*$/u);
      expect((f.description ?? '').length).toBeLessThanOrEqual(255);
      for (const p of f.parameters) {
        expect(p.name.length).toBeLessThanOrEqual(64);
        expect((p.description ?? '').length).toBeLessThanOrEqual(128);
      }
    }
  });
});
