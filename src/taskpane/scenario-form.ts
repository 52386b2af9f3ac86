/**
 * Pure helpers between a ScenarioInput (cli.md's scenario file) and the pane's form:
 * field keys (the same keys the engine names in its errors: `plaza.share`,
 * `task.administratie.share`, `norms.coordinationShare`…), reading and writing one field,
 * the plaza / productivity-gain choice, and mapping an engine error to its field.
 */

import type { ScenarioError, ScenarioInput } from '../model/api';
import type { Lang } from '../model/labels';
import { NORM_KEYS } from '../model/norms';
import { PRESETS, type PresetKey } from '../model/presets';
import { TASK_CATALOGUE } from '../model/tasks';
import { inRange, parameter, type Parameter, type Range } from '../model/parameters';
import { parseNumber } from './format';
import type { ScenarioDraft } from './drafts';

export type OrgMode = 'none' | 'plaza' | 'gain';

export { draftFrom, inputsOf, MAX_SCENARIOS, newId, type ScenarioDraft } from './drafts';

export const PLAZA_FIELDS = ['share', 'size', 'teachers', 'assistants'] as const;
export const GAIN_FIELDS = ['gain', 'share'] as const;

/** Default plaza when the user switches to "Leerplein" without a preset (the Leerplein preset's layout). */
export const DEFAULT_PLAZA = { share: 0.15, size: 90, teachers: 3, assistants: 1 };
export const DEFAULT_GAIN = { gain: 0.23, share: 1 };

/** A new scenario from a preset (its keys copied explicitly, so the form shows them) or empty. */
export function scenarioFromPreset(preset: PresetKey | '', name: string): ScenarioInput {
  if (!preset) return { name };
  const p = PRESETS[preset];
  const copy = JSON.parse(JSON.stringify(p.input)) as ScenarioInput;
  return { name, preset, ...copy };
}

export function modeOf(input: ScenarioInput): OrgMode {
  if (input.plaza) return 'plaza';
  if (input.productivityGain) return 'gain';
  return 'none';
}

/** Switches the organisation mode; the other alternative becomes an explicit null (drops a preset's). */
export function setMode(input: ScenarioInput, mode: OrgMode): ScenarioInput {
  const out: ScenarioInput = { ...input };
  if (mode === 'plaza') {
    out.plaza = input.plaza ? { ...input.plaza } : presetPlaza(input) ?? { ...DEFAULT_PLAZA };
    out.productivityGain = null;
  } else if (mode === 'gain') {
    out.productivityGain = input.productivityGain ? { ...input.productivityGain } : presetGain(input) ?? { ...DEFAULT_GAIN };
    out.plaza = null;
  } else {
    out.plaza = null;
    out.productivityGain = null;
  }
  return out;
}

function presetPlaza(input: ScenarioInput) {
  const p = input.preset && (PRESETS as Record<string, (typeof PRESETS)[PresetKey]>)[input.preset];
  return p && p.input.plaza ? { ...DEFAULT_PLAZA, ...p.input.plaza } : undefined;
}
function presetGain(input: ScenarioInput) {
  const p = input.preset && (PRESETS as Record<string, (typeof PRESETS)[PresetKey]>)[input.preset];
  return p && p.input.productivityGain ? { ...DEFAULT_GAIN, ...p.input.productivityGain } : undefined;
}

/** The numeric value of a form field, or undefined when the input does not set it (the model's parameter registry). */
export function getField(input: ScenarioInput, key: string): number | undefined {
  return parameter(key)?.getInput(input);
}

/** The share the form shows for a catalogue task the scenario does not set: the preset's, else 0. */
function shownShare(preset: string | undefined, key: string): number {
  const p = preset ? PRESETS[preset as PresetKey] : undefined;
  return p?.input.tasks?.find((x) => x.key === key)?.share ?? 0;
}

/** Sets (or, with undefined, removes) one numeric field; returns a new input. */
export function setField(input: ScenarioInput, key: string, value: number | undefined): ScenarioInput {
  const parts = key.split('.');
  const out: ScenarioInput = { ...input };
  const put = <T extends object>(obj: T | null | undefined, prop: string): T | undefined => {
    const o = { ...(obj ?? {}) } as Record<string, unknown>;
    if (value === undefined) delete o[prop];
    else o[prop] = value;
    return Object.keys(o).length ? (o as T) : undefined;
  };
  if (parts[0] === 'norms') {
    const n = put(input.norms, parts[1]);
    if (n) out.norms = n;
    else delete out.norms;
  } else if (parts[0] === 'task') {
    const tasks = (input.tasks ?? []).map((t) => ({ ...t }));
    let t = tasks.find((x) => x.key === parts[1]);
    if (!t) {
      t = { key: parts[1] };
      tasks.push(t);
    }
    const rec = t as Record<string, unknown>;
    if (value === undefined) delete rec[parts[2]];
    else rec[parts[2]] = value;
    // The engine reads a listed task without a share as the preset's share, else the whole
    // task; the form shows the preset's share or 0 for a catalogue task. Store what the form
    // shows, so hours typed for a task do not silently transfer all of it.
    if (rec.hoursPerFte !== undefined && rec.share === undefined && !isOwnTask(parts[1])) {
      rec.share = shownShare(input.preset, parts[1]);
    }
    // A catalogue task with neither share nor hours says nothing: drop it. An own task stays
    // until it is removed (without hours the engine says so under its hours field).
    const kept = tasks.filter((x) => x.share !== undefined || x.hoursPerFte !== undefined || isOwnTask(x.key));
    if (kept.length) out.tasks = kept;
    else delete out.tasks;
  } else if (parts[0] === 'plaza') {
    out.plaza = put(input.plaza, parts[1]) ?? {};
    out.productivityGain = null;
  } else if (parts[0] === 'productivityGain') {
    const g = put(input.productivityGain, parts[1]) as { gain: number; share?: number } | undefined;
    out.productivityGain = g ?? ({} as { gain: number });
    out.plaza = null;
  } else if (parts[0] === 'costPerFte') {
    const c = put(input.costPerFte, parts[1]);
    if (c) out.costPerFte = c;
    else delete out.costPerFte;
  } else if (key === 'studentsPerAssistant') {
    if (value === undefined) delete out.studentsPerAssistant;
    else out.studentsPerAssistant = value;
  }
  return out;
}

/**
 * The form field an engine error belongs to. The engine names keys as the scenario file
 * or the parameter range does: `plaza.share`, `norms.coordinationShare` or
 * `coordinationShare`, `tasks[2].share` or `task.opvang.share`, `costPerFte.teacher`…
 * Unknown keys return null (the message is shown above the form).
 */
export function fieldForErrorKey(errKey: string, input: ScenarioInput): string | null {
  const key = errKey.trim();
  if (key === 'name') return 'name';
  const normKey = key.replace(/^norms\./, '');
  if ((NORM_KEYS as readonly string[]).includes(normKey)) return `norms.${normKey}`;
  let m = /^tasks?\[(\d+)\](?:\.(share|hoursPerFte))?$/.exec(key);
  if (m) {
    const t = input.tasks?.[Number(m[1])];
    if (!t) return null;
    return `task.${t.key}.${m[2] ?? 'share'}`;
  }
  m = /^tasks?\.([^.]+)(?:\.(share|hoursPerFte))?$/.exec(key);
  if (m) return `task.${m[1]}.${m[2] ?? 'share'}`;
  m = /^(plaza|productivityGain|costPerFte)\.(\w+)$/.exec(key);
  if (m) return `${m[1]}.${m[2]}`;
  if (key === 'plaza') return 'plaza.share';
  if (key === 'productivityGain') return 'productivityGain.gain';
  if (key === 'studentsPerAssistant') return 'studentsPerAssistant';
  return null;
}

/** Field keys a catalogue task shows (the form always lists the whole catalogue). */
export function taskKeys(input: ScenarioInput): string[] {
  const keys = TASK_CATALOGUE.map((t) => t.key);
  for (const t of input.tasks ?? []) if (!keys.includes(t.key)) keys.push(t.key);
  return keys;
}

/** A task key that is not in the catalogue: the user's own task (it carries its own hours). */
export function isOwnTask(key: string): boolean {
  return !TASK_CATALOGUE.some((t) => t.key === key);
}

/** Longest own-task key the form accepts (it heads a row in the workbook: `task.<key>.share`). */
export const OWN_KEY_MAX = 40;

/**
 * Why the text typed as an own task's key cannot be used, checked before the engine sees it:
 * the Excel adapter writes tasks as `task.<key>.share` / `task.<key>.hoursPerFte` rows, so a
 * dot (or the engine's index brackets) would break the key; a catalogue key or name would
 * only override the catalogue task; a key that differs from an own task only in case would
 * be a second, nearly identical task. An exact duplicate is left to the engine's message.
 */
export type OwnKeyProblem =
  | { kind: 'empty' }
  | { kind: 'chars' }
  | { kind: 'long' }
  | { kind: 'catalogue'; key: string }
  | { kind: 'duplicate'; key: string };

export function ownKeyProblem(text: string, input: ScenarioInput): OwnKeyProblem | null {
  const key = text.trim();
  if (!key) return { kind: 'empty' };
  // Dots split the workbook row key; brackets read as the engine's list index; control
  // characters cannot be typed into a cell key.
  if (/[.[\]\u0000-\u001f]/.test(key)) return { kind: 'chars' };
  if (key.length > OWN_KEY_MAX) return { kind: 'long' };
  const lower = key.toLowerCase();
  const cat = TASK_CATALOGUE.find((t) => t.key.toLowerCase() === lower || t.nl.toLowerCase() === lower || t.en.toLowerCase() === lower);
  if (cat) return { kind: 'catalogue', key: cat.key };
  const own = (input.tasks ?? []).find((t) => isOwnTask(t.key) && t.key !== key && t.key.trim().toLowerCase() === lower);
  if (own) return { kind: 'duplicate', key: own.key };
  return null;
}

/** The input with an own task appended (the key trimmed; hours and share as given). */
export function addOwnTask(input: ScenarioInput, task: { key: string; hoursPerFte?: number; share?: number }): ScenarioInput {
  const t: { key: string; share?: number; hoursPerFte?: number } = { key: task.key.trim() };
  if (task.hoursPerFte !== undefined) t.hoursPerFte = task.hoursPerFte;
  if (task.share !== undefined) t.share = task.share;
  return { ...input, tasks: [...(input.tasks ?? []).map((x) => ({ ...x })), t] };
}

/** The input without the task (an own task disappears from the form; a catalogue task goes back to share 0). */
export function removeTask(input: ScenarioInput, key: string): ScenarioInput {
  const out: ScenarioInput = { ...input };
  const tasks = (input.tasks ?? []).filter((t) => t.key !== key);
  if (tasks.length) out.tasks = tasks;
  else delete out.tasks;
  return out;
}

/**
 * The form field a solve parameter sets (`coordinationShare` → `norms.coordinationShare`,
 * `task.opvang.share` and `plaza.share` as they are), or null for a key the form has no field for.
 */
export function fieldForParameter(parameter: string, input: ScenarioInput): string | null {
  const f = fieldForErrorKey(parameter, input);
  return f && f !== 'name' ? f : null;
}

/** An engine message about a scenario in the pane's language (the engine gives Dutch and English). */
export function scenarioErrorText(e: ScenarioError, lang: Lang): string {
  return lang === 'en' && e.messageEn ? e.messageEn : e.message;
}

/** What the text of one numeric form field means, read by the rules of its parameter (model registry). */
export type FieldReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** Not to be used: not a number, or a percentage / amount where the field counts something else. */
  | { kind: 'refused'; why: 'nan' | 'percent' | 'currency' }
  /** A number outside the parameter's valid range: kept (the engine then refuses the scenario) and flagged. */
  | { kind: 'range'; value: number; range: Range };

/** A parameter whose values are fractions (shares, ratios 0–1, the productivity gain): "30%" means 0.3 there. */
export function isFraction(p: Parameter): boolean {
  return p.valid.max <= 1 || p.unit.en.startsWith('fraction');
}

/**
 * Reads what was typed into the field `key` (`plaza.teachers`, `norms.coordinationShare`,
 * `task.administratie.share`…): the reader's number rules ("0,3", "0.3", "1.250"), then the
 * registry's: a "%" only in a fraction field ("30%" is not a number of teachers), a currency
 * sign only in a cost field, and the valid range.
 */
export function readField(key: string, text: string): FieldReading {
  const n = parseNumber(text);
  if (n === null) return { kind: 'empty' };
  if (Number.isNaN(n)) return { kind: 'refused', why: 'nan' };
  const p = parameter(key);
  if (!p) return { kind: 'number', value: n };
  if (text.includes('%') && !isFraction(p)) return { kind: 'refused', why: 'percent' };
  if (/[€$£]/.test(text) && !p.key.startsWith('costPerFte.')) return { kind: 'refused', why: 'currency' };
  if (!inRange(p.valid, n)) return { kind: 'range', value: n, range: p.valid };
  return { kind: 'number', value: n };
}

/** True when a field of the draft holds text the form refused (the draft then gets no comparison column). */
export function hasRefusedField(draft: ScenarioDraft): boolean {
  return Object.entries(draft.raw).some(([k, text]) => readField(k, text).kind === 'refused');
}

/** The engine's "<key>: " prefix dropped, for a message shown under the field it names. */
export function withoutKeyPrefix(message: string, key: string): string {
  const k = key.trim();
  return k && message.startsWith(`${k}: `) ? message.slice(k.length + 2) : message;
}
