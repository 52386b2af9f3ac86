/**
 * One school of `formatie bestuur`: read and analyse one workbook, as `analyse` does, and
 * return its analyse JSON plus the parts the board needs to recompute ratios from sums
 * (never an average of ratios). Runs in a worker thread (bestuur-worker.ts) or in-process.
 */

import { analyse, rowGroups } from '../model/analysis';
import { currentSituation, runScenario } from '../model/scenario';
import { CURRENT_SITUATION } from '../model/vocabulary';
import { mergeNorms } from '../model/norms';
import type { Analysis, Scenario, ScenarioResult, Totals } from '../model/api';
import type { Lang } from '../model/labels';
import { MSG, UsageError } from './args';
import { jsonOutput } from './json';
import { firstLine } from './run-analysis';
import { loadWorkbookFile } from './workbook-file';

/** What the board sums: totals, scenario results, and the denominators of the ratios. */
export interface BoardParts {
  totals: Totals;
  /** F5 numerator Σ students × lessonsPerWeek and denominator Σ teacher lessons, over the same rows. */
  studentLessons: number;
  prodLessons: number;
  scenarios: ScenarioResult[];
  /** Per scenario: F5 denominator (teacher lessons after the scenario), null when unknown. */
  contactDen: (number | null)[];
  /** Per scenario: F8 denominator (teacher FTE × teaching weeks), null when unknown. */
  freedDen: (number | null)[];
}

export type JobResult =
  | { file: string; ok: true; json: Record<string, unknown>; parts: BoardParts }
  | { file: string; ok: false; error: string };

function f5Parts(a: Analysis): { studentLessons: number; prodLessons: number } {
  let studentLessons = 0;
  let prodLessons = 0;
  for (const t of a.source) {
    if (t.kind !== 'demand') continue;
    for (const r of t.rows) {
      const g = rowGroups(r.groups, r.students, r.maxGroupSize);
      if (g === null || r.lessonsPerWeek === null || r.students === null) continue;
      studentLessons += r.students * r.lessonsPerWeek;
      prodLessons += g * r.lessonsPerWeek;
    }
  }
  return { studentLessons, prodLessons };
}

/** Reads and analyses one workbook; a file that cannot be read gives its one-line reason. */
export async function analyseFileJob(file: string, scenarios: Scenario[], lang: Lang, display = file): Promise<JobResult> {
  try {
    const wb = await loadWorkbookFile(file, undefined, lang);
    const analysis = analyse(wb.read.tables);
    const all = [currentSituation(analysis, CURRENT_SITUATION[lang]), ...scenarios.map((s) => runScenario(analysis, s))];
    const json = jsonOutput(display, analysis, all, wb.read.issues);
    const { studentLessons, prodLessons } = f5Parts(analysis);
    const t = analysis.totals;
    const contactDen = all.map((r) => {
      const v = r.studentsPerTeacherContactHour;
      return v !== null && v > 0 ? studentLessons / v : null;
    });
    const freedDen = all.map((r, i) => {
      const perWeek = r.hoursFreedPerTeacherFtePerWeek;
      if (perWeek !== null && perWeek !== 0 && r.netHoursFreed !== null) return r.netHoursFreed / perWeek;
      const fte = t.teacherFteAvailable ?? t.teacherFteNeeded;
      const weeks = mergeNorms(analysis.norms, i === 0 ? undefined : scenarios[i - 1].norms).teachingWeeks;
      return fte === null ? null : fte * weeks;
    });
    return { file: display, ok: true, json, parts: { totals: t, studentLessons, prodLessons, scenarios: all, contactDen, freedDen } };
  } catch (e) {
    const msg = e instanceof UsageError ? e.message : MSG[lang].internal(firstLine(e));
    return { file: display, ok: false, error: msg };
  }
}
