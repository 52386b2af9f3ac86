/**
 * Analysis of formation tables: totals for the whole workbook, per location and per
 * subject (cli.md, "JSON output"), with null wherever the workbook holds no data for a
 * figure (never 0).
 *
 * Readings of domain.md and cli.md taken here (named so the contract can be settled):
 * - `groups` (Lesgroepen) is the sum of F1 over all demand rows (domain.md F1): every
 *   subject's teaching groups count. `classes` (Klassen) counts each cohort once: its
 *   distinct class names where a class column exists, else the largest groups value among
 *   its rows; a cohort whose rows name no class falls back to that largest groups value.
 *   Without a subject column every row is its own cohort (one class when it names one).
 * - With a class column a cohort's students are the sum over its distinct class names of
 *   each class's largest valid value; rows with a blank class name count as one class.
 * - A figure built only on bad cells is null, not 0: a category (or summary column, or
 *   subject) with rows but no valid cell gives null; without any rows it gives 0 where the
 *   table could have named them (a role column without assistants: assistant FTE 0).
 * - A sum that overflows (a cell such as 1e308) gives null and a note naming the cell.
 * - A staff row whose category cannot be known (empty role) is left out of every FTE sum;
 *   the reader has reported it.
 * - When several staff tables are given and one of them cannot tell assistants apart (it
 *   takes its categories from the salary scale), assistant and management FTE are null.
 * - A figure the detailed table cannot give (assistant FTE from a scale-only staff table)
 *   falls back to a summary table; a figure both give comes from the detailed table, and a
 *   difference of more than 0.5% is reported as a note.
 * - Ratios with a zero denominator (no assistants at all) are null, not infinite.
 * - bySubject: a subject that only the staff table names gets need 0 when the demand
 *   tables have a subject column (the need is known to be zero), else null.
 */

import type { DemandTable, FormationTable, Issue, StaffTable, SummaryTable, Category } from './types';
import { mergeNorms, type Norms } from './norms';
import type { Analysis, LocationTotals, SubjectTotals, TableSummary, Totals } from './api';
import { f1Groups, f3TeacherFteFromLessonMinutes, f4Ratio, f5Productivity, f15Shortage } from './formulas';
import { cellAddress } from './address';

/** Display name of a blank location (domain.md). */
export const UNKNOWN_LOCATION = '(onbekend)';

const folded = new Map<string, string>();

/** Names match trimmed and case-insensitively. (Memoized: a table repeats few names.) */
export function matchKey(text: string | null): string {
  if (text === null) return '';
  let k = folded.get(text);
  if (k === undefined) {
    if (folded.size > 50000) folded.clear();
    k = text.trim().toLowerCase();
    folded.set(text, k);
  }
  return k;
}

/** Normalised cohort key within one table: (location, department, level, year). */
export function cohortKey(loc: string | null, dep: string | null, lev: string | null, year: string | null): string {
  return `${matchKey(loc)}\u0001${matchKey(dep)}\u0001${matchKey(lev)}\u0001${matchKey(year)}`;
}

/** Demand sums of one bucket (the workbook, a location or a subject). */
class DemandAcc {
  /** Σ teacher lessons of rows using the norm's lesson length. */
  lessonsNormMinutes = 0;
  /** Σ teacher lessons × the row's own lesson minutes. */
  lessonMinutesOwn = 0;
  /** Σ teacher lessons of rows with their own lesson minutes. */
  lessonsOwnMinutes = 0;
  /** F5 numerator and denominator over the same rows (valid students and lessons). */
  studentLessons = 0;
  prodLessons = 0;
  prodRows = 0;
  students = 0;
  studentsSeen = false;
  groups = 0;
  groupsSeen = false;
  classes = 0;
  classesSeen = false;
  lessonRows = 0;

  lessons(): number {
    return this.lessonsNormMinutes + this.lessonsOwnMinutes;
  }

  fte(n: Norms): number {
    return f3TeacherFteFromLessonMinutes(this.lessonsNormMinutes * n.lessonMinutes + this.lessonMinutesOwn, n); // F3
  }
}

/** Staff sums of one bucket, per category; period tables already divided. */
class StaffAcc {
  fte: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  cost: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  /** Cost and FTE over rows with both valid, for cost per FTE (same rows). */
  pairCost: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  pairFte: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  /** Rows of each category, and those with a valid FTE / cost cell: rows without any valid cell give null, not 0. */
  rows: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  fteCells: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  costRows: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  costCells: Record<Category, number> = { teacher: 0, assistant: 0, management: 0, support: 0 };
  costSeen = false;
  tables = 0;
  /** True when every contributing table can tell assistants and management apart. */
  roleKnown = true;
  /** True when every contributing table can tell teachers apart (role or scale). */
  teacherKnown = true;

  /** FTE of a category; null when it has rows but none with a valid FTE cell. */
  fteOf(cat: Category): number | null {
    return this.rows[cat] > 0 && this.fteCells[cat] === 0 ? null : this.fte[cat];
  }

  /** Cost of a category; null when it has rows in tables with a cost column but no valid cost cell. */
  costOf(cat: Category): number | null {
    return this.costRows[cat] > 0 && this.costCells[cat] === 0 ? null : this.cost[cat];
  }
}

type SummaryField = 'students' | 'teacherFte' | 'assistantFte' | 'supportFte';
const SUMMARY_FIELDS: readonly SummaryField[] = ['students', 'teacherFte', 'assistantFte', 'supportFte'];

class SummaryAcc {
  students: number | null = null;
  teacherFte: number | null = null;
  assistantFte: number | null = null;
  supportFte: number | null = null;
  tables = 0;
  /** Rows in tables with the column, and valid cells: rows without any valid cell give null, not 0. */
  rows: Record<SummaryField, number> = { students: 0, teacherFte: 0, assistantFte: 0, supportFte: 0 };
  cells: Record<SummaryField, number> = { students: 0, teacherFte: 0, assistantFte: 0, supportFte: 0 };

  get(f: SummaryField): number | null {
    return this.rows[f] > 0 && this.cells[f] === 0 ? null : this[f];
  }
}

function addNullable(a: number | null, b: number | null): number | null {
  if (b === null) return a;
  return a === null ? b : a + b;
}

interface Bucket {
  name: string;
  demand: DemandAcc | null;
  staff: StaffAcc | null;
  summary: SummaryAcc | null;
}

function newBucket(name: string): Bucket {
  return { name, demand: null, staff: null, summary: null };
}

/** Lessons per week of one demand row (F1, F2), or null when it cannot be computed. */
export function rowGroups(groups: number | null, students: number | null, maxGroupSize: number | null): number | null {
  if (groups !== null) return groups;
  if (students === null || maxGroupSize === null || maxGroupSize <= 0) return null;
  return f1Groups(students, maxGroupSize);
}

/** The buckets figures are summed into: the workbook, and per location and subject (made on first use). */
interface Buckets {
  total: Bucket;
  location(name: string | null): Bucket;
  subject(name: string | null): Bucket;
}

/** One cohort of a demand table (domain.md, "Students are counted once per cohort"). */
interface Cohort {
  loc: Bucket | null;
  /** Largest valid students of the cohort's rows (no class column). */
  s: number;
  sSeen: boolean;
  /** With a class column: folded class name → largest valid students of that class. */
  byClass: Map<string, number> | null;
  /** Distinct non-blank class names. */
  names: Set<string> | null;
  /** Largest groups value among the cohort's rows. */
  g: number;
  gSeen: boolean;
}

function addStudents(acc: DemandAcc, n: number): void {
  acc.students += n;
  acc.studentsSeen = true;
}

function addClasses(acc: DemandAcc, n: number): void {
  acc.classes += n;
  acc.classesSeen = true;
}

function accumulateDemand(table: DemandTable, { total, location, subject }: Buckets): void {
  const hasSubject = table.columns.subject !== undefined;
  const hasLocation = table.columns.location !== undefined;
  const hasClass = table.columns.class !== undefined;
  // Students and classes counted once per cohort (with a subject column); groups summed over rows.
  const cohorts = hasSubject ? new Map<string, Cohort>() : null;
  const t = (total.demand ??= new DemandAcc());
  for (const r of table.rows) {
    const loc = hasLocation ? location(r.location) : null;
    const ld = loc ? (loc.demand ??= new DemandAcc()) : null;
    const sub = hasSubject ? subject(r.subject) : null;
    const sd = sub ? (sub.demand ??= new DemandAcc()) : null;
    const groups = rowGroups(r.groups, r.students, r.maxGroupSize);
    const L = r.lessonsPerWeek;
    if (groups !== null && L !== null) {
      const lessons = groups * L; // F2
      for (const acc of [t, ld, sd]) {
        if (!acc) continue;
        acc.lessonRows++;
        if (r.lessonMinutes !== null) {
          acc.lessonsOwnMinutes += lessons;
          acc.lessonMinutesOwn += lessons * r.lessonMinutes;
        } else {
          acc.lessonsNormMinutes += lessons;
        }
        if (r.students !== null) {
          acc.studentLessons += r.students * L;
          acc.prodLessons += lessons;
          acc.prodRows++;
        }
      }
    }
    // Lesgroepen: the sum of F1 over all demand rows (domain.md F1).
    if (groups !== null) {
      for (const acc of [t, ld]) {
        if (!acc) continue;
        acc.groups += groups;
        acc.groupsSeen = true;
      }
    }
    const className = hasClass && r.class ? matchKey(r.class) : '';
    if (cohorts) {
      const key = cohortKey(r.location, r.department, r.level, r.year);
      let c = cohorts.get(key);
      if (!c) {
        c = {
          loc, s: 0, sSeen: false, g: 0, gSeen: false,
          byClass: hasClass ? new Map() : null, names: hasClass ? new Set() : null,
        };
        cohorts.set(key, c);
      }
      if (r.students !== null) {
        if (c.byClass) {
          const m = c.byClass.get(className);
          if (m === undefined || r.students > m) c.byClass.set(className, r.students);
        } else if (!c.sSeen || r.students > c.s) {
          c.s = r.students;
          c.sSeen = true;
        }
      }
      if (c.names && className !== '') c.names.add(className);
      if (groups !== null && (!c.gSeen || groups > c.g)) {
        c.g = groups;
        c.gSeen = true;
      }
    } else {
      // Without a subject column every row is its own cohort.
      const classes = className !== '' ? 1 : groups;
      for (const acc of [t, ld]) {
        if (!acc) continue;
        if (r.students !== null) addStudents(acc, r.students);
        if (classes !== null) addClasses(acc, classes);
      }
    }
  }
  if (cohorts) {
    for (const c of cohorts.values()) {
      const ld = c.loc ? c.loc.demand : null;
      let students: number | null = c.sSeen ? c.s : null;
      if (c.byClass && c.byClass.size > 0) {
        students = 0;
        for (const v of c.byClass.values()) students += v;
      }
      // Klassen: distinct class names, else the largest groups value among the cohort's rows.
      const classes = c.names && c.names.size > 0 ? c.names.size : c.gSeen ? c.g : null;
      for (const acc of [t, ld]) {
        if (!acc) continue;
        if (students !== null) addStudents(acc, students);
        if (classes !== null) addClasses(acc, classes);
      }
    }
  }
}

function accumulateStaff(table: StaffTable, { total, location, subject }: Buckets): void {
  const hasLocation = table.columns.location !== undefined;
  const hasSubject = table.columns.subject !== undefined;
  const hasCost = table.columns.cost !== undefined;
  const hasPeriod = table.columns.period !== undefined;
  let divisor = 1;
  if (hasPeriod) {
    const periods = new Set<string>();
    for (const r of table.rows) if (r.period !== null) periods.add(matchKey(r.period));
    divisor = Math.max(1, periods.size);
  }
  const touched = new Set<StaffAcc>();
  const get = (b: Bucket): StaffAcc => {
    const s = (b.staff ??= new StaffAcc());
    if (!touched.has(s)) {
      touched.add(s);
      s.tables++;
      if (table.categorySource !== 'role') s.roleKnown = false;
      if (table.categorySource === 'none') s.teacherKnown = false;
      if (hasCost) s.costSeen = true;
    }
    return s;
  };
  const t = get(total);
  for (const r of table.rows) {
    const cat = r.category;
    if (cat === null) continue;
    const ls = hasLocation ? get(location(r.location)) : null;
    // Availability per subject counts teachers only.
    const ss = hasSubject && cat === 'teacher' ? get(subject(r.subject)) : null;
    for (const acc of [t, ls, ss]) {
      if (!acc) continue;
      acc.rows[cat]++;
      if (hasCost) acc.costRows[cat]++;
      if (r.fte !== null) {
        acc.fte[cat] += r.fte / divisor;
        acc.fteCells[cat]++;
      }
      if (r.cost !== null) {
        acc.cost[cat] += r.cost;
        acc.costCells[cat]++;
      }
      if (r.fte !== null && r.cost !== null) {
        acc.pairCost[cat] += r.cost;
        acc.pairFte[cat] += r.fte / divisor;
      }
    }
  }
}

function accumulateSummary(table: SummaryTable, { total, location }: Buckets): void {
  const hasLocation = table.columns.location !== undefined;
  const cols = table.columns;
  const touched = new Set<SummaryAcc>();
  const get = (b: Bucket): SummaryAcc => {
    const s = (b.summary ??= new SummaryAcc());
    if (!touched.has(s)) {
      touched.add(s);
      s.tables++;
      // A column the table has makes the figure known (0 until rows add to it).
      if (cols.students !== undefined) s.students ??= 0;
      if (cols.teacherFte !== undefined) s.teacherFte ??= 0;
      if (cols.assistantFte !== undefined) s.assistantFte ??= 0;
      if (cols.supportFte !== undefined) s.supportFte ??= 0;
    }
    return s;
  };
  const t = get(total);
  for (const r of table.rows) {
    const ls = hasLocation ? get(location(r.location)) : null;
    for (const acc of [t, ls]) {
      if (!acc) continue;
      for (const f of SUMMARY_FIELDS) {
        if (cols[f] === undefined) continue;
        acc.rows[f]++;
        if (r[f] !== null) acc.cells[f]++;
        acc[f] = addNullable(acc[f], r[f]);
      }
    }
  }
}

function ratio(n: number | null, d: number | null): number | null {
  if (n === null || d === null) return null;
  const v = f4Ratio(n, d);
  return Number.isFinite(v) ? v : null;
}

/** Relative difference above which a detailed table and a summary are reported as disagreeing. */
const MISMATCH = 0.005;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > MISMATCH * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

interface NoteTarget {
  summaryTable: SummaryTable | null;
  notes: Issue[];
}

function note(target: NoteTarget, where: string, what: string, detailed: number, summary: number, what_en: string): void {
  const t = target.summaryTable;
  if (!t) return;
  const col = Math.min(...Object.values(t.columns).filter((c): c is number => c !== undefined));
  const fmt = (v: number) => (Math.round(v * 100) / 100).toString();
  target.notes.push({
    cell: cellAddress(t.sheet, t.headerRow, Number.isFinite(col) ? col : 0),
    sheet: t.sheet,
    row: t.headerRow,
    col: Number.isFinite(col) ? col : 0,
    message: `${where}: ${what} uit de detailtabel (${fmt(detailed)}) wijkt af van het overzicht (${fmt(summary)}); de detailtabel is gebruikt, de twee zijn niet opgeteld.`,
    messageEn: `${where}: ${what_en} from the detailed table (${fmt(detailed)}) differs from the summary (${fmt(summary)}); the detailed table is used, the two are never added.`,
  });
}

/** The totals of one bucket, with precedence detailed > summary and nulls for absent data. */
function totalsOf(b: Bucket, norms: Norms, target: NoteTarget): Totals {
  const d = b.demand;
  const s = b.staff;
  const m = b.summary;
  const where = b.name;

  let students: number | null = d && d.studentsSeen ? d.students : null;
  const mStudents = m ? m.get('students') : null;
  if (mStudents !== null) {
    if (students === null) students = mStudents;
    else if (differs(students, mStudents)) note(target, where, 'leerlingen', students, mStudents, 'students');
  }
  const groups = d && d.groupsSeen ? d.groups : null;
  const classes = d && d.classesSeen ? d.classes : null;
  const teacherLessonsPerWeek = d && d.lessonRows > 0 ? d.lessons() : null;
  const teacherFteNeeded = d && d.lessonRows > 0 ? d.fte(norms) : null;

  const pick = (staffValue: number | null, summaryValue: number | null, what: string, whatEn: string): number | null => {
    if (staffValue === null) return summaryValue;
    if (summaryValue !== null && differs(staffValue, summaryValue)) note(target, where, what, staffValue, summaryValue, whatEn);
    return staffValue;
  };
  const teacherFteAvailable = pick(s && s.teacherKnown ? s.fteOf('teacher') : null, m ? m.get('teacherFte') : null, 'FTE leraren', 'teacher FTE');
  const assistantFte = pick(s && s.roleKnown ? s.fteOf('assistant') : null, m ? m.get('assistantFte') : null, 'FTE onderwijsassistenten', 'assistant FTE');
  const supportFte = pick(s && s.teacherKnown ? s.fteOf('support') : null, m ? m.get('supportFte') : null, 'FTE overig OOP', 'other support FTE');
  const managementFte = s && s.roleKnown ? s.fteOf('management') : null;

  const shortageFte =
    teacherFteNeeded !== null && teacherFteAvailable !== null ? f15Shortage(teacherFteNeeded, teacherFteAvailable) : null;
  let studentsPerTeacherContactHour: number | null = null;
  if (d && d.prodRows > 0) {
    const v = f5Productivity(d.studentLessons, d.prodLessons);
    studentsPerTeacherContactHour = Number.isFinite(v) ? v : null;
  }
  return finiteTotals({
    students,
    groups,
    classes,
    teacherLessonsPerWeek,
    teacherFteNeeded,
    teacherFteAvailable,
    assistantFte,
    supportFte,
    managementFte,
    shortageFte,
    studentsPerTeacherFte: ratio(students, teacherFteAvailable),
    studentsPerAssistantFte: ratio(students, assistantFte),
    studentsPerTeacherContactHour,
    teacherCost: s && s.costSeen && s.teacherKnown ? s.costOf('teacher') : null,
    assistantCost: s && s.costSeen && s.roleKnown ? s.costOf('assistant') : null,
  });
}

/** A figure that overflowed (a cell such as 1e308 in a sum) is null; overflowNotes names the cell. */
function finiteTotals(t: Totals): Totals {
  for (const k of Object.keys(t) as (keyof Totals)[]) {
    const v = t[k];
    if (v !== null && !Number.isFinite(v)) t[k] = null;
  }
  return t;
}

function overflowed(b: Bucket): boolean {
  const d = b.demand;
  const s = b.staff;
  const m = b.summary;
  const nums: number[] = [];
  if (d) nums.push(d.students, d.groups, d.classes, d.lessonsNormMinutes, d.lessonMinutesOwn, d.studentLessons);
  if (s) for (const c of ['teacher', 'assistant', 'management', 'support'] as const) nums.push(s.fte[c], s.cost[c]);
  if (m) for (const f of SUMMARY_FIELDS) nums.push(m[f] ?? 0);
  return nums.some((v) => !Number.isFinite(v));
}

/**
 * The cells whose value overflows a sum (such as 1e308): for each kind of sum, the cell of
 * the first row at which the running sum stops being finite. The figure itself is null.
 */
function overflowNotes(tables: FormationTable[], norms: Norms): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  const report = (table: FormationTable, row: number, field: keyof FormationTable['columns'], sumKey: string, v: number): void => {
    const before = sums.get(sumKey) ?? 0;
    const after = before + v;
    sums.set(sumKey, after);
    if (Number.isFinite(after) || !Number.isFinite(before)) return;
    const col = table.columns[field] ?? 0;
    const cell = cellAddress(table.sheet, row, col);
    if (seen.has(cell)) return;
    seen.add(cell);
    out.push({
      cell, sheet: table.sheet, row, col,
      message: `De waarde in ${cell} is te groot: de som loopt over, het cijfer is niet berekend (leeg gelaten).`,
      messageEn: `The value in ${cell} is too large: the sum overflows, the figure is not computed (left empty).`,
    });
  };
  for (const t of tables) {
    if (t.kind === 'demand') {
      for (const r of t.rows) {
        const g = rowGroups(r.groups, r.students, r.maxGroupSize);
        const big = (a: number | null, b: number | null): 'students' | 'groups' =>
          r.groups === null || (a !== null && b !== null && Math.abs(a) > Math.abs(b)) ? 'students' : 'groups';
        if (r.students !== null) report(t, r.ref.row, 'students', 'students', r.students);
        if (g !== null) report(t, r.ref.row, big(r.students, r.groups), 'groups', g);
        if (g !== null && r.lessonsPerWeek !== null) {
          const f = Math.abs(r.lessonsPerWeek) > Math.abs(g) ? 'lessonsPerWeek' : big(r.students, r.groups);
          const minutes = r.lessonMinutes ?? norms.lessonMinutes;
          report(t, r.ref.row, f, 'lessons', g * r.lessonsPerWeek * minutes * norms.teachingWeeks);
          if (r.students !== null) {
            const fs = Math.abs(r.lessonsPerWeek) > Math.abs(r.students) ? 'lessonsPerWeek' : 'students';
            report(t, r.ref.row, fs, 'studentLessons', r.students * r.lessonsPerWeek);
          }
        }
      }
    } else if (t.kind === 'staff') {
      for (const r of t.rows) {
        if (r.fte !== null) report(t, r.ref.row, 'fte', `fte:${r.category}`, Math.abs(r.fte));
        if (r.cost !== null) report(t, r.ref.row, 'cost', `cost:${r.category}`, Math.abs(r.cost));
      }
    } else {
      for (const r of t.rows) {
        for (const f of SUMMARY_FIELDS) if (r[f] !== null) report(t, r.ref.row, f, `summary:${f}`, r[f] as number);
      }
    }
  }
  return out;
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/**
 * Analyse formation tables (already read by src/sheet) with the analysis norms.
 */
export function analyse(tables: FormationTable[], normOverrides?: Partial<Norms>): Analysis {
  const norms = mergeNorms(normOverrides);
  const total = newBucket('Totaal');
  const locations = new Map<string, Bucket>();
  const subjects = new Map<string, Bucket>();
  /** The bucket of a name in `map`, made on first use; a blank name is "(onbekend)". */
  const bucketIn = (map: Map<string, Bucket>) => (name: string | null): Bucket => {
    const key = matchKey(name);
    let b = map.get(key);
    if (!b) {
      b = newBucket(key === '' ? UNKNOWN_LOCATION : (name as string).trim());
      map.set(key, b);
    }
    return b;
  };
  const buckets: Buckets = { total, location: bucketIn(locations), subject: bucketIn(subjects) };

  let demandHasSubject = false;
  let summaryTable: SummaryTable | null = null;
  for (const t of tables) {
    if (t.kind === 'demand') {
      if (t.columns.subject !== undefined) demandHasSubject = true;
      accumulateDemand(t, buckets);
    }
  }
  let staffHasSubject = false;
  for (const t of tables) {
    if (t.kind === 'staff') {
      if (t.columns.subject !== undefined) staffHasSubject = true;
      accumulateStaff(t, buckets);
    } else if (t.kind === 'summary') {
      summaryTable ??= t;
      accumulateSummary(t, buckets);
    }
  }

  const notes: Issue[] = [];
  const target: NoteTarget = { summaryTable, notes };
  if (overflowed(total) || [...locations.values()].some(overflowed) || [...subjects.values()].some(overflowed)) {
    notes.push(...overflowNotes(tables, norms));
  }
  const totals = totalsOf(total, norms, target);
  const byLocation: LocationTotals[] = [...locations.values()].map((b) => ({ location: b.name, ...totalsOf(b, norms, target) }));

  const bySubject: SubjectTotals[] = [];
  for (const b of subjects.values()) {
    let teacherLessonsPerWeek: number | null = null;
    let teacherFteNeeded: number | null = null;
    if (b.demand && b.demand.lessonRows > 0) {
      teacherLessonsPerWeek = b.demand.lessons();
      teacherFteNeeded = b.demand.fte(norms);
    } else if (demandHasSubject && !b.demand) {
      // No demand row names the subject: its need is known to be zero. A subject whose
      // demand rows all have bad cells keeps null (not 0, and no surplus).
      teacherLessonsPerWeek = 0;
      teacherFteNeeded = 0;
    }
    const teacherFteAvailable = staffHasSubject ? (b.staff ? b.staff.fteOf('teacher') : 0) : null;
    const need = finiteOrNull(teacherFteNeeded);
    const available = finiteOrNull(teacherFteAvailable);
    bySubject.push({
      subject: b.name,
      teacherLessonsPerWeek: finiteOrNull(teacherLessonsPerWeek),
      teacherFteNeeded: need,
      teacherFteAvailable: available,
      shortageFte: finiteOrNull(need !== null && available !== null ? f15Shortage(need, available) : null),
    });
  }

  const s = total.staff;
  const costPerFte = {
    teacher: s && s.teacherKnown ? ratio(s.pairFte.teacher > 0 ? s.pairCost.teacher : null, s.pairFte.teacher) : null,
    assistant: s && s.roleKnown ? ratio(s.pairFte.assistant > 0 ? s.pairCost.assistant : null, s.pairFte.assistant) : null,
  };

  const tableSummaries: TableSummary[] = tables.map((t) => ({
    sheet: t.sheet,
    range: t.range,
    kind: t.kind,
    rows: t.rows.length,
    issues: t.issues.map((i) => ({ cell: i.cell, message: i.message })),
  }));

  return { norms, tables: tableSummaries, totals, byLocation, bySubject, notes, costPerFte, source: tables };
}
