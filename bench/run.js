#!/usr/bin/env node
/**
 * Benchmarks (`npm run bench` = npm run build:cli && node bench/run.js).
 *
 * Prints progress lines, and as its LAST line one JSON object with ratios (no pass/fail):
 * - engineVsLoop: analyse() on 100,000 demand rows + 20,000 staff rows (typed tables)
 *   against a bare single-pass loop computing the same totals, byLocation and bySubject
 *   over the same arrays; median of 7 runs each. Goal ≤ 5.
 * - cliVsExceljsRead: the CLI path (loadWorkbookValues + readWorkbook + analyse) on a
 *   generated 50,000-row workbook against exceljs alone reading the same file; median of
 *   5 each, interleaved. Goal ≤ 1.5.
 * - peakMemoryMB: peak resident memory of a child process (--expose-gc) that builds the
 *   100k-row tables and analyses them. Goal < 200.
 *
 * Other benchmarks: any bench/*.bench.js module exporting `async (ctx) => ({ key: value })`
 * is run after these, and its keys are merged into `results` (for functionsVsLoop,
 * tableFunctionsVsEngine, functionsBundleKB, taskpaneInitialKBgzip). ctx = { lib, common, log }.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const common = require('./common');
const { lib, median, timeSync, timeAsync, gc, makeTables } = common;

const DEMAND_ROWS = 100000;
const STAFF_ROWS = 20000;
const WORKBOOK_ROWS = 50000;
const RUNS = 5; // workbook reads per variant (median)

function log(line) {
  process.stdout.write(line + '\n');
}

// ---------------------------------------------------------------------------------------
// The bare loop: one pass over the demand rows, one over the staff rows, the same figures
// as analyse() gives for clean data (totals, byLocation, bySubject).
function bareLoop(tables, norms) {
  const fteFactor = ((norms.lessonMinutes / 60) * norms.teachingWeeks) / norms.maxTeachingHours;
  const cohorts = new Map();
  const loc = new Map();
  const subj = new Map();
  const bucket = () => ({
    lessons: 0, studentLessons: 0, prodLessons: 0, students: 0, groups: 0,
    fte: { teacher: 0, assistant: 0, management: 0, support: 0 },
    cost: { teacher: 0, assistant: 0, management: 0, support: 0 },
  });
  const total = bucket();
  for (const t of tables) {
    if (t.kind === 'demand') {
      const rows = t.rows;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const groups = r.groups !== null ? r.groups : Math.ceil(r.students / r.maxGroupSize);
        const lessons = groups * r.lessonsPerWeek;
        const sl = r.students * r.lessonsPerWeek;
        total.lessons += lessons;
        total.studentLessons += sl;
        let lb = loc.get(r.location);
        if (!lb) loc.set(r.location, (lb = bucket()));
        lb.lessons += lessons;
        lb.studentLessons += sl;
        let sb = subj.get(r.subject);
        if (!sb) subj.set(r.subject, (sb = { lessons: 0, teacherFte: 0 }));
        sb.lessons += lessons;
        const key = `${r.location}\u0001${r.department}\u0001${r.level}\u0001${r.year}`;
        const c = cohorts.get(key);
        if (!c) cohorts.set(key, { students: r.students, groups, loc: lb });
        else {
          if (r.students > c.students) c.students = r.students;
          if (groups > c.groups) c.groups = groups;
        }
      }
    } else if (t.kind === 'staff') {
      const rows = t.rows;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        total.fte[r.category] += r.fte;
        total.cost[r.category] += r.cost;
        let lb = loc.get(r.location);
        if (!lb) loc.set(r.location, (lb = bucket()));
        lb.fte[r.category] += r.fte;
        lb.cost[r.category] += r.cost;
        if (r.category === 'teacher' && r.subject !== null) {
          let sb = subj.get(r.subject);
          if (!sb) subj.set(r.subject, (sb = { lessons: 0, teacherFte: 0 }));
          sb.teacherFte += r.fte;
        }
      }
    }
  }
  for (const c of cohorts.values()) {
    total.students += c.students;
    total.groups += c.groups;
    c.loc.students += c.students;
    c.loc.groups += c.groups;
  }
  const figures = (b) => {
    const need = b.lessons * fteFactor;
    return {
      students: b.students, groups: b.groups, teacherLessonsPerWeek: b.lessons, teacherFteNeeded: need,
      teacherFteAvailable: b.fte.teacher, assistantFte: b.fte.assistant, supportFte: b.fte.support,
      managementFte: b.fte.management, shortageFte: need - b.fte.teacher,
      studentsPerTeacherFte: b.students / b.fte.teacher, studentsPerAssistantFte: b.students / b.fte.assistant,
      studentsPerTeacherContactHour: b.studentLessons / b.lessons,
      teacherCost: b.cost.teacher, assistantCost: b.cost.assistant,
    };
  };
  return {
    totals: figures(total),
    byLocation: [...loc].map(([location, b]) => ({ location, ...figures(b) })),
    bySubject: [...subj].map(([subject, s]) => ({
      subject, teacherLessonsPerWeek: s.lessons, teacherFteNeeded: s.lessons * fteFactor,
      teacherFteAvailable: s.teacherFte, shortageFte: s.lessons * fteFactor - s.teacherFte,
    })),
  };
}

function close(a, b) {
  return a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
}

// ---------------------------------------------------------------------------------------
async function engineVsLoop() {
  const { analyse, DEFAULT_NORMS } = lib('model/index.js');
  log(`engineVsLoop: ${DEMAND_ROWS.toLocaleString('en')} demand rows + ${STAFF_ROWS.toLocaleString('en')} staff rows (typed tables)`);
  const tables = makeTables(DEMAND_ROWS, STAFF_ROWS);
  // Same figures? (A benchmark of different work would mean nothing.)
  const a = analyse(tables);
  const l = bareLoop(tables, DEFAULT_NORMS);
  for (const k of Object.keys(l.totals)) {
    if (!close(a.totals[k], l.totals[k])) log(`  warning: ${k} engine ${a.totals[k]} loop ${l.totals[k]}`);
  }
  for (let i = 0; i < 2; i++) {
    analyse(tables);
    bareLoop(tables, DEFAULT_NORMS);
  }
  const te = [];
  const tl = [];
  for (let i = 0; i < 7; i++) {
    gc();
    te.push(timeSync(() => analyse(tables)));
    gc();
    tl.push(timeSync(() => bareLoop(tables, DEFAULT_NORMS)));
  }
  const me = median(te);
  const ml = median(tl);
  log(`  analyse median ${me.toFixed(1)} ms, loop median ${ml.toFixed(1)} ms (7 runs each)`);
  return { engineVsLoop: round(me / ml), engineMs: round(me), loopMs: round(ml) };
}

// ---------------------------------------------------------------------------------------
async function writeBigWorkbook(file) {
  const ExcelJS = require('exceljs');
  const { SUBJECTS, LOCATIONS, LEVELS } = common;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Lesvraag');
  ws.addRow(['Bestuur Voorbeeld, alle scholen']).commit();
  ws.addRow(['Schooljaar 2026-2027']).commit();
  ws.addRow(['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Aantal lln.', 'Groepsgrootte', 'Lesuren']).commit();
  const staffRows = 2000;
  const demandRows = WORKBOOK_ROWS - staffRows;
  for (let i = 0; i < demandRows; i++) {
    const cohort = Math.floor(i / SUBJECTS.length);
    ws.addRow([
      LOCATIONS[cohort % LOCATIONS.length] + ' ' + (cohort % 40), cohort % 2 ? 'bovenbouw' : 'onderbouw',
      LEVELS[cohort % LEVELS.length], 1 + (cohort % 6), SUBJECTS[i % SUBJECTS.length],
      20 + ((cohort * 37 + (i % SUBJECTS.length) * 3) % 140), 24 + (cohort % 6), 1 + (i % 4),
    ]).commit();
  }
  await ws.commit();
  const ps = wb.addWorksheet('Personeel');
  ps.addRow(['Naam', 'Vestiging', 'Functie', 'Schaal', 'Bevoegdheid', 'FTE', 'Loonkosten 2027']).commit();
  const roles = ['Docent LB', 'Docent LC', 'Docent LB', 'Onderwijsassistent', 'Docent LD', 'Conciërge', 'Teamleider', 'Docent LB'];
  for (let i = 0; i < staffRows; i++) {
    const role = roles[i % roles.length];
    ps.addRow([`Medewerker ${i}`, LOCATIONS[i % LOCATIONS.length] + ' ' + (i % 40), role, role.startsWith('Docent') ? role.slice(7) : '6',
      role.startsWith('Docent') ? SUBJECTS[i % SUBJECTS.length] : null, [1, 0.8, 0.6, 0.9][i % 4], 50000 + (i % 50) * 1000]).commit();
  }
  await ps.commit();
  await wb.commit();
}

async function cliVsExceljsRead() {
  const ExcelJS = require('exceljs');
  const { loadWorkbookValues } = lib('io/xlsx.js');
  const { readWorkbook } = lib('sheet/index.js');
  const { analyse } = lib('model/index.js');
  const { run } = lib('cli/main.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-bench-'));
  const file = path.join(dir, 'groot.xlsx');
  try {
    log(`cliVsExceljsRead: generating a ${WORKBOOK_ROWS.toLocaleString('en')}-row workbook in ${dir}`);
    await writeBigWorkbook(file);
    log(`  ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB written`);

    const exceljsOnly = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await fs.promises.readFile(file));
      return wb;
    };
    let tableRows = 0;
    const cliPath = async () => {
      const sheets = await loadWorkbookValues(await fs.promises.readFile(file));
      const read = readWorkbook(sheets);
      tableRows = read.tables.reduce((s, t) => s + t.rows.length, 0);
      return analyse(read.tables);
    };
    const sink = { write: () => true };
    const cliRun = () => run(['analyse', file, '--json'], { stdout: sink, stderr: sink });

    // Warm-up (JIT, file cache).
    await exceljsOnly();
    await cliPath();
    log(`  the reader found ${tableRows.toLocaleString('en')} table rows`);
    {
      // Where the CLI path spends its time (one run).
      gc();
      const bytes = await fs.promises.readFile(file);
      let sheets;
      let read;
      const tl = await timeAsync(async () => (sheets = await loadWorkbookValues(bytes)));
      const tr = timeSync(() => (read = readWorkbook(sheets)));
      const ta = timeSync(() => analyse(read.tables));
      log(`  breakdown: loadWorkbookValues ${tl.toFixed(0)} ms, readWorkbook ${tr.toFixed(0)} ms, analyse ${ta.toFixed(0)} ms`);
    }
    const tx = [];
    const tc = [];
    const tr = [];
    for (let i = 0; i < RUNS; i++) {
      gc();
      tx.push(await timeAsync(exceljsOnly));
      gc();
      tc.push(await timeAsync(cliPath));
      gc();
      tr.push(await timeAsync(cliRun));
      log(`  run ${i + 1}: exceljs ${tx[i].toFixed(0)} ms, CLI path ${tc[i].toFixed(0)} ms, full CLI run --json ${tr[i].toFixed(0)} ms`);
    }
    const mx = median(tx);
    const mc = median(tc);
    const mr = median(tr);
    return {
      cliVsExceljsRead: round(mc / mx),
      cliRunVsExceljsRead: round(mr / mx),
      exceljsReadMs: round(mx),
      cliPathMs: round(mc),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
/** Runs in a child process with --expose-gc: peak memory of building + analysing 100k rows. */
function memoryChild() {
  const { analyse } = lib('model/index.js');
  global.gc();
  const base = process.memoryUsage();
  const tables = makeTables(DEMAND_ROWS, STAFF_ROWS);
  global.gc();
  const withTables = process.memoryUsage();
  const a = analyse(tables);
  const after = process.memoryUsage();
  global.gc();
  const kept = process.memoryUsage();
  const mb = (b) => round(b / 1024 / 1024);
  process.stdout.write(JSON.stringify({
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    baseRssMB: mb(base.rss),
    tablesHeapMB: mb(withTables.heapUsed - base.heapUsed),
    analysisHeapMB: mb(Math.max(after.heapUsed, kept.heapUsed) - withTables.heapUsed),
    students: a.totals.students,
  }) + '\n');
}

function peakMemory() {
  log(`peakMemoryMB: child process (--expose-gc) analysing ${DEMAND_ROWS.toLocaleString('en')} + ${STAFF_ROWS.toLocaleString('en')} rows`);
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--memory-child'], { encoding: 'utf8' });
  const m = JSON.parse(out.trim().split('\n').pop());
  log(`  peak RSS ${m.peakRssMB} MB (node itself ${m.baseRssMB} MB; tables ${m.tablesHeapMB} MB heap; analysis ${m.analysisHeapMB} MB heap)`);
  return { peakMemoryMB: m.peakRssMB, memory: m };
}

function round(x) {
  return Math.round(x * 100) / 100;
}

async function main() {
  if (!fs.existsSync(path.join(common.LIB, 'cli', 'main.js'))) {
    throw new Error('lib/ missing: run `npm run build:cli` first (npm run bench does it)');
  }
  const results = {
    // Filled below; other engineers' bench/*.bench.js modules add theirs:
    // functionsVsLoop, tableFunctionsVsEngine, functionsBundleKB, taskpaneInitialKBgzip.
  };
  Object.assign(results, await engineVsLoop());
  Object.assign(results, await cliVsExceljsRead());
  Object.assign(results, peakMemory());

  const modules = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.js')).sort();
  for (const m of modules) {
    log(`${m}:`);
    try {
      const fn = require(path.join(__dirname, m));
      Object.assign(results, await (typeof fn === 'function' ? fn : fn.default)({ lib, common, log }));
    } catch (e) {
      log(`  failed: ${e && e.message}`);
      results[`${m.replace(/\.bench\.js$/, '')}Error`] = String(e && e.message);
    }
  }
  results.node = process.version;
  results.cpus = os.cpus().length;
  process.stdout.write(JSON.stringify(results) + '\n');
}

if (process.argv.includes('--memory-child')) {
  memoryChild();
} else {
  main().catch((e) => {
    process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  });
}
