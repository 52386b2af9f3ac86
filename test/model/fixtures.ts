/** Small builders for typed tables, so engine tests state only what matters. */
import type { DemandRow, DemandTable, Field, StaffRow, StaffTable, SummaryRow, SummaryTable } from '../../src/model/types';

type Cols = Field[];

function columns(fields: Cols): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  fields.forEach((f, i) => (out[f] = i));
  return out;
}

export function demand(rows: Partial<DemandRow>[], fields: Cols = ['location', 'level', 'year', 'subject', 'students', 'maxGroupSize', 'lessonsPerWeek'], sheet = 'Lesvraag'): DemandTable {
  return {
    kind: 'demand',
    sheet,
    range: `A1:G${rows.length + 1}`,
    headerRow: 1,
    columns: columns(fields),
    headers: {},
    issues: [],
    rows: rows.map((r, i) => ({
      ref: { sheet, row: i + 2 },
      location: null, department: null, level: null, year: null, subject: null,
      students: null, groups: null, maxGroupSize: null, lessonsPerWeek: null, lessonMinutes: null,
      ...r,
    })),
  };
}

export function staff(rows: Partial<StaffRow>[], fields: Cols = ['location', 'subject', 'employee', 'role', 'fte', 'cost'], categorySource: StaffTable['categorySource'] = 'role', sheet = 'Personeel'): StaffTable {
  return {
    kind: 'staff',
    sheet,
    range: `A1:F${rows.length + 1}`,
    headerRow: 1,
    columns: columns(fields),
    headers: {},
    issues: [],
    categorySource,
    rows: rows.map((r, i) => ({
      ref: { sheet, row: i + 2 },
      location: null, department: null, subject: null, employee: null, category: null, fte: null, cost: null, period: null,
      ...r,
    })),
  };
}

export function summary(rows: Partial<SummaryRow>[], fields: Cols = ['location', 'students', 'teacherFte', 'assistantFte', 'supportFte'], sheet = 'Overzicht'): SummaryTable {
  return {
    kind: 'summary',
    sheet,
    range: `A1:E${rows.length + 1}`,
    headerRow: 1,
    columns: columns(fields),
    headers: {},
    issues: [],
    rows: rows.map((r, i) => ({
      ref: { sheet, row: i + 2 },
      location: null, students: null, teacherFte: null, assistantFte: null, supportFte: null, cost: null,
      ...r,
    })),
  };
}

/**
 * The hand-computed school used across engine tests.
 * Demand (subject column, so cohorts repeat per subject):
 *   r1 A/havo/1 NL: 56 lln, max 28 → 2 groups × 4 = 8 lessons
 *   r2 A/havo/1 EN: 56 lln → 2 groups × 3 = 6 lessons
 *   r3 A/havo/1 FA (elective): 20 lln → 1 group × 2 = 2 lessons
 *   r4 B/vwo/1 NL: 30 lln → 2 groups × 4 = 8 lessons
 *   Σ lessons 24; one lesson/week = 50/60 × 37.8 / 720 = 0.04375 FTE → need 1.05 FTE.
 *   Students once per cohort: 56 + 30 = 86. Groups per cohort: 2 + 2 = 4.
 *   F5 = (56×4 + 56×3 + 20×2 + 30×4) / 24 = 552 / 24 = 23.
 * Staff: teachers 0.5 (A, NL, €40k) + 0.3 (B, NL, €25k) + 0.2 (A, EN, €16k) = 1.0 FTE, €81k;
 *   assistant 1.0 (A, €45k); team leader 1.0 (A, €90k); caretaker 0.8 (B, €36k).
 */
export function school() {
  const d = demand([
    { location: 'A', level: 'havo', year: '1', subject: 'NL', students: 56, maxGroupSize: 28, lessonsPerWeek: 4 },
    { location: 'A', level: 'havo', year: '1', subject: 'EN', students: 56, maxGroupSize: 28, lessonsPerWeek: 3 },
    { location: 'A', level: 'havo', year: '1', subject: 'FA', students: 20, maxGroupSize: 28, lessonsPerWeek: 2 },
    { location: 'B', level: 'vwo', year: '1', subject: 'NL', students: 30, maxGroupSize: 28, lessonsPerWeek: 4 },
  ]);
  const s = staff([
    { location: 'A', subject: 'NL', employee: 'Jan', category: 'teacher', fte: 0.5, cost: 40000 },
    { location: 'B', subject: 'NL', employee: 'Piet', category: 'teacher', fte: 0.3, cost: 25000 },
    { location: 'A', subject: 'EN', employee: 'Els', category: 'teacher', fte: 0.2, cost: 16000 },
    { location: 'A', employee: 'Ans', category: 'assistant', fte: 1.0, cost: 45000 },
    { location: 'A', employee: 'Kees', category: 'management', fte: 1.0, cost: 90000 },
    { location: 'B', employee: 'Mo', category: 'support', fte: 0.8, cost: 36000 },
  ]);
  return [d, s];
}

/** One lesson per week in FTE under the default norms: 50/60 × 37.8 / 720. */
export const FTE_PER_LESSON = 0.04375;

export function close(actual: number | null | undefined, expected: number, tol = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(actual).not.toBeUndefined();
  if (Math.abs((actual as number) - expected) > tol * Math.max(1, Math.abs(expected))) {
    throw new Error(`expected ${expected}, got ${actual}`);
  }
}
