/**
 * Shared helpers of the benchmarks (bench/run.js and the bench/*.bench.js modules):
 * timing, medians, synthetic typed tables and the compiled library (lib/, `npm run build:cli`).
 */
'use strict';

const path = require('path');

const LIB = path.join(__dirname, '..', 'lib');

function lib(rel) {
  return require(path.join(LIB, rel));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds of one synchronous call. */
function timeSync(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Milliseconds of one asynchronous call. */
async function timeAsync(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function gc() {
  if (typeof global.gc === 'function') global.gc();
}

const LOCATIONS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum'];
const LEVELS = ['vmbo-bk', 'vmbo-gt', 'havo', 'vwo'];
const SUBJECTS = ['Nederlands', 'Engels', 'Frans', 'Duits', 'wiskunde', 'natuurkunde', 'scheikunde', 'biologie',
  'geschiedenis', 'aardrijkskunde', 'economie', 'LO', 'muziek', 'beeldende vorming', 'maatschappijleer'];
const ROLES = ['teacher', 'teacher', 'teacher', 'teacher', 'teacher', 'teacher', 'assistant', 'support', 'management', 'teacher'];

/**
 * Typed tables as the reader gives them: `demandRows` rows of (location, department, level,
 * year, subject) cohorts with students, group size and lessons; `staffRows` persons.
 * Deterministic. Every 15 demand rows form one cohort (its subjects).
 */
function makeTables(demandRows, staffRows) {
  const demandList = new Array(demandRows);
  for (let i = 0; i < demandRows; i++) {
    const cohort = Math.floor(i / SUBJECTS.length);
    demandList[i] = {
      ref: { sheet: 'Lesvraag', row: i + 2 },
      location: LOCATIONS[cohort % LOCATIONS.length],
      department: cohort % 2 ? 'bovenbouw' : 'onderbouw',
      level: LEVELS[cohort % LEVELS.length],
      year: String(1 + (cohort % 6)),
      subject: SUBJECTS[i % SUBJECTS.length],
      // Cohort number makes every cohort distinct (a big board with many schools).
      students: 20 + ((cohort * 37 + (i % SUBJECTS.length) * 3) % 140),
      groups: null,
      maxGroupSize: 24 + (cohort % 6),
      lessonsPerWeek: 1 + (i % 4),
      lessonMinutes: null,
    };
    // Distinguish cohorts by department text so keys stay unique per cohort.
    demandList[i].department += ' ' + (cohort % 1000);
  }
  const staffList = new Array(staffRows);
  const roleText = { teacher: 'teacher', assistant: 'assistant', support: 'support', management: 'management' };
  for (let i = 0; i < staffRows; i++) {
    const category = roleText[ROLES[i % ROLES.length]];
    staffList[i] = {
      ref: { sheet: 'Personeel', row: i + 2 },
      location: LOCATIONS[i % LOCATIONS.length],
      department: null,
      subject: category === 'teacher' ? SUBJECTS[i % SUBJECTS.length] : null,
      employee: `P${i}`,
      category,
      fte: [1, 0.8, 0.6, 0.9, 0.5][i % 5],
      cost: 50000 + (i % 50) * 1000,
      period: null,
    };
  }
  const demand = {
    kind: 'demand', sheet: 'Lesvraag', range: `A1:H${demandRows + 1}`, headerRow: 1,
    columns: { location: 0, department: 1, level: 2, year: 3, subject: 4, students: 5, maxGroupSize: 6, lessonsPerWeek: 7 },
    headers: {}, issues: [], rows: demandList,
  };
  const staff = {
    kind: 'staff', sheet: 'Personeel', range: `A1:F${staffRows + 1}`, headerRow: 1, categorySource: 'role',
    columns: { location: 0, subject: 1, employee: 2, role: 3, fte: 4, cost: 5 },
    headers: {}, issues: [], rows: staffList,
  };
  return [demand, staff];
}

module.exports = { LIB, lib, median, timeSync, timeAsync, gc, makeTables, SUBJECTS, LOCATIONS, LEVELS };
