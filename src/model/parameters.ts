/**
 * The scenario parameters, one entry per numeric key of cli.md's scenario file (and of
 * FORMATIE.SCENARIO's parameter rows, functions.md): how to read and write it on a
 * ScenarioInput (the file) and on a Scenario (validated), the range validation accepts, the
 * range `solve` searches (with why it is narrower), whole steps or not, unit, and the label a
 * user sees. Validation (scenario-validate.ts), the parameter rows (scenario-rows.ts), solve
 * (solve.ts), the workbook's rows (excel/parameters.ts) and the pane's form all read this.
 *
 * Paths: `plaza.share`, `plaza.size`, `plaza.teachers`, `plaza.assistants`,
 * `productivityGain.gain`, `productivityGain.share`, `studentsPerAssistant`,
 * `costPerFte.teacher`, `costPerFte.assistant`, every norm key (`coordinationShare`; the file
 * nests them under `norms`), and the patterns `task.<key>.share`, `task.<key>.hoursPerFte`.
 */

import type { Scenario, ScenarioInput } from './api';
import { NORM_DEFS, normKeyFrom, type NormKey, type Norms } from './norms';
import { taskDef } from './tasks';
import type { Lang, ScenarioKey } from './labels';

/** A closed range, the lower end open when `minExclusive`. */
export interface Range {
  min: number;
  max: number;
  minExclusive: boolean;
}

export interface ParameterDef {
  /** The canonical path; `task.*.share` / `task.*.hoursPerFte` for the task patterns. */
  path: string;
  /** What validation accepts (cli.md file, SCENARIO rows). */
  valid: Range;
  /** What solve scans, given the scenario's norms (some ends depend on them). */
  search(norms: Norms): [number, number];
  /** Why the search range is narrower than the valid one (empty when it is not). */
  searchWhy: string;
  /** Solve steps through whole numbers only (validation still accepts fractions: an average). */
  integer: boolean;
  unit: { nl: string; en: string };
  /** The figures this parameter can move (cli.md result keys); solve for anything else is futile. */
  affects: readonly ScenarioKey[];
  /** The scenario block the parameter lives in, when it must be there to be solved for. */
  needs?: 'plaza' | 'productivityGain';
}

/** One parameter resolved to a concrete path (a task key filled in). */
export interface Parameter extends ParameterDef {
  /** Concrete path, such as `task.administratie.share`. */
  key: string;
  /** The task key of a task parameter. */
  task?: string;
  label: { nl: string; en: string };
  getInput(i: ScenarioInput): number | undefined;
  /** A new input with the value set (blocks and the task entry created as needed). */
  setInput(i: ScenarioInput, v: number): ScenarioInput;
  get(s: Scenario): number | undefined;
  set(s: Scenario, v: number): Scenario;
}

const range = (min: number, max: number, minExclusive = false): Range => ({ min, max, minExclusive });
const fixed = (min: number, max: number) => (): [number, number] => [min, max];

// Figures grouped by what drives them (scenario-evaluate.ts).
const NEED: ScenarioKey[] = ['teacherFteNeeded', 'shortageAfterFte', 'studentsPerTeacherContactHour', 'cost', 'costDelta'];
const TRANSFER: ScenarioKey[] = ['transferredHours', 'netHoursFreed', 'hoursFreedPerTeacherFtePerWeek', 'assistantFteForTasks', 'assistantFteNeeded', 'extraLessonFte', 'shortageAfterFte', 'cost', 'costDelta'];
const PLAZA_FIGS: ScenarioKey[] = [...NEED, 'assistantFteForPlazas', 'assistantFteNeeded'];
const COST: ScenarioKey[] = ['cost', 'costDelta'];

type Block = 'plaza' | 'productivityGain' | 'costPerFte';

interface FixedDef extends ParameterDef {
  label: { nl: string; en: string };
  block?: Block;
  field?: string;
}

function def(d: Omit<FixedDef, 'searchWhy'> & { searchWhy?: string }): FixedDef {
  return { searchWhy: '', ...d };
}

/** Fixed paths in the order the workbook's parameter rows list them (excel/parameters.ts). */
const FIXED: readonly FixedDef[] = [
  def({ path: 'plaza.share', block: 'plaza', field: 'share', valid: range(0, 1), search: fixed(0, 1), integer: false,
    unit: { nl: 'deel van de lessen', en: 'share of lessons' }, affects: PLAZA_FIGS, needs: 'plaza',
    label: { nl: 'Leerplein: aandeel lessen', en: 'Plaza: share of lessons' } }),
  def({ path: 'plaza.size', block: 'plaza', field: 'size', valid: range(0, 10000, true), search: fixed(1, 500),
    searchWhy: 'a plaza holds at least one pupil; beyond 500 the ceiling of F10 no longer changes for real cohorts, and whole steps keep the scan short',
    integer: true, unit: { nl: 'leerlingen', en: 'pupils' }, affects: PLAZA_FIGS, needs: 'plaza',
    label: { nl: 'Leerplein: leerlingen', en: 'Plaza: pupils' } }),
  def({ path: 'plaza.teachers', block: 'plaza', field: 'teachers', valid: range(0, 100, true), search: fixed(1, 10),
    searchWhy: 'whole teachers per plaza; more than 10 on one plaza is no plaza any more',
    integer: true, unit: { nl: 'leraren per leerplein', en: 'teachers per plaza' }, affects: PLAZA_FIGS, needs: 'plaza',
    label: { nl: 'Leerplein: leraren', en: 'Plaza: teachers' } }),
  def({ path: 'plaza.assistants', block: 'plaza', field: 'assistants', valid: range(0, 100), search: fixed(0, 10),
    searchWhy: 'whole assistants per plaza; more than 10 on one plaza is no plaza any more',
    integer: true, unit: { nl: 'onderwijsassistenten per leerplein', en: 'assistants per plaza' }, affects: PLAZA_FIGS, needs: 'plaza',
    label: { nl: 'Leerplein: onderwijsassistenten', en: 'Plaza: assistants' } }),
  def({ path: 'productivityGain.gain', block: 'productivityGain', field: 'gain', valid: range(-1, 10, true), search: fixed(0, 3),
    searchWhy: 'a loss is never the answer to "what is needed"; a gain above 300% is not a school',
    integer: false, unit: { nl: 'fractie (0,23 = 23%)', en: 'fraction (0.23 = 23%)' }, affects: NEED, needs: 'productivityGain',
    label: { nl: 'Productiviteitswinst', en: 'Productivity gain' } }),
  def({ path: 'productivityGain.share', block: 'productivityGain', field: 'share', valid: range(0, 1), search: fixed(0, 1), integer: false,
    unit: { nl: 'deel van de lessen', en: 'share of lessons' }, affects: NEED, needs: 'productivityGain',
    label: { nl: 'Productiviteitswinst: aandeel lessen', en: 'Productivity gain: share of lessons' } }),
  def({ path: 'studentsPerAssistant', valid: range(0, 100000, true), search: fixed(1, 5000),
    searchWhy: 'at least one pupil per assistant; above 5000 no school has one assistant',
    integer: false, unit: { nl: 'leerlingen per FTE OA', en: 'pupils per assistant FTE' }, affects: ['assistantFteByRatio'],
    label: { nl: 'Leerlingen per FTE OA', en: 'Pupils per assistant FTE' } }),
  def({ path: 'costPerFte.teacher', block: 'costPerFte', field: 'teacher', valid: range(0, 10_000_000), search: fixed(0, 500_000),
    searchWhy: 'a scan over 10 million would step past every real salary cost (about 100,000 per FTE)',
    integer: false, unit: { nl: 'euro per FTE per jaar', en: 'euro per FTE per year' }, affects: COST,
    label: { nl: 'Kosten per FTE leraar', en: 'Cost per teacher FTE' } }),
  def({ path: 'costPerFte.assistant', block: 'costPerFte', field: 'assistant', valid: range(0, 10_000_000), search: fixed(0, 500_000),
    searchWhy: 'a scan over 10 million would step past every real salary cost (about 60,000 per FTE)',
    integer: false, unit: { nl: 'euro per FTE per jaar', en: 'euro per FTE per year' }, affects: COST,
    label: { nl: 'Kosten per FTE OA', en: 'Cost per assistant FTE' } }),
];

/** Search ranges of the norms (their valid ranges are open-ended), with why. */
const NORM_SEARCH: Record<NormKey, [number, number, string]> = {
  annualHours: [1, 3000, 'a year has fewer than 3000 working hours'],
  maxTeachingHours: [1, 1659, 'at most the whole annual hours (1659)'],
  lessonMinutes: [10, 120, 'real lessons last 10 to 120 minutes'],
  teachingWeeks: [1, 52, 'a year has 52 weeks'],
  surcharge: [0, 5, 'more than 5 hours per lesson hour is not a school'],
  assistantHours: [1, 3000, 'a year has fewer than 3000 working hours'],
  coordinationShare: [0, 1, ''],
  reinvestShare: [0, 1, ''],
};

/** The figures each norm can move (scenario-evaluate.ts: F3 need, F6-F12, F10 plaza FTE). */
const NEED_NORM: ScenarioKey[] = [...PLAZA_FIGS, ...TRANSFER];
const NORM_AFFECTS: Record<NormKey, readonly ScenarioKey[]> = {
  // Only the search range of task.*.hoursPerFte depends on it.
  annualHours: [],
  // F3 (need, and the teacher FTE tasks are taken from when none is available), F12.
  maxTeachingHours: uniq(NEED_NORM),
  lessonMinutes: uniq(NEED_NORM),
  teachingWeeks: uniq(NEED_NORM),
  surcharge: ['extraLessonFte', 'shortageAfterFte'],
  assistantHours: ['assistantFteForTasks', 'assistantFteForPlazas', 'assistantFteNeeded', 'cost', 'costDelta'],
  coordinationShare: ['netHoursFreed', 'hoursFreedPerTeacherFtePerWeek', 'extraLessonFte', 'shortageAfterFte'],
  reinvestShare: ['extraLessonFte', 'shortageAfterFte'],
};

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fixedParameter(d: FixedDef): Parameter {
  const { block, field } = d;
  if (!block || !field) {
    // studentsPerAssistant
    return {
      ...d, key: d.path,
      getInput: (i) => num(i.studentsPerAssistant),
      setInput: (i, v) => ({ ...i, studentsPerAssistant: v }),
      get: (s) => s.studentsPerAssistant ?? undefined,
      set: (s, v) => ({ ...s, studentsPerAssistant: v }),
    };
  }
  return {
    ...d, key: d.path,
    getInput: (i) => num((i[block] as Record<string, unknown> | null | undefined)?.[field]),
    setInput: (i, v) => ({ ...i, [block]: { ...((i[block] as object | null | undefined) ?? {}), [field]: v } }),
    get: (s) => num((s[block] as Record<string, unknown> | null)?.[field]),
    set: (s, v) => ({ ...s, [block]: { ...(s[block] as object), [field]: v } }),
  };
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function normParameter(key: NormKey): Parameter {
  const d = NORM_DEFS.find((x) => x.key === key)!;
  const [lo, hi, why] = NORM_SEARCH[key];
  return {
    path: key, key, integer: false, needs: undefined,
    valid: range(d.min, d.max, d.minExclusive),
    search: () => [lo, hi],
    searchWhy: why,
    unit: { nl: d.unitNl, en: d.unitEn },
    affects: NORM_AFFECTS[key],
    label: { nl: capital(d.nl), en: capital(d.en) },
    getInput: (i) => num(i.norms?.[key]),
    setInput: (i, v) => ({ ...i, norms: { ...(i.norms ?? {}), [key]: v } }),
    // The scenario's own norm; the analysis norm applies when undefined (solve passes it in).
    get: (s) => s.norms[key],
    set: (s, v) => ({ ...s, norms: { ...s.norms, [key]: v } }),
  };
}

const TASK_SHARE: ParameterDef = {
  path: 'task.*.share', valid: range(0, 1), search: () => [0, 1], searchWhy: '', integer: false,
  unit: { nl: 'deel van de taak', en: 'share of the task' }, affects: TRANSFER,
};
const TASK_HOURS: ParameterDef = {
  path: 'task.*.hoursPerFte', valid: range(0, 10000),
  search: (n) => [0, n.annualHours],
  searchWhy: 'a task cannot take more than the annual hours of one FTE',
  integer: false, unit: { nl: 'uur per FTE leraar per jaar', en: 'h per teacher FTE per year' }, affects: TRANSFER,
};

function taskParameter(task: string, field: 'share' | 'hoursPerFte'): Parameter {
  const d = field === 'share' ? TASK_SHARE : TASK_HOURS;
  const cat = taskDef(task);
  const name = { nl: cat?.nl ?? task, en: cat?.en ?? task };
  const label = field === 'share'
    ? { nl: `Aandeel ${name.nl}`, en: `Share of ${name.en}` }
    : { nl: `Uren per FTE ${name.nl}`, en: `Hours per FTE for ${name.en}` };
  return {
    ...d, key: `task.${task}.${field}`, task, label,
    getInput: (i) => num(i.tasks?.find((t) => t.key === task)?.[field]),
    setInput: (i, v) => {
      const tasks = (i.tasks ?? []).map((t) => ({ ...t }));
      const t = tasks.find((x) => x.key === task);
      if (t) t[field] = v;
      else tasks.push({ key: task, [field]: v });
      return { ...i, tasks };
    },
    get: (s) => s.tasks.find((t) => t.key === task)?.[field],
    set: (s, v) => ({ ...s, tasks: s.tasks.map((t) => (t.key === task ? { ...t, [field]: v } : t)) }),
  };
}

const FIXED_PARAMS: readonly Parameter[] = FIXED.map(fixedParameter);
const NORM_PARAMS: readonly Parameter[] = NORM_DEFS.map((d) => normParameter(d.key));

/** The fixed paths (plaza, productivity gain, ratio, cost) in row order. */
export const FIXED_PARAMETERS: readonly Parameter[] = FIXED_PARAMS;
/** The norm parameters in NORM_KEYS order. */
export const NORM_PARAMETERS: readonly Parameter[] = NORM_PARAMS;
/** The two task patterns. */
export const TASK_PARAMETER_DEFS: readonly ParameterDef[] = [TASK_SHARE, TASK_HOURS];

/**
 * The parameter a path names, or undefined. Exact paths (`plaza.share`,
 * `task.administratie.share`); a norm also by `norms.<key>` and by its Dutch or English
 * label ("Coördinatietijd"). With `foldCase` (SCENARIO's rows) the fixed paths and the task
 * pattern's last part match in any case; a task key is kept as written.
 */
export function parameter(path: string, foldCase = false): Parameter | undefined {
  const p = path.trim();
  const eq = (a: string, b: string) => (foldCase ? a.toLowerCase() === b.toLowerCase() : a === b);
  const f = FIXED_PARAMS.find((x) => eq(x.key, p));
  if (f) return f;
  // Task keys as written; in rows (foldCase) a key has no dot, as `task.<key>.share` splits.
  const m = (foldCase ? /^task\.([^.]+)\.([^.]+)$/i : /^task\.(.+)\.([^.]+)$/).exec(p);
  if (m) {
    if (eq(m[2], 'share')) return taskParameter(m[1], 'share');
    if (eq(m[2], 'hoursPerFte')) return taskParameter(m[1], 'hoursPerFte');
  }
  const parts = p.split('.');
  const normText = parts.length === 2 && eq(parts[0], 'norms') ? parts[1] : p;
  const nk = normKeyFrom(normText);
  return nk ? NORM_PARAMS.find((x) => x.key === nk) : undefined;
}

/** The canonical path of a parameter (`norms.x` and norm labels → the norm key); others as given. */
export function canonicalParameter(p: string): string {
  return parameter(p)?.key ?? p.trim();
}

/** The label a user sees for a parameter path (no raw keys): "Coördinatietijd", "Aandeel leerlingadministratie". */
export function parameterLabel(path: string, lang: Lang): string {
  return parameter(path)?.label[lang] ?? path;
}

/** Labels of the fixed and norm paths by path (the pane's list). */
export function parameterLabels(lang: Lang): Record<string, string> {
  return Object.fromEntries([...FIXED_PARAMS, ...NORM_PARAMS].map((p) => [p.key, p.label[lang]]));
}

/**
 * The parameters of `scenario` that can move `metric` ("Wat is nodig?"): fixed and norm
 * paths, and the scenario's tasks; plaza (productivity-gain) paths only when the scenario
 * has a plaza (gain). Paths, in registry order.
 */
export function parametersAffecting(metric: ScenarioKey, scenario?: Pick<Scenario, 'plaza' | 'productivityGain' | 'tasks'>): string[] {
  const out: string[] = [];
  for (const p of [...FIXED_PARAMS, ...NORM_PARAMS]) {
    if (!p.affects.includes(metric)) continue;
    if (scenario && p.needs && !scenario[p.needs]) continue;
    out.push(p.key);
  }
  for (const d of TASK_PARAMETER_DEFS) {
    if (!d.affects.includes(metric)) continue;
    for (const t of scenario?.tasks ?? []) out.push(d.path.replace('*', t.key));
  }
  return out;
}

/** True when `v` is inside `r`. */
export function inRange(r: Range, v: number): boolean {
  return Number.isFinite(v) && (r.minExclusive ? v > r.min : v >= r.min) && v <= r.max;
}
