/**
 * The scenario figures F6-F15 of one validated scenario over the analysed tables (cli.md),
 * and the current-situation column they are compared with.
 *
 * Readings of the contract taken here (named so it can be settled):
 * - In F6 and F8, "the baseline need" is the need of the current lessons under the
 *   scenario's own norms (before plazas or productivity gains).
 * - Scenario cost (F14) = teacher need × teacher cost per FTE + (assistant FTE available +
 *   assistant FTE needed) × assistant cost per FTE; a term whose FTE is 0 needs no cost per
 *   FTE. costDelta = cost − the current-situation column's cost (analysis norms, workbook
 *   prices, no new assistants), so the rows agree as printed, also when the scenario sets
 *   its own cost per FTE (comparison.ts then says how much is a price change). Only when
 *   that column's cost is null does costDelta compare with the current formation priced at
 *   the scenario's cost per FTE; when the available assistant FTE is unknown there, cost is
 *   null but costDelta is still given (the unknown term cancels).
 * - F10 pools rows with the same cohort key, subject, lessons per week and lesson length
 *   (class-level rows form one plaza population); without a subject column each row is
 *   its own pool.
 */

import type { DemandTable } from './types';
import { mergeNorms, type Norms } from './norms';
import {
  f3TeacherFteFromLessonMinutes,
  f5Productivity,
  f6TransferredHours,
  f7NetHoursFreed,
  f8HoursFreedPerFtePerWeek,
  f9AssistantFteForTasks,
  f10Plaza,
  f11Factor,
  f12ExtraLessonFte,
  f13AssistantsByRatio,
  f15ShortageAfter,
  type PlazaLayout,
} from './formulas';
import type { Analysis, Scenario, ScenarioResult } from './api';
import { matchKey, rowGroups } from './analysis';
import { CURRENT_SITUATION } from './vocabulary';
import { guardFigures } from './scenario-guard';
import type { ScenarioKey } from './labels';

// ---------------------------------------------------------------------------------------
// Scenario figures
// ---------------------------------------------------------------------------------------

/** Demand rows prepared once per analysis for scenario runs (F10 pools). */
interface Prepared {
  /** Rows that give lessons but cannot take part in a plaza (no valid students): kept at baseline. */
  keptLessonsNorm: number;
  keptLessonMinutesOwn: number;
  keptLessonsOwn: number;
  pools: Pool[];
  /** F5 numerator over rows with students and lessons. */
  studentLessons: number;
}

interface Pool {
  students: number;
  groups: number;
  lessonsPerWeek: number;
  /** The rows' own lesson length, or null for the norm's. */
  minutes: number | null;
}

const prepared = new WeakMap<Analysis, Prepared>();

function prepare(analysis: Analysis): Prepared {
  let p = prepared.get(analysis);
  if (p) return p;
  p = { keptLessonsNorm: 0, keptLessonMinutesOwn: 0, keptLessonsOwn: 0, pools: [], studentLessons: 0 };
  for (const t of analysis.source) {
    if (t.kind !== 'demand') continue;
    preparePools(t, p);
  }
  prepared.set(analysis, p);
  return p;
}

type PoolTree = Map<string | number, PoolTree | Pool>;

function branch(tree: PoolTree, key: string | number): PoolTree {
  let next = tree.get(key) as PoolTree | undefined;
  if (next === undefined) {
    next = new Map();
    tree.set(key, next);
  }
  return next;
}

function preparePools(t: DemandTable, p: Prepared): void {
  const hasSubject = t.columns.subject !== undefined;
  // Pool key (cohort, subject, lessons per week, lesson length) as a tree of Maps on the
  // folded names: no key string is built per row.
  const pools: PoolTree = new Map();
  for (const r of t.rows) {
    const groups = rowGroups(r.groups, r.students, r.maxGroupSize);
    const L = r.lessonsPerWeek;
    if (groups === null || L === null) continue;
    if (r.students === null) {
      // Cannot take part in a plaza: keeps its baseline lessons (the reader reported the cell).
      if (r.lessonMinutes === null) p.keptLessonsNorm += groups * L;
      else {
        p.keptLessonsOwn += groups * L;
        p.keptLessonMinutesOwn += groups * L * r.lessonMinutes;
      }
      continue;
    }
    p.studentLessons += r.students * L;
    if (!hasSubject) {
      p.pools.push({ students: r.students, groups, lessonsPerWeek: L, minutes: r.lessonMinutes });
      continue;
    }
    const leaf = branch(branch(branch(branch(branch(branch(pools, matchKey(r.location)), matchKey(r.department)), matchKey(r.level)), matchKey(r.year)), matchKey(r.subject)), L);
    const minutes = r.lessonMinutes ?? -1;
    const pool = leaf.get(minutes) as Pool | undefined;
    if (pool) {
      pool.students += r.students;
      pool.groups += groups;
    } else {
      const np = { students: r.students, groups, lessonsPerWeek: L, minutes: r.lessonMinutes };
      leaf.set(minutes, np);
      p.pools.push(np);
    }
  }
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** Teacher FTE of the current lessons under norms `n` (baseline need). */
function baselineNeed(prep: Prepared, n: Norms): number {
  let norm = prep.keptLessonsNorm;
  let own = prep.keptLessonMinutesOwn;
  for (const pool of prep.pools) {
    const lessons = pool.groups * pool.lessonsPerWeek;
    if (pool.minutes === null) norm += lessons;
    else own += lessons * pool.minutes;
  }
  return f3TeacherFteFromLessonMinutes(norm * n.lessonMinutes + own, n); // F3
}

interface PlazaOutcome {
  teacherFte: number;
  assistantFte: number;
  /** Σ teacher lessons' over the rows with students (F5 denominator). */
  prodLessons: number;
}

/** F10 over all pools, rows without students kept at baseline. */
function plazaOutcome(prep: Prepared, plaza: PlazaLayout, n: Norms): PlazaOutcome {
  let normLessons = prep.keptLessonsNorm;
  let ownMinutes = prep.keptLessonMinutesOwn;
  let prodLessons = 0;
  let contactHours = 0;
  for (const pool of prep.pools) {
    const minutes = pool.minutes ?? n.lessonMinutes;
    // F10 per pool (formulas.ts); the assistant FTE is taken once over the summed contact hours.
    const f10 = f10Plaza(pool.students, pool.groups, pool.lessonsPerWeek, plaza, minutes, n.teachingWeeks, n.assistantHours);
    const lessons = f10.teacherLessonsPerWeek;
    contactHours += f10.assistantContactHoursPerWeek;
    prodLessons += lessons;
    if (pool.minutes === null) normLessons += lessons;
    else ownMinutes += lessons * pool.minutes;
  }
  return {
    teacherFte: f3TeacherFteFromLessonMinutes(normLessons * n.lessonMinutes + ownMinutes, n), // F3 of F10's lessons
    assistantFte: (contactHours * n.teachingWeeks) / n.assistantHours, // F10 assistantFteForPlazas
    prodLessons,
  };
}

function hasDemand(analysis: Analysis): boolean {
  return analysis.totals.teacherFteNeeded !== null;
}

/** One F14 term, FTE × cost per FTE; a term whose FTE is 0 needs no cost per FTE. */
function term(fte: number | null, perFte: number | null): number | null {
  if (fte === null) return null;
  if (fte === 0) return 0;
  return perFte === null ? null : fte * perFte;
}

function plus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

function minus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** The figures of one scenario, without solving. */
export function evaluateScenario(analysis: Analysis, scenario: Scenario): ScenarioResult {
  const n = mergeNorms(analysis.norms, scenario.norms);
  const totals = analysis.totals;
  const prep = prepare(analysis);
  const demand = hasDemand(analysis);
  // Each figure before finite() (scenario-guard.ts names the input when one explodes).
  const raw: Partial<Record<ScenarioKey, number>> = {};
  const fin = (key: ScenarioKey, v: number): number | null => ((raw[key] = v), finite(v));

  // Teacher need after restructuring (F10 or F11) and productivity after (F5).
  let need0: number | null = null;
  let need: number | null = null;
  let assistantFteForPlazas: number | null = 0;
  let productivity: number | null = totals.studentsPerTeacherContactHour;
  if (demand) {
    need0 = baselineNeed(prep, n);
    need = need0;
    if (scenario.plaza) {
      const o = plazaOutcome(prep, scenario.plaza, n);
      need = o.teacherFte;
      assistantFteForPlazas = fin('assistantFteForPlazas', o.assistantFte);
      productivity = o.prodLessons > 0 ? fin('studentsPerTeacherContactHour', f5Productivity(prep.studentLessons, o.prodLessons)) : null;
    } else if (scenario.productivityGain) {
      const factor = f11Factor(scenario.productivityGain.gain, scenario.productivityGain.share);
      need = need0 * factor; // F11
      productivity = productivity === null ? null : productivity / factor;
    }
  } else {
    assistantFteForPlazas = scenario.plaza ? null : 0;
    productivity = null;
  }

  // Task transfer (F6-F9, F12); teacherFte is the available FTE, else the baseline need.
  const teacherFte = totals.teacherFteAvailable ?? need0;
  let transferredHours: number | null = null;
  let netHoursFreed: number | null = null;
  let perWeek: number | null = null;
  let forTasks: number | null = null;
  let extra: number | null = null;
  if (teacherFte !== null) {
    transferredHours = f6TransferredHours(teacherFte, scenario.tasks); // F6
    netHoursFreed = f7NetHoursFreed(transferredHours, n.coordinationShare); // F7
    perWeek = teacherFte === 0 ? (netHoursFreed === 0 ? 0 : null) : fin('hoursFreedPerTeacherFtePerWeek', f8HoursFreedPerFtePerWeek(netHoursFreed, teacherFte, n.teachingWeeks)); // F8
    forTasks = fin('assistantFteForTasks', f9AssistantFteForTasks(transferredHours, n.assistantHours)); // F9
    extra = fin('extraLessonFte', f12ExtraLessonFte(netHoursFreed, n.reinvestShare, n.surcharge, n.maxTeachingHours)); // F12
  }
  const assistantFteNeeded = plus(forTasks, assistantFteForPlazas);
  const byRatio =
    scenario.studentsPerAssistant !== null && totals.students !== null
      ? fin('assistantFteByRatio', f13AssistantsByRatio(totals.students, scenario.studentsPerAssistant)) // F13
      : null;
  const shortageAfter =
    need !== null && totals.teacherFteAvailable !== null && extra !== null
      ? f15ShortageAfter(need, totals.teacherFteAvailable, extra) // F15
      : null;

  // Cost (F14) and the difference with the current-situation column (cli.md): the rows agree
  // as printed. Only when that column has no cost is the scenario compared with the current
  // formation priced at the scenario's own cost per FTE (comparison.ts says so in the note).
  const tc = scenario.costPerFte.teacher ?? analysis.costPerFte.teacher;
  const ac = scenario.costPerFte.assistant ?? analysis.costPerFte.assistant;
  const assistantsAfter = plus(totals.assistantFte, assistantFteNeeded);
  const cost = plus(term(need, tc), term(assistantsAfter, ac));
  const currentCost = currentSituationCost(analysis);
  let costDelta: number | null;
  if (currentCost !== null) costDelta = minus(cost, currentCost);
  else {
    costDelta = minus(cost, plus(term(totals.teacherFteNeeded, tc), term(totals.assistantFte, ac)));
    if (costDelta === null && need !== null && totals.teacherFteNeeded !== null) {
      // Available assistant FTE unknown: it cancels in the difference.
      costDelta = plus(term(need - totals.teacherFteNeeded, tc), term(assistantFteNeeded, ac));
    }
  }

  return guardFigures({
    name: scenario.name,
    teacherFteNeeded: need,
    assistantFteForTasks: forTasks,
    assistantFteForPlazas,
    assistantFteNeeded,
    assistantFteByRatio: byRatio,
    transferredHours,
    netHoursFreed,
    hoursFreedPerTeacherFtePerWeek: perWeek,
    extraLessonFte: extra,
    shortageAfterFte: shortageAfter,
    studentsPerTeacherContactHour: productivity,
    cost,
    costDelta,
  }, raw, scenario, n);
}

/**
 * F14 of the current-situation column: the needed teacher FTE and the assistants employed,
 * priced at the workbook's own cost per FTE; null when the workbook lacks a price or an FTE.
 */
export function currentSituationCost(analysis: Analysis): number | null {
  const t = analysis.totals;
  return plus(term(t.teacherFteNeeded, analysis.costPerFte.teacher), term(t.assistantFte, analysis.costPerFte.assistant));
}

/** The current-situation column: analysis norms, no new assistants, nothing transferred. */
export function currentSituation(analysis: Analysis, name: string = CURRENT_SITUATION.nl): ScenarioResult {
  const t = analysis.totals;
  const cost = currentSituationCost(analysis);
  return {
    name,
    teacherFteNeeded: t.teacherFteNeeded,
    assistantFteForTasks: 0,
    assistantFteForPlazas: 0,
    assistantFteNeeded: 0,
    assistantFteByRatio: null,
    transferredHours: 0,
    netHoursFreed: 0,
    hoursFreedPerTeacherFtePerWeek: 0,
    extraLessonFte: 0,
    shortageAfterFte: t.shortageFte,
    studentsPerTeacherContactHour: t.studentsPerTeacherContactHour,
    cost,
    costDelta: cost === null ? null : 0,
  };
}

