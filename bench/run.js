#!/usr/bin/env node
/**
 * Benchmarks (`npm run bench` = npm run build:cli && node bench/run.js).
 *
 * Prints progress lines, and as its LAST line one JSON object with ratios (no pass/fail):
 * - engineVsLoop: analyse() on 100,000 demand rows + 20,000 staff rows (typed tables)
 *   against a bare single-pass loop computing the same totals, byLocation and bySubject
 *   over the same arrays; median of 7 runs each. Goal ≤ 5.
 * - cliVsExceljsRead: the CLI path (loadWorkbookValues + readWorkbook + analyse) on a
 *   generated 100,000-row formation workbook against exceljs's streaming WorkbookReader
 *   (the faster of its two readers) iterating every row of the same file; median of 5
 *   each, interleaved. Goal ≤ 1.5 (the goal of issue 11 is far lower: ~0.3).
 * - peakMemoryMB: peak resident memory of a child process that reads that workbook file,
 *   finds its tables and analyses them, as the CLI does. Goal ≤ 300.
 * - bigSheet*: a 1,048,576-row × 16-number sheet (Excel's row limit), read by our reader
 *   and by exceljs's streaming reader, each in its own child process: time and peak RSS.
 *   Goal: within 1.5 GB, and our figures within 1.5× of exceljs's streaming reader.
 *   Skipped with BENCH_BIG=0 (exceljs alone takes minutes).
 *
 * The bench runs itself with --expose-gc (it restarts node with the flag when missing),
 * so the gc() between runs really collects.
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
const WORKBOOK_ROWS = 100000;
const BIG_ROWS = 1048576;
const BIG_COLS = 16;
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
    lessons: 0, studentLessons: 0, prodLessons: 0, students: 0, groups: 0, classes: 0,
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
        total.groups += groups; // F1 summed over every row (domain.md: every subject's groups count)
        let lb = loc.get(r.location);
        if (!lb) loc.set(r.location, (lb = bucket()));
        lb.lessons += lessons;
        lb.groups += groups;
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
    total.classes += c.groups; // classes: each cohort once, its largest groups value (no class column here)
    c.loc.students += c.students;
    c.loc.classes += c.groups;
  }
  const figures = (b) => {
    const need = b.lessons * fteFactor;
    return {
      students: b.students, groups: b.groups, classes: b.classes, teacherLessonsPerWeek: b.lessons, teacherFteNeeded: need,
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
/** The 100,000-row formation workbook (xlsx-gen.js: exceljs's writer is too slow for the big ones). */
async function writeBigWorkbook(file) {
  const { writeXlsx, formationSheets } = require('./xlsx-gen');
  await writeXlsx(file, formationSheets(WORKBOOK_ROWS, common));
}

/** exceljs's streaming reader over every row of every sheet (cells touched; row values kept in `keep` when given). */
async function exceljsStream(file, keep) {
  const ExcelJS = require('exceljs');
  const wr = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let cells = 0;
  for await (const ws of wr) {
    for await (const row of ws) {
      cells += row.cellCount;
      if (keep) keep.push(row.values);
    }
  }
  return cells;
}

async function cliVsExceljsRead() {
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

    const exceljsOnly = () => exceljsStream(file);
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
    // Wall time, and CPU time of the whole process (zlib threads included): on a shared
    // machine the wall time of one run can triple while its CPU time stays put.
    const cpuMs = async (fn) => {
      const c = process.cpuUsage();
      await fn();
      const u = process.cpuUsage(c);
      return (u.user + u.system) / 1000;
    };
    const tx = [];
    const tc = [];
    const tr = [];
    const cx = [];
    const cc = [];
    for (let i = 0; i < RUNS; i++) {
      gc();
      tx.push(await timeAsync(exceljsOnly));
      gc();
      tc.push(await timeAsync(cliPath));
      gc();
      tr.push(await timeAsync(cliRun));
      gc();
      cx.push(await cpuMs(exceljsOnly));
      gc();
      cc.push(await cpuMs(cliPath));
      log(`  run ${i + 1}: exceljs streaming ${tx[i].toFixed(0)} ms, CLI path ${tc[i].toFixed(0)} ms, full CLI run --json ${tr[i].toFixed(0)} ms; CPU: exceljs streaming ${cx[i].toFixed(0)} ms, CLI path ${cc[i].toFixed(0)} ms`);
    }
    const mx = median(tx);
    const mc = median(tc);
    const mr = median(tr);
    const mem = peakMemory(file);
    return {
      cliVsExceljsRead: round(mc / mx),
      cliVsExceljsReadCpu: round(median(cc) / median(cx)),
      cliRunVsExceljsRead: round(mr / mx),
      exceljsStreamMs: round(mx),
      cliPathMs: round(mc),
      cliRunMs: round(mr),
      ...mem,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
/** Child process: reads `file` as the CLI does (bytes, values, tables, analysis); prints peak RSS. */
async function memoryChild(file) {
  const { loadWorkbookValues } = lib('io/xlsx.js');
  const { readWorkbook } = lib('sheet/index.js');
  const { analyse } = lib('model/index.js');
  const base = process.memoryUsage().rss;
  const t = performance.now();
  const sheets = await loadWorkbookValues(await fs.promises.readFile(file));
  const read = readWorkbook(sheets);
  const a = analyse(read.tables);
  process.stdout.write(JSON.stringify({
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    baseRssMB: round(base / 1024 / 1024),
    ms: round(performance.now() - t),
    students: a.totals.students,
  }) + '\n');
}

function peakMemory(file) {
  log(`peakMemoryMB: child process reading, finding tables in and analysing the ${WORKBOOK_ROWS.toLocaleString('en')}-row workbook`);
  const out = execFileSync(process.execPath, [__filename, '--memory-child', file], { encoding: 'utf8' });
  const m = JSON.parse(out.trim().split('\n').pop());
  log(`  peak RSS ${m.peakRssMB} MB (node itself ${m.baseRssMB} MB)`);
  return { peakMemoryMB: m.peakRssMB };
}

// ---------------------------------------------------------------------------------------
/** Child process: one reader over the big sheet; prints time and peak RSS. */
async function bigChild(which, file) {
  const t = performance.now();
  let cells;
  if (which === 'ours') {
    const { loadWorkbookValues } = lib('io/xlsx.js');
    const sheets = await loadWorkbookValues(await fs.promises.readFile(file));
    cells = sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  } else if (which === 'exceljs-keep') {
    // exceljs's streaming reader keeping each row's values, as a reader feeding the analysis must.
    cells = await exceljsStream(file, []);
  } else {
    cells = await exceljsStream(file);
  }
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ ms: round(performance.now() - t), cpuMs: round((ru.userCPUTime + ru.systemCPUTime) / 1000), peakRssMB: round(ru.maxRSS / 1024), cells }) + '\n');
}

async function bigSheet() {
  if (process.env.BENCH_BIG === '0') return {};
  const { writeXlsx, numberSheet } = require('./xlsx-gen');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formatie-bench-big-'));
  const file = path.join(dir, 'miljoen.xlsx');
  try {
    log(`bigSheet: generating ${BIG_ROWS.toLocaleString('en')} rows × ${BIG_COLS} numbers`);
    await writeXlsx(file, [numberSheet('Data', BIG_ROWS - 1, BIG_COLS)]);
    log(`  ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB written`);
    const child = (which) => {
      const out = execFileSync(process.execPath, ['--max-old-space-size=4096', __filename, '--big-child', which, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      return JSON.parse(out.trim().split('\n').pop());
    };
    const ours = child('ours');
    log(`  our reader: ${(ours.ms / 1000).toFixed(1)} s (CPU ${(ours.cpuMs / 1000).toFixed(1)} s), peak RSS ${ours.peakRssMB} MB, ${ours.cells.toLocaleString('en')} cells`);
    const theirs = child('exceljs');
    log(`  exceljs streaming: ${(theirs.ms / 1000).toFixed(1)} s (CPU ${(theirs.cpuMs / 1000).toFixed(1)} s), peak RSS ${theirs.peakRssMB} MB, ${theirs.cells.toLocaleString('en')} cells`);
    const keep = child('exceljs-keep');
    log(`  exceljs streaming, keeping the row values: ${(keep.ms / 1000).toFixed(1)} s (CPU ${(keep.cpuMs / 1000).toFixed(1)} s), peak RSS ${keep.peakRssMB} MB`);
    return {
      bigSheetMs: ours.ms,
      bigSheetPeakMB: ours.peakRssMB,
      bigSheetExceljsStreamMs: theirs.ms,
      bigSheetExceljsStreamPeakMB: theirs.peakRssMB,
      bigSheetTimeVsExceljsStream: round(ours.ms / theirs.ms),
      bigSheetCpuVsExceljsStream: round(ours.cpuMs / theirs.cpuMs),
      bigSheetMemoryVsExceljsStream: round(ours.peakRssMB / theirs.peakRssMB),
      bigSheetExceljsKeepMs: keep.ms,
      bigSheetExceljsKeepPeakMB: keep.peakRssMB,
      bigSheetMemoryVsExceljsKeep: round(ours.peakRssMB / keep.peakRssMB),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  if (process.argv.includes('--big-only')) {
    // Only the 1M-row sheet (minutes): node bench/run.js --big-only
    Object.assign(results, await bigSheet());
    process.stdout.write(JSON.stringify(results) + '\n');
    return;
  }
  Object.assign(results, await engineVsLoop());
  Object.assign(results, await cliVsExceljsRead());
  Object.assign(results, await bigSheet());

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

const fail = (e) => {
  process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
};
const argAfter = (flag, k = 1) => process.argv[process.argv.indexOf(flag) + k];
if (process.argv.includes('--memory-child')) {
  memoryChild(argAfter('--memory-child')).catch(fail);
} else if (process.argv.includes('--big-child')) {
  bigChild(argAfter('--big-child'), argAfter('--big-child', 2)).catch(fail);
} else if (typeof global.gc !== 'function') {
  // gc() between runs needs --expose-gc: run again with it.
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
} else {
  main().catch((e) => {
    process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  });
}
