/**
 * Scenarios (cli.md, "Scenario file"): validation with messages that name the key,
 * presets applied first, and the scenario figures F6-F15 over the analysed tables.
 *
 * Readings of the contract taken here (named so it can be settled):
 * - A task listed without `share` keeps the preset's share when the preset lists it, and
 *   is otherwise transferred whole (share 1).
 * - Explicit tasks override a preset's tasks task by task (share and hours separately).
 * - An explicit `plaza` object overrides the preset's plaza field by field; without a
 *   preset all four plaza fields are required.
 * - In F6 and F8, "the baseline need" is the need of the current lessons under the
 *   scenario's own norms (before plazas or productivity gains).
 * - Scenario cost (F14) = teacher need × teacher cost per FTE + (assistant FTE available +
 *   assistant FTE needed) × assistant cost per FTE; a term whose FTE is 0 needs no cost per
 *   FTE. The baseline is the current-situation column (analysis norms, no new assistants),
 *   so costDelta is the difference with that column. When the available assistant FTE is
 *   unknown, cost is null but costDelta is still given (the unknown term cancels).
 * - A scenario with `solve` reports its figures at the solved value (when found).
 * - F10 pools rows with the same cohort key, subject, lessons per week and lesson length
 *   (class-level rows form one plaza population); without a subject column each row is
 *   its own pool.
 */

import type { DemandTable } from './types';
import { NORM_DEFS, NORM_KEYS, mergeNorms, normInRange, normKeyFrom, type NormKey, type Norms } from './norms';
import { TASK_CATALOGUE, taskDef } from './tasks';
import { guardFigures } from './scenario-guard';
import { PRESETS, PRESET_KEYS, type PresetKey } from './presets';
import { SCENARIO_KEYS, scenarioKeyFrom, type ScenarioKey } from './labels';
import {
  f1Groups,
  f3TeacherFteFromLessonMinutes,
  f5Productivity,
  f6TransferredHours,
  f7NetHoursFreed,
  f8HoursFreedPerFtePerWeek,
  f9AssistantFteForTasks,
  f11Factor,
  f12ExtraLessonFte,
  f13AssistantsByRatio,
  f15ShortageAfter,
  type PlazaLayout,
} from './formulas';
import type {
  Analysis,
  Scenario,
  ScenarioError,
  ScenarioInput,
  ScenarioParse,
  ScenarioResult,
  ScenarioTask,
  SolveSpec,
} from './api';
import { matchKey, rowGroups } from './analysis';
import { solveScenario } from './solve';

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

const TOP_KEYS = ['name', 'norms', 'tasks', 'preset', 'plaza', 'productivityGain', 'studentsPerAssistant', 'solve', 'costPerFte'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fmt(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

class Errors {
  list: ScenarioError[] = [];
  add(key: string, message: string, messageEn: string): void {
    this.list.push({ key, message: `${key}: ${message}`, messageEn: `${key}: ${messageEn}` });
  }
  /** A finite number within [min, max] (min exclusive when asked), else an error. */
  num(key: string, v: unknown, min: number, max: number, minExclusive = false): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(key, `moet een getal zijn (gegeven: ${fmt(v)})`, `must be a number (given: ${fmt(v)})`);
      return undefined;
    }
    if ((minExclusive ? v <= min : v < min) || v > max) {
      const range = minExclusive ? `groter dan ${min} en hoogstens ${max}` : `tussen ${min} en ${max}`;
      const rangeEn = minExclusive ? `above ${min} and at most ${max}` : `between ${min} and ${max}`;
      this.add(key, `moet ${range} liggen (gegeven: ${v})`, `must be ${rangeEn} (given: ${v})`);
      return undefined;
    }
    return v;
  }
  unknownKeys(prefix: string, obj: Record<string, unknown>, allowed: string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) this.add(prefix ? `${prefix}.${k}` : k, `onbekende sleutel (toegestaan: ${allowed.join(', ')})`, `unknown key (allowed: ${allowed.join(', ')})`);
    }
  }
}

/** Range of each plaza field. */
const PLAZA_RANGES: Record<keyof PlazaLayout, [number, number, boolean]> = {
  share: [0, 1, false],
  size: [0, 10000, true],
  teachers: [0, 100, true],
  assistants: [0, 100, false],
};

function presetKeyFrom(text: string): PresetKey | undefined {
  const t = text.trim().toLowerCase();
  return PRESET_KEYS.find((k) => k === t);
}

/**
 * Validate a scenario file object (cli.md). Every error names its key; nothing throws.
 */
export function resolveScenario(input: unknown, fallbackName?: string): ScenarioParse {
  const e = new Errors();
  if (!isObject(input)) {
    return { ok: false, errors: [{ key: '(scenario)', message: '(scenario): moet een JSON-object zijn', messageEn: '(scenario): must be a JSON object' }] };
  }
  e.unknownKeys('', input, TOP_KEYS);

  // Preset first.
  let preset: PresetKey | null = null;
  let base: ScenarioInput = {};
  if (input.preset !== undefined && input.preset !== null) {
    const k = typeof input.preset === 'string' ? presetKeyFrom(input.preset) : undefined;
    if (!k) e.add('preset', `onbekende preset ${fmt(input.preset)} (bekend: ${PRESET_KEYS.join(', ')})`, `unknown preset ${fmt(input.preset)} (known: ${PRESET_KEYS.join(', ')})`);
    else {
      preset = k;
      base = PRESETS[k].input;
    }
  }

  // Name.
  let name = fallbackName ?? (preset ? PRESETS[preset].nl : 'Scenario');
  if (input.name !== undefined) {
    if (typeof input.name !== 'string' || input.name.trim() === '') e.add('name', 'moet een niet-lege tekst zijn', 'must be a non-empty text');
    else name = input.name.trim();
  }

  // Norms.
  const norms: Partial<Norms> = {};
  for (const [src, prefix] of [[base.norms, null], [input.norms, 'norms']] as const) {
    if (src === undefined || src === null) continue;
    if (!isObject(src)) {
      e.add('norms', 'moet een object zijn met normen (zoals {"coordinationShare": 0.15})', 'must be an object of norms (such as {"coordinationShare": 0.15})');
      continue;
    }
    for (const [k, v] of Object.entries(src)) {
      const key = normKeyFrom(k);
      const path = `${prefix ?? 'norms'}.${k}`;
      if (!key) {
        e.add(path, `onbekende norm (bekend: ${NORM_KEYS.join(', ')})`, `unknown norm (known: ${NORM_KEYS.join(', ')})`);
        continue;
      }
      const d = NORM_DEFS.find((x) => x.key === key)!;
      const n = e.num(path, v, d.min, d.max, d.minExclusive);
      if (n !== undefined) norms[key] = n;
    }
  }

  // Tasks: the catalogue with share 0, the preset's tasks, then the explicit ones.
  const tasks: ScenarioTask[] = TASK_CATALOGUE.map((t) => ({
    key: t.key,
    nl: t.nl,
    en: t.en,
    hoursPerFte: t.hoursPerFte,
    share: 0,
    assumption: true,
  }));
  // Index by key: the merge stays linear in the number of tasks (a find per task was quadratic).
  const taskByKey = new Map(tasks.map((t) => [t.key, t]));
  const fromPreset = new Set<string>();
  const applyTasks = (list: unknown, prefix: string, isPreset: boolean): void => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      e.add(prefix, 'moet een lijst van taken zijn ([{"key": "administratie", "share": 1}])', 'must be a list of tasks ([{"key": "administratie", "share": 1}])');
      return;
    }
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const at = `${prefix}[${i}]`;
      if (!isObject(item)) {
        e.add(at, 'moet een object zijn met key en share', 'must be an object with key and share');
        return;
      }
      e.unknownKeys(at, item, ['key', 'share', 'hoursPerFte']);
      if (typeof item.key !== 'string' || item.key.trim() === '') {
        e.add(`${at}.key`, 'moet de sleutel van een taak zijn', 'must be the key of a task');
        return;
      }
      const key = item.key.trim();
      const kat = `${prefix}.${key}`;
      if (seen.has(key)) {
        e.add(kat, 'staat twee keer in de lijst', 'is listed twice');
        return;
      }
      seen.add(key);
      let task = taskByKey.get(key);
      if (!task) {
        if (item.hoursPerFte === undefined) {
          e.add(`${kat}.hoursPerFte`, `een nieuwe taak heeft uren per FTE nodig (bekende taken: ${TASK_CATALOGUE.map((t) => t.key).join(', ')})`, `a new task needs its hours per FTE (known tasks: ${TASK_CATALOGUE.map((t) => t.key).join(', ')})`);
          return;
        }
        task = { key, nl: key, en: key, hoursPerFte: 0, share: 0, assumption: false };
        tasks.push(task);
        taskByKey.set(key, task);
      }
      if (item.hoursPerFte !== undefined) {
        const h = e.num(`${kat}.hoursPerFte`, item.hoursPerFte, 0, 10000);
        if (h !== undefined) {
          task.hoursPerFte = h;
          task.assumption = false;
        }
      }
      // Without a share: the preset's share when the preset lists the task, else the whole task.
      if (item.share !== undefined) {
        const share = e.num(`${kat}.share`, item.share, 0, 1);
        if (share !== undefined) task.share = share;
      } else if (!fromPreset.has(key)) task.share = 1;
      if (isPreset) fromPreset.add(key);
    });
  };
  applyTasks(base.tasks, 'tasks', true);
  applyTasks(input.tasks, 'tasks', false);

  // Plaza or productivity gain.
  let plaza: PlazaLayout | null = base.plaza ? ({ ...base.plaza } as PlazaLayout) : null;
  let plazaFromPreset = plaza !== null;
  if (input.plaza === null) {
    plaza = null;
    plazaFromPreset = false;
  } else if (input.plaza !== undefined) {
    plazaFromPreset = false;
    if (!isObject(input.plaza)) e.add('plaza', 'moet een object zijn ({"share", "size", "teachers", "assistants"}) of null', 'must be an object ({"share", "size", "teachers", "assistants"}) or null');
    else {
      e.unknownKeys('plaza', input.plaza, Object.keys(PLAZA_RANGES));
      const merged: Partial<PlazaLayout> = { ...(plaza ?? {}) };
      for (const k of Object.keys(PLAZA_RANGES) as (keyof PlazaLayout)[]) {
        const v = input.plaza[k];
        if (v === undefined) {
          if (merged[k] === undefined) e.add(`plaza.${k}`, 'ontbreekt (een leerplein heeft share, size, teachers en assistants nodig)', 'is missing (a learning plaza needs share, size, teachers and assistants)');
          continue;
        }
        const [min, max, excl] = PLAZA_RANGES[k];
        const n = e.num(`plaza.${k}`, v, min, max, excl);
        if (n !== undefined) merged[k] = n;
      }
      plaza = merged as PlazaLayout;
    }
  }
  let productivityGain: { gain: number; share: number } | null = base.productivityGain
    ? { gain: base.productivityGain.gain, share: base.productivityGain.share ?? 1 }
    : null;
  if (input.productivityGain === null) productivityGain = null;
  else if (input.productivityGain !== undefined) {
    if (!isObject(input.productivityGain)) e.add('productivityGain', 'moet een object zijn ({"gain", "share"}) of null', 'must be an object ({"gain", "share"}) or null');
    else {
      e.unknownKeys('productivityGain', input.productivityGain, ['gain', 'share']);
      const g = input.productivityGain.gain ?? productivityGain?.gain;
      const gain = g === undefined ? (e.add('productivityGain.gain', 'ontbreekt', 'is missing'), undefined) : e.num('productivityGain.gain', g, -1, 10, true);
      const s = input.productivityGain.share ?? productivityGain?.share ?? 1;
      const share = e.num('productivityGain.share', s, 0, 1);
      if (gain !== undefined && share !== undefined) productivityGain = { gain, share };
      if (plaza !== null) {
        if (plazaFromPreset) e.add('productivityGain', `kan niet samen met het leerplein van preset ${preset} (plaza); zet "plaza": null om dat leerplein te laten vallen`, `cannot go with the learning plaza of preset ${preset} (plaza); set "plaza": null to drop that plaza`);
        else e.add('productivityGain', 'plaza en productivityGain sluiten elkaar uit: kies er één', 'plaza and productivityGain exclude each other: choose one');
      }
    }
  } else if (plaza !== null && productivityGain !== null) {
    e.add('plaza', 'plaza en productivityGain (uit de preset) sluiten elkaar uit', 'plaza and productivityGain (from the preset) exclude each other');
  }

  // Ratio benchmark.
  let studentsPerAssistant: number | null = base.studentsPerAssistant ?? null;
  if (input.studentsPerAssistant === null) studentsPerAssistant = null;
  else if (input.studentsPerAssistant !== undefined) {
    const n = e.num('studentsPerAssistant', input.studentsPerAssistant, 0, 100000, true);
    if (n !== undefined) studentsPerAssistant = n;
  }

  // Cost per FTE.
  const costPerFte: { teacher: number | null; assistant: number | null } = { teacher: null, assistant: null };
  if (input.costPerFte !== undefined && input.costPerFte !== null) {
    if (!isObject(input.costPerFte)) e.add('costPerFte', 'moet een object zijn ({"teacher", "assistant"})', 'must be an object ({"teacher", "assistant"})');
    else {
      e.unknownKeys('costPerFte', input.costPerFte, ['teacher', 'assistant']);
      for (const k of ['teacher', 'assistant'] as const) {
        if (input.costPerFte[k] === undefined || input.costPerFte[k] === null) continue;
        const n = e.num(`costPerFte.${k}`, input.costPerFte[k], 0, 10_000_000);
        if (n !== undefined) costPerFte[k] = n;
      }
    }
  }

  // Solve.
  let solve: SolveSpec | null = null;
  if (input.solve !== undefined && input.solve !== null) {
    if (!isObject(input.solve)) e.add('solve', 'moet een object zijn ({"parameter", "metric", "value"})', 'must be an object ({"parameter", "metric", "value"})');
    else {
      e.unknownKeys('solve', input.solve, ['parameter', 'metric', 'value']);
      const p = input.solve.parameter;
      let metric: ScenarioKey | undefined = 'shortageAfterFte';
      if (input.solve.metric !== undefined) {
        metric = typeof input.solve.metric === 'string' ? scenarioKeyFrom(input.solve.metric) : undefined;
        if (!metric) e.add('solve.metric', `onbekend kengetal ${fmt(input.solve.metric)} (bekend: ${SCENARIO_KEYS.join(', ')})`, `unknown figure ${fmt(input.solve.metric)} (known: ${SCENARIO_KEYS.join(', ')})`);
      }
      const value = input.solve.value === undefined ? 0 : e.num('solve.value', input.solve.value, -1e12, 1e12);
      if (typeof p !== 'string' || !solveParameterKnown(p, tasks)) {
        e.add('solve.parameter', `onbekende of niet-numerieke parameter ${fmt(p)} (bijvoorbeeld plaza.share, task.administratie.share, productivityGain.gain, coordinationShare)`, `unknown or non-numeric parameter ${fmt(p)} (such as plaza.share, task.administratie.share, productivityGain.gain, coordinationShare)`);
      } else if (metric && value !== undefined) {
        solve = { parameter: canonicalParameter(p), metric, value };
      }
    }
  }

  if (e.list.length > 0) return { ok: false, errors: e.list };
  return {
    ok: true,
    scenario: { name, preset, norms, tasks, plaza, productivityGain, studentsPerAssistant, costPerFte, solve },
  };
}

// ---------------------------------------------------------------------------------------
// Parameters of FORMATIE.SCENARIO: key/value rows
// ---------------------------------------------------------------------------------------

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A parameter value as a number: numbers, and plain text numbers with a decimal comma or dot. */
function paramNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim().replace(/\s/g, '');
    if (/^-?\d+([.,]\d+)?%?$/.test(t)) {
      const n = Number(t.replace(',', '.').replace('%', ''));
      return t.endsWith('%') ? n / 100 : n;
    }
  }
  return undefined;
}

/**
 * SCENARIO's parameters argument (functions.md): two-column key/value rows → the same
 * validation as a scenario file. Blank rows and rows with a blank value are skipped; a
 * plaza value of "geen"/"none" drops a preset's plaza.
 */
export function scenarioFromParameters(rows: unknown[][], fallbackName?: string): ScenarioParse {
  const e = new Errors();
  const input: ScenarioInput & Record<string, unknown> = {};
  const norms: Record<string, number> = {};
  const tasks = new Map<string, { key: string; share?: number; hoursPerFte?: number }>();
  const plaza: Record<string, number> = {};
  const gain: Record<string, number> = {};
  const cost: Record<string, number> = {};
  let hasPlaza = false;
  for (const row of rows ?? []) {
    if (!Array.isArray(row)) continue;
    const rawKey = row[0];
    const rawValue = row[1];
    if (blank(rawKey) && blank(rawValue)) continue;
    if (typeof rawKey !== 'string' || blank(rawKey)) {
      e.add(`(sleutel ${fmt(rawKey)})`, 'de sleutel moet tekst zijn', 'the key must be text');
      continue;
    }
    const key = rawKey.trim();
    const lower = key.toLowerCase();
    if (blank(rawValue)) continue;
    if (isObject(rawValue) || rawValue instanceof Error) {
      e.add(key, 'de waarde is een foutwaarde', 'the value is an error value');
      continue;
    }
    if (lower === 'name' || lower === 'naam') {
      input.name = String(rawValue);
      continue;
    }
    if (lower === 'preset') {
      input.preset = String(rawValue);
      continue;
    }
    if (lower === 'plaza' || lower === 'leerplein') {
      const t = String(rawValue).trim().toLowerCase();
      if (['geen', 'none', 'null', 'nee', 'no'].includes(t)) input.plaza = null;
      else e.add(key, `alleen "geen" is hier toegestaan (gegeven: ${fmt(rawValue)}); gebruik plaza.share, plaza.size…`, `only "none" is allowed here (given: ${fmt(rawValue)}); use plaza.share, plaza.size…`);
      continue;
    }
    const n = paramNumber(rawValue);
    if (n === undefined) {
      e.add(key, `moet een getal zijn (gegeven: ${fmt(rawValue)})`, `must be a number (given: ${fmt(rawValue)})`);
      continue;
    }
    const parts = key.split('.');
    const head = parts[0].toLowerCase();
    if (head === 'plaza' && parts.length === 2 && ['share', 'size', 'teachers', 'assistants'].includes(parts[1].toLowerCase())) {
      plaza[parts[1].toLowerCase()] = n;
      hasPlaza = true;
    } else if (head === 'productivitygain' && parts.length === 2 && ['gain', 'share'].includes(parts[1].toLowerCase())) {
      gain[parts[1].toLowerCase()] = n;
    } else if (head === 'costperfte' && parts.length === 2 && ['teacher', 'assistant'].includes(parts[1].toLowerCase())) {
      cost[parts[1].toLowerCase()] = n;
    } else if (lower === 'studentsperassistant') {
      input.studentsPerAssistant = n;
    } else if (head === 'task' && parts.length === 3 && ['share', 'hoursperfte'].includes(parts[2].toLowerCase())) {
      const tkey = parts[1];
      const t = tasks.get(tkey) ?? { key: tkey };
      if (parts[2].toLowerCase() === 'share') t.share = n;
      else t.hoursPerFte = n;
      tasks.set(tkey, t);
    } else {
      const normKey = normKeyFrom(head === 'norms' && parts.length === 2 ? parts[1] : key);
      if (normKey) norms[normKey] = n;
      else e.add(key, 'onbekende sleutel (bijvoorbeeld preset, plaza.share, task.administratie.share, productivityGain.gain, studentsPerAssistant, costPerFte.teacher of een norm zoals coordinationShare)', 'unknown key (such as preset, plaza.share, task.administratie.share, productivityGain.gain, studentsPerAssistant, costPerFte.teacher or a norm such as coordinationShare)');
    }
  }
  if (e.list.length > 0) return { ok: false, errors: e.list };
  if (Object.keys(norms).length) input.norms = norms;
  if (tasks.size) {
    // A task row with only hours keeps the preset's share, else the whole task (as in a file).
    input.tasks = [...tasks.values()].map((t) => (t.share === undefined ? { ...t, share: presetShare(input.preset, t.key) } : t));
  }
  if (hasPlaza) input.plaza = plaza as Partial<PlazaLayout>;
  if (Object.keys(gain).length) input.productivityGain = gain as { gain: number; share?: number };
  if (Object.keys(cost).length) input.costPerFte = cost;
  return resolveScenario(input, fallbackName);
}

function presetShare(preset: string | undefined, key: string): number {
  const k = preset ? presetKeyFrom(preset) : undefined;
  const t = k ? PRESETS[k].input.tasks?.find((x) => x.key === key) : undefined;
  return t?.share ?? 1;
}

// ---------------------------------------------------------------------------------------
// Solve parameters (shared with solve.ts)
// ---------------------------------------------------------------------------------------

/** `norms.x` and Dutch labels → the canonical key; others as given. */
export function canonicalParameter(p: string): string {
  const parts = p.trim().split('.');
  if (parts[0] === 'norms' && parts.length === 2) return normKeyFrom(parts[1]) ?? p;
  return normKeyFrom(p) ?? p.trim();
}

function solveParameterKnown(p: string, tasks: ScenarioTask[]): boolean {
  const c = canonicalParameter(p);
  if ((NORM_KEYS as readonly string[]).includes(c)) return true;
  if (['plaza.share', 'plaza.size', 'plaza.teachers', 'plaza.assistants', 'productivityGain.gain', 'productivityGain.share',
    'studentsPerAssistant', 'costPerFte.teacher', 'costPerFte.assistant'].includes(c)) return true;
  const m = /^task\.(.+)\.(share|hoursPerFte)$/.exec(c);
  return !!m && tasks.some((t) => t.key === m[1]);
}

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
  const p = plaza.share;
  let normLessons = prep.keptLessonsNorm;
  let ownMinutes = prep.keptLessonMinutesOwn;
  let prodLessons = 0;
  let contactHours = 0;
  for (const pool of prep.pools) {
    const L = pool.lessonsPerWeek;
    const plazas = f1Groups(pool.students, plaza.size); // F10 plazas = ceil(students / plazaSize)
    const lessons = pool.groups * (1 - p) * L + plazas * p * L * plaza.teachers; // F10 teacherLessons'
    const minutes = pool.minutes ?? n.lessonMinutes;
    contactHours += (plazas * p * L * plaza.assistants * minutes) / 60; // F10 assistantContactHours
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

/**
 * The figures of one scenario (cli.md) over the analysed tables. When the scenario asks to
 * solve, the figures are those at the solved value.
 */
export function runScenario(analysis: Analysis, scenario: Scenario): ScenarioResult {
  if (scenario.solve) {
    const { solved, reason, scenario: at } = solveScenario(analysis, scenario, scenario.solve);
    const base = evaluateScenario(analysis, solved && at ? at : scenario);
    return solved ? { ...base, solved } : { ...base, solved: null, solveReason: reason };
  }
  return evaluateScenario(analysis, scenario);
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

  // Cost (F14) and the difference with the current situation.
  const tc = scenario.costPerFte.teacher ?? analysis.costPerFte.teacher;
  const ac = scenario.costPerFte.assistant ?? analysis.costPerFte.assistant;
  const assistantsAfter = plus(totals.assistantFte, assistantFteNeeded);
  const cost = plus(term(need, tc), term(assistantsAfter, ac));
  const baseCost = plus(term(totals.teacherFteNeeded, tc), term(totals.assistantFte, ac));
  let costDelta = minus(cost, baseCost);
  if (costDelta === null && need !== null && totals.teacherFteNeeded !== null) {
    // Available assistant FTE unknown: it cancels in the difference.
    costDelta = plus(term(need - totals.teacherFteNeeded, tc), term(assistantFteNeeded, ac));
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

/** The current-situation column: analysis norms, no new assistants, nothing transferred. */
export function currentSituation(analysis: Analysis, name = 'Huidige situatie'): ScenarioResult {
  const t = analysis.totals;
  const tc = analysis.costPerFte.teacher;
  const ac = analysis.costPerFte.assistant;
  const cost = plus(term(t.teacherFteNeeded, tc), term(t.assistantFte, ac));
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

export type { NormKey };
