/**
 * Public types of the engine's analysis and scenarios (implemented in analysis.ts,
 * scenario.ts, solve.ts). Kept in one file so every face of the product codes against
 * the same shapes; the JSON of cli.md is exactly these objects.
 */

import type { FormationTable, Issue, TableKind } from './types';
import type { Norms, NormKey } from './norms';
import type { PlazaLayout } from './formulas';
import type { ScenarioKey, TotalKey } from './labels';

/** Totals of cli.md; null where the workbook holds no data for the figure (never 0). */
export type Totals = Record<TotalKey, number | null>;

export interface LocationTotals extends Totals {
  location: string;
}

export interface SubjectTotals {
  subject: string;
  teacherLessonsPerWeek: number | null;
  teacherFteNeeded: number | null;
  teacherFteAvailable: number | null;
  shortageFte: number | null;
}

export interface TableSummary {
  sheet: string;
  range: string;
  kind: TableKind;
  rows: number;
  issues: { cell: string; message: string }[];
}

export interface Analysis {
  norms: Norms;
  tables: TableSummary[];
  totals: Totals;
  byLocation: LocationTotals[];
  bySubject: SubjectTotals[];
  /** Engine notes: a detailed table and a summary that disagree, and the like. */
  notes: Issue[];
  /** Annual cost per FTE by category from staff rows with both cost and FTE; null when unknown. */
  costPerFte: { teacher: number | null; assistant: number | null };
  /** The tables analysed (scenarios re-run them); not part of cli.md's JSON. */
  source: FormationTable[];
}

/** The scenario file of cli.md, as given (every key optional). */
export interface ScenarioInput {
  name?: string;
  norms?: Partial<Record<NormKey, number>>;
  tasks?: { key: string; share?: number; hoursPerFte?: number }[];
  preset?: string;
  plaza?: Partial<PlazaLayout> | null;
  productivityGain?: { gain: number; share?: number } | null;
  studentsPerAssistant?: number | null;
  solve?: SolveSpec;
  costPerFte?: { teacher?: number; assistant?: number };
}

export interface ScenarioTask {
  key: string;
  /** Dutch name from the catalogue, or the key for a new task. */
  nl: string;
  en: string;
  hoursPerFte: number;
  share: number;
  /** True for catalogue hours not replaced by the user ("aanname"). */
  assumption: boolean;
}

/** A validated scenario: preset applied, explicit keys over it. */
export interface Scenario {
  name: string;
  preset: string | null;
  /** Only the norms this scenario overrides; the rest come from the analysis. */
  norms: Partial<Norms>;
  /** Full catalogue plus the scenario's own tasks; unmentioned tasks have share 0. */
  tasks: ScenarioTask[];
  plaza: PlazaLayout | null;
  productivityGain: { gain: number; share: number } | null;
  studentsPerAssistant: number | null;
  costPerFte: { teacher: number | null; assistant: number | null };
  solve: SolveSpec | null;
}

export interface ScenarioError {
  /** The key of the scenario file or parameter range at fault, such as `plaza.share`. */
  key: string;
  /** Dutch, starting with the key. */
  message: string;
  /** English, starting with the key (the engine always gives it; optional for hand-made errors). */
  messageEn?: string;
}

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export interface SolveSpec {
  /** A numeric scenario key: `plaza.share`, `task.administratie.share`, `productivityGain.gain`, `coordinationShare`… */
  parameter: string;
  /** A scenario result key (default shortageAfterFte). */
  metric: ScenarioKey;
  /** Target value (default 0). */
  value: number;
}

export type Solved =
  | { parameter: string; value: number; metricValue: number }
  | null;

export type ScenarioResult = Record<ScenarioKey, number | null> & {
  name: string;
  solved?: Solved;
  /** Why solve found no value (only when solved is null). */
  solveReason?: string;
  /** Figures left empty because they exploded, with the input that caused it (scenario-guard.ts). */
  notes?: { key: string; message: string; messageEn: string }[];
};
