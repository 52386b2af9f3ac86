/**
 * Validation of a scenario file (cli.md, "Scenario file"): presets applied first, messages
 * that name the key, one step per top-level key. Ranges come from the parameter registry
 * (parameters.ts).
 *
 * Readings of the contract taken here (named so it can be settled):
 * - A task listed without `share` keeps the preset's share when the preset lists it, and
 *   is otherwise transferred whole (share 1).
 * - Explicit tasks override a preset's tasks task by task (share and hours separately).
 * - An explicit `plaza` object overrides the preset's plaza field by field; without a
 *   preset all four plaza fields are required.
 */

import { NORM_KEYS, normKeyFrom, type Norms } from './norms';
import { TASK_CATALOGUE } from './tasks';
import { PRESETS, PRESET_KEYS, type PresetKey } from './presets';
import { SCENARIO_KEYS, scenarioKeyFrom, type ScenarioKey } from './labels';
import type { PlazaLayout } from './formulas';
import type { ScenarioError, ScenarioInput, ScenarioParse, ScenarioTask, SolveSpec } from './api';
import { canonicalParameter, parameter, type Range } from './parameters';
import { formatPlain } from './format';

const TOP_KEYS = ['name', 'norms', 'tasks', 'preset', 'plaza', 'productivityGain', 'studentsPerAssistant', 'solve', 'costPerFte'];
const PLAZA_KEYS = ['share', 'size', 'teachers', 'assistants'] as const;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as it appears in a message: text quoted, the rest as JSON. */
export function fmt(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Errors collected while validating, each starting with its key. */
export class Errors {
  list: ScenarioError[] = [];
  add(key: string, message: string, messageEn: string): void {
    this.list.push({ key, message: `${key}: ${message}`, messageEn: `${key}: ${messageEn}` });
  }
  /** A finite number within the range, else an error. */
  num(key: string, v: unknown, r: Range): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(key, `moet een getal zijn (gegeven: ${fmt(v)})`, `must be a number (given: ${fmt(v)})`);
      return undefined;
    }
    const { min, max, minExclusive } = r;
    if ((minExclusive ? v <= min : v < min) || v > max) {
      // Numbers in the notation of the message's language: "1,5" and "10.000" in Dutch.
      const n = (x: number) => formatPlain(x, 'nl', 6);
      const e = (x: number) => formatPlain(x, 'en', 6);
      const range = minExclusive ? `groter dan ${n(min)} en hoogstens ${n(max)}` : `tussen ${n(min)} en ${n(max)}`;
      const rangeEn = minExclusive ? `above ${e(min)} and at most ${e(max)}` : `between ${e(min)} and ${e(max)}`;
      this.add(key, `moet ${range} liggen (gegeven: ${n(v)})`, `must be ${rangeEn} (given: ${e(v)})`);
      return undefined;
    }
    return v;
  }
  /** A value of the registry's parameter `path`, its error under `key` (defaults to the path). */
  param(path: string, v: unknown, key = path): number | undefined {
    return this.num(key, v, parameter(path)!.valid);
  }
  unknownKeys(prefix: string, obj: Record<string, unknown>, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) this.add(prefix ? `${prefix}.${k}` : k, `onbekende sleutel (toegestaan: ${allowed.join(', ')})`, `unknown key (allowed: ${allowed.join(', ')})`);
    }
  }
}

export function presetKeyFrom(text: string): PresetKey | undefined {
  const t = text.trim().toLowerCase();
  return PRESET_KEYS.find((k) => k === t);
}

function stepPreset(input: Record<string, unknown>, e: Errors): PresetKey | null {
  if (input.preset === undefined || input.preset === null) return null;
  const k = typeof input.preset === 'string' ? presetKeyFrom(input.preset) : undefined;
  if (!k) e.add('preset', `onbekende preset ${fmt(input.preset)} (bekend: ${PRESET_KEYS.join(', ')})`, `unknown preset ${fmt(input.preset)} (known: ${PRESET_KEYS.join(', ')})`);
  return k ?? null;
}

function stepName(input: Record<string, unknown>, fallback: string, e: Errors): string {
  if (input.name === undefined) return fallback;
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    e.add('name', 'moet een niet-lege tekst zijn', 'must be a non-empty text');
    return fallback;
  }
  return input.name.trim();
}

function stepNorms(base: ScenarioInput, input: Record<string, unknown>, e: Errors): Partial<Norms> {
  const norms: Partial<Norms> = {};
  for (const src of [base.norms, input.norms]) {
    if (src === undefined || src === null) continue;
    if (!isObject(src)) {
      e.add('norms', 'moet een object zijn met normen (zoals {"coordinationShare": 0.15})', 'must be an object of norms (such as {"coordinationShare": 0.15})');
      continue;
    }
    for (const [k, v] of Object.entries(src)) {
      const key = normKeyFrom(k);
      const path = `norms.${k}`;
      if (!key) {
        e.add(path, `onbekende norm (bekend: ${NORM_KEYS.join(', ')})`, `unknown norm (known: ${NORM_KEYS.join(', ')})`);
        continue;
      }
      const n = e.param(key, v, path);
      if (n !== undefined) norms[key] = n;
    }
  }
  return norms;
}

/** Tasks: the catalogue with share 0, the preset's tasks, then the explicit ones. */
function stepTasks(base: ScenarioInput, input: Record<string, unknown>, e: Errors): ScenarioTask[] {
  const tasks: ScenarioTask[] = TASK_CATALOGUE.map((t) => ({ key: t.key, nl: t.nl, en: t.en, hoursPerFte: t.hoursPerFte, share: 0, assumption: true }));
  // Index by key: the merge stays linear in the number of tasks (a find per task was quadratic).
  const taskByKey = new Map(tasks.map((t) => [t.key, t]));
  const fromPreset = new Set<string>();
  const known = TASK_CATALOGUE.map((t) => t.key).join(', ');
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
          e.add(`${kat}.hoursPerFte`, `een nieuwe taak heeft uren per FTE nodig (bekende taken: ${known})`, `a new task needs its hours per FTE (known tasks: ${known})`);
          return;
        }
        task = { key, nl: key, en: key, hoursPerFte: 0, share: 0, assumption: false };
        tasks.push(task);
        taskByKey.set(key, task);
      }
      if (item.hoursPerFte !== undefined) {
        const h = e.param('task.*.hoursPerFte', item.hoursPerFte, `${kat}.hoursPerFte`);
        if (h !== undefined) {
          task.hoursPerFte = h;
          task.assumption = false;
        }
      }
      // Without a share: the preset's share when the preset lists the task, else the whole task.
      if (item.share !== undefined) {
        const share = e.param('task.*.share', item.share, `${kat}.share`);
        if (share !== undefined) task.share = share;
      } else if (!fromPreset.has(key)) task.share = 1;
      if (isPreset) fromPreset.add(key);
    });
  };
  applyTasks(base.tasks, 'tasks', true);
  applyTasks(input.tasks, 'tasks', false);
  return tasks;
}

function stepPlaza(base: ScenarioInput, input: Record<string, unknown>, e: Errors): { plaza: PlazaLayout | null; fromPreset: boolean } {
  const plaza: PlazaLayout | null = base.plaza ? ({ ...base.plaza } as PlazaLayout) : null;
  if (input.plaza === null) return { plaza: null, fromPreset: false };
  if (input.plaza === undefined) return { plaza, fromPreset: plaza !== null };
  if (!isObject(input.plaza)) {
    e.add('plaza', 'moet een object zijn ({"share", "size", "teachers", "assistants"}) of null', 'must be an object ({"share", "size", "teachers", "assistants"}) or null');
    return { plaza, fromPreset: false };
  }
  e.unknownKeys('plaza', input.plaza, PLAZA_KEYS);
  const merged: Partial<PlazaLayout> = { ...(plaza ?? {}) };
  for (const k of PLAZA_KEYS) {
    const v = input.plaza[k];
    if (v === undefined) {
      if (merged[k] === undefined) e.add(`plaza.${k}`, 'ontbreekt (een leerplein heeft share, size, teachers en assistants nodig)', 'is missing (a learning plaza needs share, size, teachers and assistants)');
      continue;
    }
    const n = e.param(`plaza.${k}`, v);
    if (n !== undefined) merged[k] = n;
  }
  return { plaza: merged as PlazaLayout, fromPreset: false };
}

function stepProductivityGain(
  base: ScenarioInput, input: Record<string, unknown>, e: Errors,
  plaza: { plaza: PlazaLayout | null; fromPreset: boolean }, preset: PresetKey | null,
): { gain: number; share: number } | null {
  let productivityGain: { gain: number; share: number } | null = base.productivityGain
    ? { gain: base.productivityGain.gain, share: base.productivityGain.share ?? 1 }
    : null;
  if (input.productivityGain === null) return null;
  if (input.productivityGain === undefined) {
    if (plaza.plaza !== null && productivityGain !== null) e.add('plaza', 'plaza en productivityGain (uit de preset) sluiten elkaar uit', 'plaza and productivityGain (from the preset) exclude each other');
    return productivityGain;
  }
  if (!isObject(input.productivityGain)) {
    e.add('productivityGain', 'moet een object zijn ({"gain", "share"}) of null', 'must be an object ({"gain", "share"}) or null');
    return productivityGain;
  }
  e.unknownKeys('productivityGain', input.productivityGain, ['gain', 'share']);
  const g = input.productivityGain.gain ?? productivityGain?.gain;
  const gain = g === undefined ? (e.add('productivityGain.gain', 'ontbreekt', 'is missing'), undefined) : e.param('productivityGain.gain', g);
  const s = input.productivityGain.share ?? productivityGain?.share ?? 1;
  const share = e.param('productivityGain.share', s);
  if (gain !== undefined && share !== undefined) productivityGain = { gain, share };
  if (plaza.plaza !== null) {
    if (plaza.fromPreset) e.add('productivityGain', `kan niet samen met het leerplein van preset ${preset} (plaza); zet "plaza": null om dat leerplein te laten vallen`, `cannot go with the learning plaza of preset ${preset} (plaza); set "plaza": null to drop that plaza`);
    else e.add('productivityGain', 'plaza en productivityGain sluiten elkaar uit: kies er één', 'plaza and productivityGain exclude each other: choose one');
  }
  return productivityGain;
}

function stepStudentsPerAssistant(base: ScenarioInput, input: Record<string, unknown>, e: Errors): number | null {
  const v = base.studentsPerAssistant ?? null;
  if (input.studentsPerAssistant === null) return null;
  if (input.studentsPerAssistant === undefined) return v;
  return e.param('studentsPerAssistant', input.studentsPerAssistant) ?? v;
}

function stepCost(input: Record<string, unknown>, e: Errors): { teacher: number | null; assistant: number | null } {
  const costPerFte: { teacher: number | null; assistant: number | null } = { teacher: null, assistant: null };
  if (input.costPerFte === undefined || input.costPerFte === null) return costPerFte;
  if (!isObject(input.costPerFte)) {
    e.add('costPerFte', 'moet een object zijn ({"teacher", "assistant"})', 'must be an object ({"teacher", "assistant"})');
    return costPerFte;
  }
  e.unknownKeys('costPerFte', input.costPerFte, ['teacher', 'assistant']);
  for (const k of ['teacher', 'assistant'] as const) {
    if (input.costPerFte[k] === undefined || input.costPerFte[k] === null) continue;
    const n = e.param(`costPerFte.${k}`, input.costPerFte[k]);
    if (n !== undefined) costPerFte[k] = n;
  }
  return costPerFte;
}

/** A solve parameter the scenario can move: a registry path (a task only when the scenario has it). */
function solveParameterKnown(p: string, tasks: ScenarioTask[]): boolean {
  const def = parameter(p);
  return !!def && (def.task === undefined || tasks.some((t) => t.key === def.task));
}

function stepSolve(input: Record<string, unknown>, tasks: ScenarioTask[], e: Errors): SolveSpec | null {
  if (input.solve === undefined || input.solve === null) return null;
  if (!isObject(input.solve)) {
    e.add('solve', 'moet een object zijn ({"parameter", "metric", "value"})', 'must be an object ({"parameter", "metric", "value"})');
    return null;
  }
  e.unknownKeys('solve', input.solve, ['parameter', 'metric', 'value']);
  const p = input.solve.parameter;
  let metric: ScenarioKey | undefined = 'shortageAfterFte';
  if (input.solve.metric !== undefined) {
    metric = typeof input.solve.metric === 'string' ? scenarioKeyFrom(input.solve.metric) : undefined;
    if (!metric) e.add('solve.metric', `onbekend kengetal ${fmt(input.solve.metric)} (bekend: ${SCENARIO_KEYS.join(', ')})`, `unknown figure ${fmt(input.solve.metric)} (known: ${SCENARIO_KEYS.join(', ')})`);
  }
  const value = input.solve.value === undefined ? 0 : e.num('solve.value', input.solve.value, { min: -1e12, max: 1e12, minExclusive: false });
  if (typeof p !== 'string' || !solveParameterKnown(p, tasks)) {
    e.add('solve.parameter', `onbekende of niet-numerieke parameter ${fmt(p)} (bijvoorbeeld plaza.share, task.administratie.share, productivityGain.gain, coordinationShare)`, `unknown or non-numeric parameter ${fmt(p)} (such as plaza.share, task.administratie.share, productivityGain.gain, coordinationShare)`);
    return null;
  }
  return metric && value !== undefined ? { parameter: canonicalParameter(p), metric, value } : null;
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
  const preset = stepPreset(input, e);
  const base: ScenarioInput = preset ? PRESETS[preset].input : {};
  const name = stepName(input, fallbackName ?? (preset ? PRESETS[preset].nl : 'Scenario'), e);
  const norms = stepNorms(base, input, e);
  const tasks = stepTasks(base, input, e);
  const plazaStep = stepPlaza(base, input, e);
  const productivityGain = stepProductivityGain(base, input, e, plazaStep, preset);
  const studentsPerAssistant = stepStudentsPerAssistant(base, input, e);
  const costPerFte = stepCost(input, e);
  const solve = stepSolve(input, tasks, e);
  if (e.list.length > 0) return { ok: false, errors: e.list };
  return {
    ok: true,
    scenario: { name, preset, norms, tasks, plaza: plazaStep.plaza, productivityGain, studentsPerAssistant, costPerFte, solve },
  };
}
