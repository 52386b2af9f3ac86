/**
 * Scenarios stored by a host (Excel workbook settings, the browser's localStorage): one
 * parser for whatever comes back. Loading is forgiving: garbage gives [] and a scenario
 * keeps only the keys whose type is right (no console output, no throw). The engine's
 * validation (scenario-validate.ts) still runs when a scenario is used.
 */

import type { ScenarioInput, SolveSpec } from '../model/api';
import { SCENARIO_KEYS, type ScenarioKey } from '../model/labels';
import { NORM_KEYS, type NormKey } from '../model/norms';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function numbers<K extends string>(o: unknown, keys: readonly K[]): Partial<Record<K, number>> | undefined {
  if (!isObj(o)) return undefined;
  const out: Partial<Record<K, number>> = {};
  for (const k of keys) {
    const v = num(o[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function scenario(raw: unknown): ScenarioInput | null {
  if (!isObj(raw)) return null;
  const s: ScenarioInput = {};
  if (typeof raw.name === 'string') s.name = raw.name;
  if (typeof raw.preset === 'string') s.preset = raw.preset;
  const norms = numbers<NormKey>(raw.norms, NORM_KEYS);
  if (norms) s.norms = norms;
  if (Array.isArray(raw.tasks)) {
    s.tasks = raw.tasks.filter((t): t is Obj => isObj(t) && typeof t.key === 'string').map((t) => {
      const task: { key: string; share?: number; hoursPerFte?: number } = { key: t.key as string };
      if (num(t.share) !== undefined) task.share = num(t.share);
      if (num(t.hoursPerFte) !== undefined) task.hoursPerFte = num(t.hoursPerFte);
      return task;
    });
  }
  if (raw.plaza === null) s.plaza = null;
  else if (isObj(raw.plaza)) s.plaza = numbers(raw.plaza, ['share', 'size', 'teachers', 'assistants'] as const);
  if (raw.productivityGain === null) s.productivityGain = null;
  else if (isObj(raw.productivityGain) && num(raw.productivityGain.gain) !== undefined) {
    s.productivityGain = { gain: num(raw.productivityGain.gain)! };
    const share = num(raw.productivityGain.share);
    if (share !== undefined) s.productivityGain.share = share;
  }
  if (raw.studentsPerAssistant === null) s.studentsPerAssistant = null;
  else if (num(raw.studentsPerAssistant) !== undefined) s.studentsPerAssistant = num(raw.studentsPerAssistant);
  if (isObj(raw.solve) && typeof raw.solve.parameter === 'string') {
    const metric = SCENARIO_KEYS.includes(raw.solve.metric as ScenarioKey) ? (raw.solve.metric as ScenarioKey) : 'shortageAfterFte';
    const solve: SolveSpec = { parameter: raw.solve.parameter, metric, value: num(raw.solve.value) ?? 0 };
    s.solve = solve;
  }
  const cost = numbers(raw.costPerFte, ['teacher', 'assistant'] as const);
  if (cost) s.costPerFte = cost;
  return s;
}

/** The stored value (a JSON string, or an already parsed value) → scenarios; garbage → []. */
export function parseStoredScenarios(stored: unknown): ScenarioInput[] {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (isObj(value) && Array.isArray(value.scenarios)) value = value.scenarios;
  if (!Array.isArray(value)) return [];
  return value.map(scenario).filter((s): s is ScenarioInput => s !== null);
}

export function serializeScenarios(scenarios: ScenarioInput[]): string {
  return JSON.stringify(scenarios);
}
