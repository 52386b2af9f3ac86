/**
 * P1 and P2 of projection.md: pupils per line of cohorts move up a year, new intake enters,
 * exam years leave; each demand row follows its cohort and keeps its share.
 *
 * Readings of projection.md taken here:
 * - A line of cohorts is (location, department, level) within one table; its year-k cohort
 *   holds the year-0 pupils of domain.md: the largest row with a subject column (electives
 *   have fewer pupils), the sum of the rows (classes) without one, and with a class and a
 *   subject column the sum over its classes of each class's largest row.
 * - A year's pupils come from year k−1 of the same line. When the line has no year k−1,
 *   they come from year k−1 of the other departments of the same location and level that
 *   stop there (onderbouw havo 3 → bovenbouw havo 4); one such cohort feeding several is
 *   split by their year-0 pupils. A cohort with no earlier year anywhere is an entry
 *   cohort: it grows by intakeGrowth as year 1 does (a line that starts at year 3).
 * - The final year of a line is its level's (projection-params.ts), else the highest year
 *   among the rows of that location and level, and never below the line's own highest year.
 *   Pupils who move up into a year without rows are not counted; the output says so.
 * - The year is the first whole number 1..12 in the year cell ("3", "leerjaar 3", "3e").
 *   Rows without a year, or without a valid students cell, keep their year-0 pupils and
 *   groups in every year (held constant, with a note).
 */

import type { DemandRow, DemandTable, Issue } from './types';
import { matchKey } from './analysis';
import { cellAddress } from './address';
import { finalYearOf, type ProjectionParams } from './projection-params';
import { p1Intake, p1MoveUp, p2Groups, p2RowPupils } from './projection-formulas';

export interface DemandPlan {
  /** The demand tables of year y (y ≥ 1) with projected pupils and groups. */
  tablesFor(y: number): DemandTable[];
  notes: Issue[];
}

interface Cohort {
  line: string;
  stream: string;
  k: number;
  s0: number;
  rows: number;
  /** S(y) for y = 0..years. */
  S: number[];
  sources: { from: Cohort; weight: number }[];
  targets: Cohort[];
  entry: boolean;
  name: string;
}

/** The year number of a year cell: the first whole number 1..12 in it, else null. */
export function yearNumber(text: string | null): number | null {
  if (text === null) return null;
  const m = /\d+/.exec(text);
  if (!m) return null;
  const n = Number(m[0]);
  return n >= 1 && n <= 12 ? n : null;
}

export function note(table: { sheet: string; headerRow: number } | null, nl: string, en: string): Issue {
  if (!table) return { cell: '', sheet: '', row: 0, col: 0, message: nl, messageEn: en };
  return { cell: cellAddress(table.sheet, table.headerRow, 0), sheet: table.sheet, row: table.headerRow, col: 0, message: nl, messageEn: en };
}

function lineName(r: DemandRow): string {
  return [r.location, r.department, r.level].filter((x) => x !== null && x !== '').join(' ') || '(lesvraag)';
}

function planTable(t: DemandTable, params: ProjectionParams, notes: Issue[]): (y: number) => DemandTable {
  const hasSubject = t.columns.subject !== undefined;
  const cohorts = new Map<string, Cohort>();
  const rowCohort: (Cohort | null)[] = [];
  // A class column (domain.md: rows per class such as 2A, 2B), when the reader gives one.
  const hasClass = (t.columns as Record<string, number | undefined>).class !== undefined;
  const classes = new Map<Cohort, Map<string, number>>();
  let noYear = 0;
  let noStudents = 0;
  for (const r of t.rows) {
    const k = yearNumber(r.year);
    if (k === null || r.students === null) {
      if (k === null) noYear++;
      else noStudents++;
      rowCohort.push(null);
      continue;
    }
    const line = `${matchKey(r.location)}\u0001${matchKey(r.department)}\u0001${matchKey(r.level)}`;
    const key = `${line}\u0001${k}`;
    let c = cohorts.get(key);
    if (!c) {
      c = {
        line, stream: `${matchKey(r.location)}\u0001${matchKey(r.level)}`, k, s0: 0, rows: 0, S: [], sources: [], targets: [],
        entry: false, name: lineName(r),
      };
      cohorts.set(key, c);
    }
    if (hasClass && hasSubject) {
      // Rows per class and subject: the cohort is the sum of its classes' largest rows.
      const name = matchKey((r as { class?: string | null }).class ?? null);
      const perClass = (classes.get(c) ?? classes.set(c, new Map()).get(c))!;
      const before = perClass.get(name) ?? 0;
      if (r.students > before) {
        perClass.set(name, r.students);
        c.s0 += r.students - before;
      }
    } else c.s0 = hasSubject ? Math.max(c.s0, r.students) : c.s0 + r.students;
    c.rows++;
    rowCohort.push(c);
  }
  if (noYear > 0) {
    notes.push(note(t,
      `${t.sheet}: ${noYear} regel(s) zonder leerjaar: hun leerlingen en lessen blijven in de prognose gelijk.`,
      `${t.sheet}: ${noYear} row(s) without a year: their pupils and lessons are held constant in the projection.`));
  }
  if (noStudents > 0) {
    notes.push(note(t,
      `${t.sheet}: ${noStudents} regel(s) zonder geldig aantal leerlingen: hun lessen blijven in de prognose gelijk.`,
      `${t.sheet}: ${noStudents} row(s) without a valid number of students: their lessons are held constant in the projection.`));
  }

  // Final year per line; years present per line and per stream.
  const lineYears = new Map<string, Set<number>>();
  const streamHighest = new Map<string, number>();
  const levelText = new Map<string, string | null>();
  t.rows.forEach((r, i) => {
    const c = rowCohort[i];
    if (!c) return;
    if (!lineYears.has(c.line)) lineYears.set(c.line, new Set());
    lineYears.get(c.line)!.add(c.k);
    streamHighest.set(c.stream, Math.max(streamHighest.get(c.stream) ?? 0, c.k));
    if (!levelText.has(c.line)) levelText.set(c.line, r.level);
  });
  const finalOf = (c: Cohort): number => {
    const own = Math.max(...lineYears.get(c.line)!);
    const level = finalYearOf(levelText.get(c.line) ?? null, params.finalYear);
    return Math.max(own, level ?? streamHighest.get(c.stream)!);
  };

  // Sources (P1 moving up) and entry cohorts.
  const all = [...cohorts.values()];
  for (const c of all) {
    const prev = cohorts.get(`${c.line}\u0001${c.k - 1}`);
    if (prev) {
      c.sources.push({ from: prev, weight: 1 });
      prev.targets.push(c);
      continue;
    }
    const from = all.filter((o) => o.stream === c.stream && o.line !== c.line && o.k === c.k - 1
      && !lineYears.get(o.line)!.has(c.k) && o.k < finalOf(o));
    for (const o of from) {
      c.sources.push({ from: o, weight: 1 });
      o.targets.push(c);
    }
    if (from.length === 0) {
      c.entry = true;
      if (c.k > 1) {
        notes.push(note(t,
          `${c.name} leerjaar ${c.k} heeft geen vorig leerjaar in de tabel: gerekend als instroom (groei instroom).`,
          `${c.name} year ${c.k} has no previous year in the table: treated as intake (intake growth).`));
      }
    }
  }
  // One cohort feeding several: split by their year-0 pupils.
  for (const c of all) {
    for (const s of c.sources) {
      const targets = s.from.targets;
      if (targets.length <= 1) continue;
      const sum = targets.reduce((a, x) => a + x.s0, 0);
      s.weight = sum > 0 ? c.s0 / sum : 1 / targets.length;
    }
  }
  for (const c of all) {
    if (c.targets.length === 0 && c.k < finalOf(c)) {
      notes.push(note(t,
        `${c.name} leerjaar ${c.k}: leerlingen stromen door naar leerjaar ${c.k + 1}, maar daarvoor staan geen regels in de tabel; zij tellen vanaf jaar 1 niet mee.`,
        `${c.name} year ${c.k}: pupils move up to year ${c.k + 1}, which has no rows in the table; they are not counted from year 1 on.`));
    }
  }

  // P1 per year.
  for (const c of all) c.S = [c.s0];
  for (let y = 1; y <= params.years; y++) {
    for (const c of all) {
      if (c.entry) c.S[y] = p1Intake(c.s0, params.intakeGrowth, y);
      else c.S[y] = c.sources.reduce((sum, s) => sum + p1MoveUp(s.from.S[y - 1] * s.weight, params.transition), 0);
    }
  }

  // P2 per row.
  return (y: number): DemandTable => {
    const rows = t.rows.map((r, i) => {
      const c = rowCohort[i];
      if (!c || r.students === null) return r;
      const pupils = c.s0 === 0 ? c.S[y] * (hasSubject ? 1 : 1 / c.rows) : p2RowPupils(c.S[y], r.students, c.s0);
      const g = p2Groups(pupils, r.maxGroupSize, r.students, r.groups);
      return { ...r, students: pupils, groups: Number.isFinite(g) ? g : null };
    });
    return { ...t, rows, issues: [] };
  };
}

/** P1 and P2 over every demand table. */
export function planDemand(tables: DemandTable[], params: ProjectionParams): DemandPlan {
  const notes: Issue[] = [];
  const plans = tables.map((t) => {
    if (t.columns.year === undefined) {
      notes.push(note(t,
        `${t.sheet}: geen kolom leerjaar: leerlingen en lessen blijven in de prognose gelijk.`,
        `${t.sheet}: no year column: pupils and lessons are held constant in the projection.`));
      return () => t;
    }
    return planTable(t, params, notes);
  });
  return { tablesFor: (y) => plans.map((p) => p(y)), notes };
}
