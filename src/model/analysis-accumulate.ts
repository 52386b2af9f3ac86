/**
 * The sums of analyse() (analysis.ts): demand, staff and summary rows summed into buckets
 * (the workbook, each location, each subject), with the counts that let a figure built
 * only on bad cells be null rather than 0 (domain.md, "Formulas" and "Cell values").
 */

import type { Category, DemandTable, StaffTable, SummaryTable } from './types';
import type { Norms } from './norms';
import { f1Groups, f3TeacherFteFromLessonMinutes } from './formulas';

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
export class DemandAcc {
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
export class StaffAcc {
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

export type SummaryField = 'students' | 'teacherFte' | 'assistantFte' | 'supportFte';
export const SUMMARY_FIELDS: readonly SummaryField[] = ['students', 'teacherFte', 'assistantFte', 'supportFte'];

export class SummaryAcc {
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

export interface Bucket {
  name: string;
  demand: DemandAcc | null;
  staff: StaffAcc | null;
  summary: SummaryAcc | null;
}

export function newBucket(name: string): Bucket {
  return { name, demand: null, staff: null, summary: null };
}

/** Lessons per week of one demand row (F1, F2), or null when it cannot be computed. */
export function rowGroups(groups: number | null, students: number | null, maxGroupSize: number | null): number | null {
  if (groups !== null) return groups;
  if (students === null || maxGroupSize === null || maxGroupSize <= 0) return null;
  return f1Groups(students, maxGroupSize);
}

/** The buckets figures are summed into: the workbook, and per location and subject (made on first use). */
export interface Buckets {
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

export function accumulateDemand(table: DemandTable, { total, location, subject }: Buckets): void {
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

export function accumulateStaff(table: StaffTable, { total, location, subject }: Buckets): void {
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

export function accumulateSummary(table: SummaryTable, { total, location }: Buckets): void {
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

