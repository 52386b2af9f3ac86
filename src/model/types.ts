/**
 * Types shared by the engine (src/model), the reader (src/sheet) and every face of the
 * product (functions, task pane, CLI). The reader turns values[][] into these typed
 * tables; the engine only ever sees these types.
 *
 * Conventions
 * - A number field is `null` when the cell was blank OR invalid. Invalid cells always come
 *   with an Issue from the reader (with the exact cell address); blank optional cells do not.
 * - Text fields are trimmed; `null` when blank.
 * - `row` numbers are 1-based sheet rows, `col` 0-based sheet columns (A = 0).
 */

/** One problem the reader or the engine found, with the cell it is about. */
export interface Issue {
  /** Full Excel address, quoted as Excel does: `Lesvraag!E17`, `'Lesvraag 26-27'!G28`. */
  cell: string;
  /** Plain language (Dutch) message for the controller; says what was found and what was done. */
  message: string;
  /** Sheet name (unquoted). */
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based sheet column (A = 0). */
  col: number;
  /** English message for the English UI. */
  messageEn?: string;
}

export type TableKind = 'demand' | 'staff' | 'summary';

/** Every field a column can map to (domain.md, "Formation sheets as they come"). */
export type Field =
  | 'location'
  | 'department'
  | 'level'
  | 'year'
  | 'class'
  | 'subject'
  | 'students'
  | 'groups'
  | 'maxGroupSize'
  | 'lessonsPerWeek'
  | 'lessonMinutes'
  | 'employee'
  | 'role'
  | 'scale'
  | 'fte'
  | 'teacherFte'
  | 'assistantFte'
  | 'supportFte'
  | 'cost'
  | 'period'
  | 'birthDate'
  | 'age';

export const FIELDS: readonly Field[] = [
  'location', 'department', 'level', 'year', 'class', 'subject', 'students', 'groups', 'maxGroupSize',
  'lessonsPerWeek', 'lessonMinutes', 'employee', 'role', 'scale', 'fte', 'teacherFte',
  'assistantFte', 'supportFte', 'cost', 'period', 'birthDate', 'age',
];

export type Category = 'teacher' | 'assistant' | 'management' | 'support';

/** Where a typed row came from. */
export interface RowRef {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

/** One row of a demand table: a cohort (× subject) with its lessons. */
export interface DemandRow {
  ref: RowRef;
  location: string | null;
  department: string | null;
  level: string | null;
  year: string | null;
  /**
   * Class name (klas, stamgroep: "2B"); absent or null without a class column. With a class
   * column a cohort's students are the sum over its distinct class names (domain.md F1).
   */
  class?: string | null;
  subject: string | null;
  students: number | null;
  /** Explicit groups cell; null = no column or blank (then F1 applies). */
  groups: number | null;
  maxGroupSize: number | null;
  lessonsPerWeek: number | null;
  /** Row override of the lessonMinutes norm. */
  lessonMinutes: number | null;
}

/** One row of a staff table: a person (per period in payroll exports). */
export interface StaffRow {
  ref: RowRef;
  location: string | null;
  department: string | null;
  subject: string | null;
  employee: string | null;
  /** From the role text, else from the scale (see StaffTable.categorySource); null when unknown. */
  category: Category | null;
  fte: number | null;
  cost: number | null;
  period: string | null;
  /**
   * Date of birth as YYYY-MM-DD (projection.md, P3); a year alone is read as 1 July of that
   * year. Absent or null when the table has no such column or the cell is blank.
   */
  birthDate?: string | null;
  /** Age in whole or fractional years at the start of year 0 (1 August); absent or null when unknown. */
  age?: number | null;
}

/** One row of a summary table: per location, students and FTE by category. */
export interface SummaryRow {
  ref: RowRef;
  location: string | null;
  students: number | null;
  teacherFte: number | null;
  assistantFte: number | null;
  supportFte: number | null;
  cost: number | null;
}

interface TableBase {
  sheet: string;
  /** Range of the table including its header row, without sheet name: `A4:H61`. */
  range: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** Field → 0-based sheet column, as detected or mapped by hand. */
  columns: Partial<Record<Field, number>>;
  /** Header texts of the table, by 0-based sheet column (sparse: only the table's columns). */
  headers: Record<number, string>;
  /** Issues found while reading: bad cells, ignored duplicate columns, totals rows skipped. */
  issues: Issue[];
}

export interface DemandTable extends TableBase {
  kind: 'demand';
  rows: DemandRow[];
}

export interface StaffTable extends TableBase {
  kind: 'staff';
  rows: StaffRow[];
  /**
   * 'role' when a role column exists; 'scale' when the category comes from the salary scale
   * (LB/LC/LD/LE → teacher, other → support; assistant and management FTE are then unknown).
   */
  categorySource: 'role' | 'scale' | 'none';
}

export interface SummaryTable extends TableBase {
  kind: 'summary';
  rows: SummaryRow[];
}

export type FormationTable = DemandTable | StaffTable | SummaryTable;
