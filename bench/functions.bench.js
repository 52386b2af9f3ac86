/**
 * Benchmarks of the FORMATIE custom functions as the add-in ships them (dist/functions.js),
 * run by bench/run.js (`npm run bench`). Adds to the bench JSON:
 *
 * - functionsVsLoop: TEACHER_FTE and PLAZA over 100,000-element columns (100000×1 matrices
 *   as Excel passes them) through the REGISTERED functions of the built bundle (loaded with
 *   a stub CustomFunctions as its only outside name), against a bare arithmetic loop over
 *   the same input matrices that writes the same numbers in the same result shape (a row
 *   array per element, as a custom function must return). Both are checked to agree
 *   (|diff| < 1e-9) first. Median of 7 runs each, interleaved. Goal ≤ 4 (information).
 *   functionsVsFlatLoop compares with a loop into flat Float64Arrays, for information.
 * - tableFunctionsVsEngine: one recalculation of twenty formulas (10 METRIC, 10 SCENARIO
 *   with four different parameter ranges) over the same 10,000-row demand range and
 *   2,000-row staff range (any[][] with a header row) through the registered functions,
 *   against ONE readRange of each range + analyse() by the compiled engine (lib/). The
 *   functions memoize on table CONTENT, and the bundle exposes no way to clear the memo,
 *   so every run uses a new VARIANT of the ranges (one student count and one payroll cell
 *   differ, as after an edit in the sheet): each run's first call reads and analyses, the
 *   other nineteen hit the memo (fingerprint + cell-by-cell check). Every call gets its
 *   own deserialized copy of the ranges (JSON round trip, made before timing), as Excel
 *   passes a fresh any[][] to every invocation. The figures are checked against the
 *   engine's first. Median of 7 runs each, interleaved. Goal ≤ 3 (information).
 * - functionsBundleKB, taskpaneInitialKBgzip: bench/bundle-size.js on dist/ (null with a
 *   note when dist/taskpane.html is missing; the full pane build is not run here).
 *
 * When dist/functions.js is missing or older than the sources (the rule of the build test),
 * the functions entry alone is built into a temporary folder
 * (`webpack --mode production --env functionsOnly --env outputPath=<tmp>`, ~15 s).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { stubCustomFunctions } = require('../scripts/custom-functions-stub');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUTPUTS = ['functions.js', 'functions.json', 'functions-nl.json'];
const SOURCES = ['src/functions', 'src/model', 'src/sheet', 'webpack.config.js', 'scripts/functions-metadata.js'];

const CELL_ROWS = 100000;
const DEMAND_ROWS = 10000;
const STAFF_ROWS = 2000;
const RUNS = 7;
const WARMUP = 2;

// Norms of domain.md (defaults of the optional arguments).
const LESSON_MINUTES = 50;
const TEACHING_WEEKS = 37.8;
const MAX_TEACHING_HOURS = 720;
const ASSISTANT_HOURS = 1619;

function round(x) {
  return Math.round(x * 100) / 100;
}

// ---------------------------------------------------------------------------------------
// The built bundle
// ---------------------------------------------------------------------------------------

function newest(p) {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(full)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

/** dist/ when its functions outputs are fresh, else a temporary build of the functions entry. */
function builtDir(log) {
  const sourceTime = Math.max(...SOURCES.map(newest));
  const fresh = OUTPUTS.every((f) => {
    const file = path.join(DIST, f);
    return fs.existsSync(file) && fs.statSync(file).mtimeMs >= sourceTime;
  });
  // BENCH_FUNCTIONS_BUILD=1 forces a fresh functions-only build (to bench the sources as they are).
  if (fresh && process.env.BENCH_FUNCTIONS_BUILD !== '1') return { dir: DIST, built: false, stale: false };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-bench-functions-'));
  log(`  ${fresh ? 'BENCH_FUNCTIONS_BUILD=1' : 'dist/functions.js missing or older than the sources'}: building the functions entry into ${out}`);
  const t = Date.now();
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', 'functionsOnly', '--env', `outputPath=${out}`],
    { cwd: ROOT, stdio: 'pipe', timeout: 180000 },
  );
  log(`  built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { dir: out, built: true, stale: !fresh };
}

/**
 * Loads functions.js with a stub CustomFunctions as its only outside name; the registered
 * functions by id. It runs in this process's own global context, as in Excel's JavaScript
 * runtime: a vm context (as the build test uses, to prove the bundle needs nothing else)
 * routes every global lookup (Math, Array) through an interceptor and makes hot loops up to
 * 3× slower, which would measure the sandbox rather than the functions.
 */
function loadFunctions(dir) {
  const registered = new Map();
  const code = fs.readFileSync(path.join(dir, 'functions.js'), 'utf8');
  vm.runInThisContext(`(function (CustomFunctions) {\n${code}\n})`, { filename: 'functions.js' })(stubCustomFunctions(registered));
  for (const id of ['TEACHER_FTE', 'PLAZA', 'METRIC', 'SCENARIO']) {
    if (typeof registered.get(id) !== 'function') throw new Error(`functions.js registers no ${id}`);
  }
  return { registered, bytes: Buffer.byteLength(code) };
}

// ---------------------------------------------------------------------------------------
// 1. Cell functions against a bare loop
// ---------------------------------------------------------------------------------------

const PLAZA_SIZE = 90;
const PLAZA_TEACHERS = 3;
const PLAZA_ASSISTANTS = 1;

function cellInputs(n) {
  const lessons = new Array(n);
  const students = new Array(n);
  const plazaLessons = new Array(n);
  for (let i = 0; i < n; i++) {
    lessons[i] = [25 + (i % 400)]; // teacher lessons per week, 25…424
    students[i] = [40 + ((i * 37) % 260)]; // cohort size, 40…299
    plazaLessons[i] = [26 + (i % 9)]; // lessons per week of the cohort, 26…34
  }
  return { lessons, students, plazaLessons };
}

/** The bare loop: the same numbers as TEACHER_FTE and PLAZA (p = 1), into Float64Arrays. */
function bareCellLoop(inp, out) {
  const { lessons, students, plazaLessons } = inp;
  const n = lessons.length;
  for (let i = 0; i < n; i++) {
    out.fte[i] = (((lessons[i][0] * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / MAX_TEACHING_HOURS;
  }
  for (let i = 0; i < n; i++) {
    const s = students[i][0];
    const L = plazaLessons[i][0];
    const plazas = Math.ceil(s / PLAZA_SIZE);
    const teacherLessons = plazas * L * PLAZA_TEACHERS;
    out.plazaTeacherFte[i] = (((teacherLessons * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / MAX_TEACHING_HOURS;
    out.plazaAssistantFte[i] = (((plazas * L * PLAZA_ASSISTANTS * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / ASSISTANT_HOURS;
    out.plazaProductivity[i] = (s * L) / teacherLessons;
  }
  return out;
}

/**
 * The same loop writing any[][] results as the functions must (a row array per element):
 * the comparison of functionsVsLoop.
 */
function nestedCellLoop(inp) {
  const { lessons, students, plazaLessons } = inp;
  const n = lessons.length;
  const fte = new Array(n);
  const plaza = new Array(n);
  for (let i = 0; i < n; i++) {
    fte[i] = [(((lessons[i][0] * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / MAX_TEACHING_HOURS];
  }
  for (let i = 0; i < n; i++) {
    const s = students[i][0];
    const L = plazaLessons[i][0];
    const plazas = Math.ceil(s / PLAZA_SIZE);
    const teacherLessons = plazas * L * PLAZA_TEACHERS;
    plaza[i] = [
      (((teacherLessons * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / MAX_TEACHING_HOURS,
      (((plazas * L * PLAZA_ASSISTANTS * LESSON_MINUTES) / 60) * TEACHING_WEEKS) / ASSISTANT_HOURS,
      (s * L) / teacherLessons,
    ];
  }
  return { fte, plaza };
}

function viaFunctions(fns, inp) {
  const fte = fns.get('TEACHER_FTE')(inp.lessons, null, null, null);
  const plaza = fns.get('PLAZA')(inp.students, inp.plazaLessons, [[PLAZA_SIZE]], [[PLAZA_TEACHERS]], [[PLAZA_ASSISTANTS]], null, null, null, null);
  return { fte, plaza };
}

function checkCells(f, l, n) {
  const bad = (what, i, a, b) => {
    throw new Error(`functionsVsLoop: ${what} differs at row ${i + 1}: functions ${a}, loop ${b}`);
  };
  if (f.fte.length !== n || f.plaza.length !== n) throw new Error(`functionsVsLoop: result has ${f.fte.length} / ${f.plaza.length} rows, expected ${n}`);
  for (let i = 0; i < n; i++) {
    const a = f.fte[i][0];
    if (typeof a !== 'number' || !(Math.abs(a - l.fte[i]) < 1e-9)) bad('TEACHER_FTE', i, a, l.fte[i]);
    const p = f.plaza[i];
    if (typeof p[0] !== 'number' || !(Math.abs(p[0] - l.plazaTeacherFte[i]) < 1e-9)) bad('PLAZA teacher FTE', i, p[0], l.plazaTeacherFte[i]);
    if (typeof p[1] !== 'number' || !(Math.abs(p[1] - l.plazaAssistantFte[i]) < 1e-9)) bad('PLAZA assistant FTE', i, p[1], l.plazaAssistantFte[i]);
    if (typeof p[2] !== 'number' || !(Math.abs(p[2] - l.plazaProductivity[i]) < 1e-9)) bad('PLAZA productivity', i, p[2], l.plazaProductivity[i]);
  }
}

function functionsVsLoop(fns, { median, timeSync, gc }, log) {
  log(`functionsVsLoop: TEACHER_FTE + PLAZA over ${CELL_ROWS.toLocaleString('en')}×1 ranges, registered functions vs a bare loop`);
  const inp = cellInputs(CELL_ROWS);
  const out = {
    fte: new Float64Array(CELL_ROWS),
    plazaTeacherFte: new Float64Array(CELL_ROWS),
    plazaAssistantFte: new Float64Array(CELL_ROWS),
    plazaProductivity: new Float64Array(CELL_ROWS),
  };
  // Same numbers? (A benchmark of different work would mean nothing.)
  checkCells(viaFunctions(fns, inp), bareCellLoop(inp, out), CELL_ROWS);
  checkCells(nestedCellLoop(inp), bareCellLoop(inp, out), CELL_ROWS);
  log(`  same numbers: ${(CELL_ROWS * 4).toLocaleString('en')} values agree within 1e-9`);
  for (let i = 0; i < WARMUP; i++) {
    viaFunctions(fns, inp);
    bareCellLoop(inp, out);
    nestedCellLoop(inp);
  }
  const tf = [];
  const tl = [];
  const tn = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    tf.push(timeSync(() => viaFunctions(fns, inp)));
    gc();
    tl.push(timeSync(() => bareCellLoop(inp, out)));
    gc();
    tn.push(timeSync(() => nestedCellLoop(inp)));
  }
  const mf = median(tf);
  const ml = median(tl);
  const mn = median(tn);
  const ratio = mf / mn;
  log(`  functions median ${mf.toFixed(2)} ms, bare loop writing the same any[][] rows ${mn.toFixed(2)} ms (${RUNS} runs each): ratio ${ratio.toFixed(2)} (goal ≤ 4: ${ratio <= 4 ? 'met' : 'not met'})`);
  log(`  for information: a loop into flat Float64Arrays (no result rows) takes ${ml.toFixed(2)} ms (functions / that ${(mf / ml).toFixed(2)})`);
  return {
    functionsVsLoop: round(ratio),
    functionsCellsMs: round(mf),
    functionsLoopMs: round(mn),
    functionsVsFlatLoop: round(mf / ml),
    functionsFlatLoopMs: round(ml),
  };
}

// ---------------------------------------------------------------------------------------
// 2. Table functions against one engine analysis
// ---------------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCHOOLS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'De Brug', 'Het Baken', 'Lyceum', 'Mavo', 'College'];
const LEVELS = ['vmbo-bk', 'vmbo-gt', 'havo', 'vwo'];
const SUBJECTS = ['Nederlands', 'Engels', 'Frans', 'Duits', 'wiskunde', 'natuurkunde', 'scheikunde', 'biologie',
  'geschiedenis', 'aardrijkskunde', 'economie', 'LO', 'muziek', 'beeldende vorming', 'maatschappijleer'];
const CORE = new Set(['Nederlands', 'Engels', 'wiskunde', 'LO', 'maatschappijleer']);
const LESSONS = { Nederlands: 4, Engels: 3, wiskunde: 4, LO: 3, maatschappijleer: 1 };
const ROLES = ['Docent LB', 'Docent LC', 'Docent LB', 'Docent LD', 'Docent LB', 'Docent LC', 'Docent LB',
  'Onderwijsassistent', 'TOA', 'Conciërge', 'Administratief medewerker', 'Teamleider', 'Docent LB'];

/** A demand range (header row + rows) and a staff range as a sheet would hold them. */
function makeRanges(demandRows, staffRows) {
  const rnd = prng(20262027);
  const demand = [['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Aantal lln', 'Groepsgrootte', 'Lesuren']];
  let cohort = 0;
  while (demand.length <= demandRows) {
    const school = `${SCHOOLS[cohort % SCHOOLS.length]} ${1 + (Math.floor(cohort / SCHOOLS.length) % 12)}`;
    const level = LEVELS[Math.floor(rnd() * LEVELS.length)];
    const year = 1 + (cohort % 6);
    const dept = `${year <= 2 ? 'onderbouw' : 'bovenbouw'} ${level}`;
    const size = 40 + Math.floor(rnd() * 180);
    const groupSize = level.startsWith('vmbo') ? 24 : 28 + Math.floor(rnd() * 4);
    for (const subject of SUBJECTS) {
      if (demand.length > demandRows) break;
      // Electives have a part of the cohort; core subjects all of it.
      const students = CORE.has(subject) ? size : Math.max(8, Math.round(size * (0.2 + rnd() * 0.6)));
      const lessons = LESSONS[subject] || 1 + Math.floor(rnd() * 3);
      demand.push([school, dept, level, year, subject, students, groupSize, lessons]);
    }
    cohort++;
  }
  const staff = [['Vestiging', 'Naam', 'Functie', 'Vak', 'FTE', 'Loonkosten']];
  for (let i = 0; i < staffRows; i++) {
    const role = ROLES[Math.floor(rnd() * ROLES.length)];
    const teacher = role.startsWith('Docent');
    const fte = Math.round((0.4 + rnd() * 0.6) * 20) / 20;
    const cost = Math.round(fte * (teacher ? 78000 + rnd() * 20000 : 52000 + rnd() * 15000));
    staff.push([`${SCHOOLS[i % SCHOOLS.length]} ${1 + (Math.floor(i / SCHOOLS.length) % 12)}`, `Medewerker ${i + 1}`, role,
      teacher ? SUBJECTS[Math.floor(rnd() * SUBJECTS.length)] : null, fte, cost]);
  }
  return { demand, staff };
}

/** Variant k of the ranges: one student count and one payroll cell edited (new content, new memo keys). */
function variant(base, k) {
  const demand = base.demand.slice();
  demand[1] = demand[1].slice();
  demand[1][5] = base.demand[1][5] + k + 1;
  const staff = base.staff.slice();
  staff[1] = staff[1].slice();
  staff[1][5] = base.staff[1][5] + k + 1;
  return { demand, staff };
}

const METRICS = ['students', 'groups', 'teacherLessonsPerWeek', 'teacherFteNeeded', 'teacherFteAvailable', 'assistantFte',
  'shortageFte', 'studentsPerTeacherFte', 'Leerlingen per lerarencontactuur', 'teacherCost'];
const P_LEERPLEIN = [['preset', 'leerplein']];
const P_KLASSIKAAL = [['preset', 'klassikaal-oa']];
const P_PLAZA = [['plaza.share', 0.3], ['plaza.size', 90], ['plaza.teachers', 1], ['plaza.assistants', 1]];
const P_RATIO = [['preset', 'klassikaal-oa'], ['studentsPerAssistant', 120], ['lesduur', 45]];
const SCENARIOS = [
  ['shortageAfterFte', P_LEERPLEIN], ['assistantFteNeeded', P_LEERPLEIN], ['teacherFteNeeded', P_LEERPLEIN],
  ['shortageAfterFte', P_KLASSIKAAL], ['netHoursFreed', P_KLASSIKAAL], ['cost', P_KLASSIKAAL],
  ['shortageAfterFte', P_PLAZA], ['assistantFteForPlazas', P_PLAZA],
  ['assistantFteByRatio', P_RATIO], ['teacherFteNeeded', P_RATIO],
];

/** Twenty calls, each with its own deserialized copy of the ranges (as Excel passes them). */
function prepareCalls(v) {
  const d = JSON.stringify(v.demand);
  const s = JSON.stringify(v.staff);
  const calls = [];
  for (const name of METRICS) calls.push({ fn: 'METRIC', name, args: [name, JSON.parse(d), JSON.parse(s), null] });
  for (const [name, params] of SCENARIOS) {
    calls.push({ fn: 'SCENARIO', name, params, args: [name, JSON.parse(JSON.stringify(params)), JSON.parse(d), JSON.parse(s), null] });
  }
  return calls;
}


function engineOnce(readRange, analyse, v) {
  const d = readRange({ name: 'Lesvraag', values: v.demand, originRow: 1, originCol: 0 });
  const s = readRange({ name: 'Personeel', values: v.staff, originRow: 1, originCol: 0 });
  return analyse([...d.tables, ...s.tables]);
}

function closeTo(a, b) {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function tableFunctionsVsEngine(fns, { lib, median, timeSync, gc }, log) {
  const { readRange } = lib('sheet/index.js');
  const model = lib('model/index.js');
  const { analyse, totalKeyFrom, scenarioFromParameters, evaluateScenario } = model;
  log(`tableFunctionsVsEngine: 10 METRIC + 10 SCENARIO over ${DEMAND_ROWS.toLocaleString('en')} demand + ${STAFF_ROWS.toLocaleString('en')} staff rows vs one readRange ×2 + analyse`);
  const base = makeRanges(DEMAND_ROWS, STAFF_ROWS);

  // The reader takes the ranges as intended, and the functions give the engine's figures.
  {
    const v = variant(base, -1);
    const d = readRange({ name: 'Lesvraag', values: v.demand, originRow: 1, originCol: 0 });
    const s = readRange({ name: 'Personeel', values: v.staff, originRow: 1, originCol: 0 });
    const kinds = [...d.tables, ...s.tables].map((t) => `${t.kind} ${t.rows.length} rows, ${t.issues.length} issues`);
    log(`  reader: ${kinds.join('; ')}`);
    if (d.tables.length !== 1 || d.tables[0].kind !== 'demand' || s.tables.length !== 1 || s.tables[0].kind !== 'staff') {
      throw new Error(`tableFunctionsVsEngine: the reader does not see one demand and one staff table (${kinds.join('; ')})`);
    }
    const analysis = analyse([...d.tables, ...s.tables]);
    const calls = prepareCalls(v);
    const got = [];
    for (const c of calls) {
      try {
        got.push(fns.get(c.fn)(...c.args));
      } catch (e) {
        throw new Error(`tableFunctionsVsEngine: ${c.fn}(${c.name}) gave ${e && e.code} ${e && e.message}`);
      }
    }
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i];
      let want;
      if (c.fn === 'METRIC') {
        want = analysis.totals[totalKeyFrom(c.name)];
      } else {
        const parsed = scenarioFromParameters(c.params, 'SCENARIO');
        if (!parsed.ok) throw new Error(`tableFunctionsVsEngine: parameters ${JSON.stringify(c.params)}: ${parsed.errors.map((e) => e.message).join('; ')}`);
        want = evaluateScenario(analysis, parsed.scenario)[c.name];
      }
      if (!closeTo(got[i], want)) throw new Error(`tableFunctionsVsEngine: ${c.fn}(${c.name}) gives ${got[i]}, the engine ${want}`);
    }
    log(`  same figures: the 20 calls agree with the engine (e.g. shortageFte ${analysis.totals.shortageFte.toFixed(2)}, students ${analysis.totals.students})`);
  }

  // Runs: variant k is new content, so the memo cannot carry over from an earlier run.
  const tf = [];
  const te = [];
  let firstCallMs = [];
  for (let k = 0; k < WARMUP + RUNS; k++) {
    const v = variant(base, k);
    const calls = prepareCalls(v);
    const ve = variant(base, 1000 + k); // the engine's own copy (same shape, same work)
    gc();
    let first = 0;
    const f = timeSync(() => {
      const t0 = process.hrtime.bigint();
      fns.get(calls[0].fn)(...calls[0].args);
      first = Number(process.hrtime.bigint() - t0) / 1e6;
      for (let i = 1; i < calls.length; i++) fns.get(calls[i].fn)(...calls[i].args);
    });
    gc();
    const e = timeSync(() => engineOnce(readRange, analyse, ve));
    if (k >= WARMUP) {
      tf.push(f);
      te.push(e);
      firstCallMs.push(first);
    }
  }
  const mf = median(tf);
  const me = median(te);
  const m1 = median(firstCallMs);
  const ratio = mf / me;
  log(`  20 calls median ${mf.toFixed(1)} ms (first call, which reads and analyses: ${m1.toFixed(1)} ms; the 19 memo hits: ${(mf - m1).toFixed(1)} ms)`);
  log(`  engine median ${me.toFixed(1)} ms (${RUNS} runs each): ratio ${ratio.toFixed(2)} (goal ≤ 3: ${ratio <= 3 ? 'met' : 'not met'})`);
  return {
    tableFunctionsVsEngine: round(ratio),
    tableFunctionsMs: round(mf),
    tableFunctionsFirstCallMs: round(m1),
    tableEngineMs: round(me),
  };
}

// ---------------------------------------------------------------------------------------
// 3. Bundle sizes
// ---------------------------------------------------------------------------------------

function bundleSizes(log, build) {
  const out = {};
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    log('  dist/taskpane.html missing: bundle sizes not measured (run `npm run build`)');
    out.functionsBundleKB = null;
    out.taskpaneInitialKBgzip = null;
    out.bundleSizeNote = 'dist/taskpane.html missing: run `npm run build` to measure';
  } else {
    const bundleSize = require('./bundle-size');
    const b = bundleSize(DIST);
    out.functionsBundleKB = Number.isFinite(b.functionsBundleKB) ? b.functionsBundleKB : null;
    out.taskpaneInitialKBgzip = b.taskpaneInitialKBgzip;
    log(`  dist/: functions.js ${out.functionsBundleKB} KB minified; taskpane initial ${b.taskpaneInitialKBgzip} KB gzip (${b.taskpaneInitialFiles.map((f) => `${f.file} ${f.KBgzip}`).join(', ')})`);
  }
  if (build.built && build.stale) {
    // dist/ is older than the sources: give the size of the fresh functions build as well.
    out.functionsBundleKBFresh = Math.round((build.bytes / 1024) * 10) / 10;
    out.bundleSizeNote = `${out.bundleSizeNote ? out.bundleSizeNote + '; ' : ''}dist/ is older than the sources: functionsBundleKB and taskpaneInitialKBgzip are of the stale dist/, functionsBundleKBFresh of a fresh functions-only build`;
    log(`  fresh functions-only build: functions.js ${out.functionsBundleKBFresh} KB minified (dist/ is stale)`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------

module.exports = async function functionsBench(ctx) {
  const { common, log } = ctx;
  const build = builtDir(log);
  try {
    const { registered, bytes } = loadFunctions(build.dir);
    build.bytes = bytes;
    log(`  loaded ${build.built ? 'a fresh build of ' : 'dist/'}functions.js (${(bytes / 1024).toFixed(1)} KB) in a bare vm context: ${registered.size} functions registered`);
    const results = {};
    Object.assign(results, functionsVsLoop(registered, common, log));
    Object.assign(results, tableFunctionsVsEngine(registered, { ...common, lib: ctx.lib }, log));
    Object.assign(results, bundleSizes(log, build));
    return results;
  } finally {
    if (build.built) fs.rmSync(build.dir, { recursive: true, force: true });
  }
};

// For ad-hoc diagnosis (node -e): the pieces of the benchmarks.
module.exports.internals = { builtDir, loadFunctions, cellInputs, bareCellLoop, nestedCellLoop, viaFunctions, makeRanges, variant, prepareCalls, engineOnce };
