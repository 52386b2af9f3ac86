/**
 * Analysis of formation tables: totals for the whole workbook, per location and per
 * subject (cli.md, "JSON output"), with null wherever the workbook holds no data for a
 * figure (never 0).
 *
 * Readings of domain.md and cli.md taken here (named so the contract can be settled):
 * - `groups` (Lesgroepen) counts each cohort's groups once, like its students: with a
 *   subject column a cohort's groups are the largest among its subject rows (the classes),
 *   not the sum over subjects. Without a subject column every row is its own cohort.
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
import { UNKNOWN } from './vocabulary';

/** Display name of a blank location (domain.md). */
export const UNKNOWN_LOCATION = UNKNOWN.nl;

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
  costSeen = false;
  tables = 0;
  /** True when every contributing table can tell assistants and management apart. */
  roleKnown = true;
  /** True when every contributing table can tell teachers apart (role or scale). */
  teacherKnown = true;
}

class SummaryAcc {
  students: number | null = null;
  teacherFte: number | null = null;
  assistantFte: number | null = null;
  supportFte: number | null = null;
  tables = 0;
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

function accumulateDemand(table: DemandTable, { total, location, subject }: Buckets): void {
  const hasSubject = table.columns.subject !== undefined;
  const hasLocation = table.columns.location !== undefined;
  // Students and groups counted once per cohort: cohort key → [max students, max groups, bucket].
  const cohorts = hasSubject ? new Map<string, { s: number; g: number; sSeen: boolean; gSeen: boolean; loc: Bucket | null }>() : null;
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
    if (cohorts) {
      const key = cohortKey(r.location, r.department, r.level, r.year);
      let c = cohorts.get(key);
      if (!c) {
        c = { s: 0, g: 0, sSeen: false, gSeen: false, loc };
        cohorts.set(key, c);
      }
      if (r.students !== null && (!c.sSeen || r.students > c.s)) {
        c.s = r.students;
        c.sSeen = true;
      }
      if (groups !== null && (!c.gSeen || groups > c.g)) {
        c.g = groups;
        c.gSeen = true;
      }
    } else {
      for (const acc of [t, ld]) {
        if (!acc) continue;
        if (r.students !== null) {
          acc.students += r.students;
          acc.studentsSeen = true;
        }
        if (groups !== null) {
          acc.groups += groups;
          acc.groupsSeen = true;
        }
      }
    }
  }
  if (cohorts) {
    for (const c of cohorts.values()) {
      const ld = c.loc ? c.loc.demand : null;
      for (const acc of [t, ld]) {
        if (!acc) continue;
        if (c.sSeen) {
          acc.students += c.s;
          acc.studentsSeen = true;
        }
        if (c.gSeen) {
          acc.groups += c.g;
          acc.groupsSeen = true;
        }
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
      if (r.fte !== null) acc.fte[cat] += r.fte / divisor;
      if (r.cost !== null) acc.cost[cat] += r.cost;
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
      acc.students = cols.students !== undefined ? addNullable(acc.students, r.students) : acc.students;
      acc.teacherFte = cols.teacherFte !== undefined ? addNullable(acc.teacherFte, r.teacherFte) : acc.teacherFte;
      acc.assistantFte = cols.assistantFte !== undefined ? addNullable(acc.assistantFte, r.assistantFte) : acc.assistantFte;
      acc.supportFte = cols.supportFte !== undefined ? addNullable(acc.supportFte, r.supportFte) : acc.supportFte;
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
  if (m && m.students !== null) {
    if (students === null) students = m.students;
    else if (differs(students, m.students)) note(target, where, 'leerlingen', students, m.students, 'students');
  }
  const groups = d && d.groupsSeen ? d.groups : null;
  const teacherLessonsPerWeek = d && d.lessonRows > 0 ? d.lessons() : null;
  const teacherFteNeeded = d && d.lessonRows > 0 ? d.fte(norms) : null;

  const pick = (staffValue: number | null, summaryValue: number | null, what: string, whatEn: string): number | null => {
    if (staffValue === null) return summaryValue;
    if (summaryValue !== null && differs(staffValue, summaryValue)) note(target, where, what, staffValue, summaryValue, whatEn);
    return staffValue;
  };
  const teacherFteAvailable = pick(s && s.teacherKnown ? s.fte.teacher : null, m ? m.teacherFte : null, 'FTE leraren', 'teacher FTE');
  const assistantFte = pick(s && s.roleKnown ? s.fte.assistant : null, m ? m.assistantFte : null, 'FTE onderwijsassistenten', 'assistant FTE');
  const supportFte = pick(s && s.teacherKnown ? s.fte.support : null, m ? m.supportFte : null, 'FTE overig OOP', 'other support FTE');
  const managementFte = s && s.roleKnown ? s.fte.management : null;

  const shortageFte =
    teacherFteNeeded !== null && teacherFteAvailable !== null ? f15Shortage(teacherFteNeeded, teacherFteAvailable) : null;
  let studentsPerTeacherContactHour: number | null = null;
  if (d && d.prodRows > 0) {
    const v = f5Productivity(d.studentLessons, d.prodLessons);
    studentsPerTeacherContactHour = Number.isFinite(v) ? v : null;
  }
  return {
    students,
    groups,
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
    teacherCost: s && s.costSeen && s.teacherKnown ? s.cost.teacher : null,
    assistantCost: s && s.costSeen && s.roleKnown ? s.cost.assistant : null,
  };
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
  const totals = totalsOf(total, norms, target);
  const byLocation: LocationTotals[] = [...locations.values()].map((b) => ({ location: b.name, ...totalsOf(b, norms, target) }));

  const bySubject: SubjectTotals[] = [];
  for (const b of subjects.values()) {
    let teacherLessonsPerWeek: number | null = null;
    let teacherFteNeeded: number | null = null;
    if (b.demand && b.demand.lessonRows > 0) {
      teacherLessonsPerWeek = b.demand.lessons();
      teacherFteNeeded = b.demand.fte(norms);
    } else if (demandHasSubject) {
      teacherLessonsPerWeek = 0;
      teacherFteNeeded = 0;
    }
    const teacherFteAvailable = staffHasSubject ? (b.staff ? b.staff.fte.teacher : 0) : null;
    bySubject.push({
      subject: b.name,
      teacherLessonsPerWeek,
      teacherFteNeeded,
      teacherFteAvailable,
      shortageFte: teacherFteNeeded !== null && teacherFteAvailable !== null ? f15Shortage(teacherFteNeeded, teacherFteAvailable) : null,
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
