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

import type { FormationTable, Issue, SummaryTable } from './types';
import { mergeNorms, type Norms } from './norms';
import type { Analysis, LocationTotals, SubjectTotals, TableSummary, Totals } from './api';
import { f4Ratio, f5Productivity, f15Shortage } from './formulas';
import { cellAddress } from './address';
import {
  accumulateDemand, accumulateStaff, accumulateSummary, matchKey, newBucket, type Bucket, type Buckets,
} from './analysis-accumulate';
import { overflowNotes, overflowed } from './analysis-overflow';
import { UNKNOWN } from './vocabulary';

export { matchKey, cohortKey, rowGroups } from './analysis-accumulate';

/** Display name of a blank location (domain.md). */
export const UNKNOWN_LOCATION = UNKNOWN.nl;

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
