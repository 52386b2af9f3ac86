/**
 * The multi-year projection (projection.md): pupils, teacher need, teacher availability and
 * the shortage per school year 0..years, per subject, and every scenario applied to every
 * year. One function for every face (CLI, PROGNOSE, the pane's "Meerjarig" view):
 * `project(tables, params, scenarios)` → years[].
 *
 * Year 0 is the workbook's own analysis, unchanged. Year y ≥ 1 is the analysis of the
 * projected demand tables (P1, P2: projection-demand.ts) with the projected availability
 * A(y) (P3) and the assistants O(y); scenarios run on that year's analysis with their own
 * parameters, costs in today's prices (the year-0 cost per FTE).
 *
 * Readings of projection.md taken here:
 * - No staff table (availability unknown in year 0): availability, retiringFte and the
 *   shortage are null in every year. Availability from a summary table projects as well
 *   (R = 0, said in the issues).
 * - Assistant FTE unknown while assistantToTeacher is set: O(y) is null, and A(y) is null
 *   from the first year in which trained assistants would join.
 * - Per subject: A_s(y) = (A_s(y−1) − R_s(y)) × (1 − attrition); hires and trained
 *   assistants join no subject. The subjects are those of year 0.
 * - With a scenario, the year's `scenarios` start with the current situation (as analyse).
 */

import type { DemandTable, FormationTable, Issue } from './types';
import type { Analysis, Scenario, ScenarioResult, Totals } from './api';
import { analyse, matchKey, UNKNOWN_LOCATION } from './analysis';
import { currentSituation, runScenario } from './scenario';
import type { Norms } from './norms';
import { f4Ratio } from './formulas';
import { schoolYearLabel, schoolYearStart, type ProjectionParams } from './projection-params';
import { planDemand } from './projection-demand';
import { planRetirement } from './projection-staff';
import { p3Available, p3Trainees, p4Shortage } from './projection-formulas';

/** Figures of one year (projection.md, "Faces"); null where the workbook lacks the data. */
export const YEAR_KEYS = ['students', 'groups', 'teacherFteNeeded', 'teacherFteAvailable', 'retiringFte', 'shortageFte', 'assistantFte'] as const;
export type YearKey = (typeof YEAR_KEYS)[number];

export const YEAR_LABELS: Record<YearKey | 'label', { nl: string; en: string }> = {
  label: { nl: 'Schooljaar', en: 'School year' },
  students: { nl: 'Leerlingen', en: 'Students' },
  groups: { nl: 'Lesgroepen', en: 'Teaching groups' },
  teacherFteNeeded: { nl: 'FTE leraren nodig', en: 'Teacher FTE needed' },
  teacherFteAvailable: { nl: 'FTE leraren beschikbaar', en: 'Teacher FTE available' },
  retiringFte: { nl: 'FTE met pensioen', en: 'Retiring FTE' },
  shortageFte: { nl: 'Tekort leraren (FTE)', en: 'Teacher shortage (FTE)' },
  assistantFte: { nl: 'FTE onderwijsassistenten', en: 'Assistant FTE' },
};

export interface ProjectionSubject {
  subject: string;
  teacherFteNeeded: number | null;
  teacherFteAvailable: number | null;
  shortageFte: number | null;
}

export type ProjectionYear = Record<YearKey, number | null> & {
  label: string;
  bySubject: ProjectionSubject[];
  /** The current situation, then one result per scenario (every ScenarioKey). */
  scenarios: ScenarioResult[];
};

/** The parameters as used: defaults filled in, firstYear the label of year 0. */
export interface ProjectionEcho {
  years: number;
  intakeGrowth: number;
  transition: number;
  finalYear: Record<string, number>;
  attrition: number;
  retirementAge: number;
  hiring: number;
  assistantToTeacher: { share: number; years: number } | null;
  firstYear: string;
}

export interface Projection {
  parameters: ProjectionEcho;
  years: ProjectionYear[];
  /** Notes of the projection (and the year-0 analysis notes). */
  issues: Issue[];
  /** The year-0 analysis. */
  analysis: Analysis;
}

export interface ProjectOptions {
  /** A school year found in the workbook (sheet name or title row), such as "26-27". */
  workbookYear?: string | null;
  /** Start year of the school year running today (the face reads the clock; the model does not). */
  currentSchoolYear?: number | null;
  /** Name of the current-situation column ("Huidige situatie"). */
  currentName?: string;
  lang?: 'nl' | 'en';
  /** Norm overrides of the analysis. */
  norms?: Partial<Norms>;
  /** The year-0 analysis when the caller has it already. */
  analysis?: Analysis;
}

/** Start year of the school year that holds `date` (1 August starts it). */
export function schoolYearOfDate(date: Date): number {
  return date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

function ratio(n: number | null, d: number | null): number | null {
  if (n === null || d === null) return null;
  const v = f4Ratio(n, d);
  return Number.isFinite(v) ? v : null;
}

/** The analysis of year y: projected demand, projected availability, today's prices. */
function yearAnalysis(demand: DemandTable[], base: Analysis, available: number | null, assistants: number | null): Analysis {
  const a = analyse(demand, base.norms);
  const t = a.totals;
  const totals: Totals = {
    ...t,
    teacherFteAvailable: available,
    assistantFte: assistants,
    supportFte: base.totals.supportFte,
    managementFte: base.totals.managementFte,
    shortageFte: t.teacherFteNeeded !== null && available !== null ? p4Shortage(t.teacherFteNeeded, available) : null,
    studentsPerTeacherFte: ratio(t.students, available),
    studentsPerAssistantFte: ratio(t.students, assistants),
    teacherCost: null,
    assistantCost: null,
  };
  return { ...a, totals, notes: [], costPerFte: base.costPerFte };
}

function subjectKey(name: string): string {
  return name === UNKNOWN_LOCATION ? '' : matchKey(name);
}

/**
 * The projection of formation tables over params.years school years after year 0, with
 * every scenario applied to every year. Pure: the caller reads the clock and the workbook.
 */
export function project(
  tables: FormationTable[], params: ProjectionParams, scenarios: Scenario[], options: ProjectOptions = {},
): Projection {
  const lang = options.lang ?? 'nl';
  const analysis = options.analysis ?? analyse(tables, options.norms);
  const Y = params.years;
  const start0 = params.firstYear !== null ? schoolYearStart(params.firstYear)
    : options.workbookYear ? schoolYearStart(options.workbookYear) : null;
  const clockStart = start0 === null ? options.currentSchoolYear ?? null : null;
  const issues: Issue[] = [...analysis.notes];

  // P1, P2.
  const demandTables = tables.filter((t): t is DemandTable => t.kind === 'demand');
  const demand = planDemand(demandTables, params);
  issues.push(...demand.notes);

  // P3.
  const A0 = analysis.totals.teacherFteAvailable;
  const O0 = analysis.totals.assistantFte;
  const retire = planRetirement(tables, Y, params.retirementAge, start0 ?? clockStart, start0 === null);
  if (A0 !== null) issues.push(...retire.notes);
  const att = params.assistantToTeacher;
  const trainees = att && O0 !== null ? p3Trainees(O0, att.share, att.years, Y) : null;
  if (att && O0 === null && A0 !== null) {
    issues.push({
      cell: '', sheet: '', row: 0, col: 0,
      message: 'Doorgroei OA gevraagd, maar de werkmap heeft geen FTE onderwijsassistenten: de beschikbaarheid is onbekend zodra zij als leraar zouden meetellen.',
      messageEn: 'Assistant to teacher asked for, but the workbook holds no assistant FTE: availability is unknown from the year they would count as teachers.',
    });
  }
  const available: (number | null)[] = [A0];
  const assistants: (number | null)[] = [O0];
  for (let y = 1; y <= Y; y++) {
    const prev = available[y - 1];
    let trained: number | null = trainees ? trainees.trained[y] : 0;
    if (att && !trainees && y - att.years >= 1 && att.share > 0) trained = null;
    available.push(prev === null || trained === null ? null : p3Available(prev, retire.retiring[y], params.attrition, params.hiring, trained));
    assistants.push(O0 === null ? null : trainees ? trainees.assistants[y] : O0);
  }
  // Per subject (teachers with a subject; hires and trained assistants join none).
  const subjects = analysis.bySubject.map((s) => {
    const R = retire.bySubject.get(subjectKey(s.subject));
    const path: (number | null)[] = [s.teacherFteAvailable];
    for (let y = 1; y <= Y; y++) {
      const prev = path[y - 1];
      path.push(prev === null ? null : p3Available(prev, R ? R[y] : 0, params.attrition, 0, 0));
    }
    return { subject: s.subject, key: subjectKey(s.subject), path };
  });

  const years: ProjectionYear[] = [];
  const currentName = options.currentName ?? (lang === 'en' ? 'Current situation' : 'Huidige situatie');
  for (let y = 0; y <= Y; y++) {
    const a = y === 0 ? analysis : yearAnalysis(demand.tablesFor(y), analysis, available[y], assistants[y]);
    const t = a.totals;
    const need = t.teacherFteNeeded;
    const A = available[y];
    const needBySubject = new Map(a.bySubject.map((s) => [subjectKey(s.subject), s.teacherFteNeeded]));
    const demandHasSubject = demandTables.some((d) => d.columns.subject !== undefined);
    years.push({
      label: schoolYearLabel(start0, y, lang),
      students: t.students,
      groups: t.groups,
      teacherFteNeeded: need,
      teacherFteAvailable: A,
      retiringFte: A0 === null ? null : retire.retiring[y],
      shortageFte: need !== null && A !== null ? p4Shortage(need, A) : null,
      assistantFte: assistants[y],
      bySubject: subjects.map((s) => {
        const n = needBySubject.get(s.key);
        const sn = n !== undefined ? n : demandHasSubject ? 0 : null;
        const sa = s.path[y];
        return { subject: s.subject, teacherFteNeeded: sn, teacherFteAvailable: sa, shortageFte: sn !== null && sa !== null ? p4Shortage(sn, sa) : null };
      }),
      scenarios: [{ ...currentSituation(a), name: currentName }, ...scenarios.map((s) => runScenario(a, s))],
    });
  }

  const parameters: ProjectionEcho = {
    years: Y,
    intakeGrowth: params.intakeGrowth,
    transition: params.transition,
    finalYear: { ...params.finalYear },
    attrition: params.attrition,
    retirementAge: params.retirementAge,
    hiring: params.hiring,
    assistantToTeacher: att ? { ...att } : null,
    firstYear: years[0].label,
  };
  return { parameters, years, issues, analysis };
}
