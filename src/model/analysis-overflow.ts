/**
 * Sums that overflow (a cell such as 1e308): the figure is null (analysis.ts) and a note
 * names the cell (domain.md: a figure is right or flagged, never silently wrong).
 */

import type { FormationTable, Issue } from './types';
import type { Norms } from './norms';
import { cellAddress } from './address';
import { SUMMARY_FIELDS, rowGroups, type Bucket } from './analysis-accumulate';

export function overflowed(b: Bucket): boolean {
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
export function overflowNotes(tables: FormationTable[], norms: Norms): Issue[] {
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

