/**
 * FORMATIE.SCENARIO's `parameters` argument (functions.md): two-column key | value rows →
 * a scenario file object → the same validation as a file (scenario-validate.ts). Keys are
 * the registry's paths (parameters.ts), matched without regard to case, plus `name`/`naam`,
 * `preset` and `plaza`/`leerplein` = "geen" (drops a preset's plaza).
 */

import type { PlazaLayout } from './formulas';
import type { ScenarioInput, ScenarioParse } from './api';
import { PRESETS } from './presets';
import { Errors, fmt, isObject, presetKeyFrom, resolveScenario } from './scenario-validate';
import { parameter } from './parameters';
import { parameterRowNumber } from './number-text';

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * SCENARIO's parameters argument (functions.md): two-column key/value rows → the same
 * validation as a scenario file. Blank rows and rows with a blank value are skipped; a
 * plaza value of "geen"/"none" drops a preset's plaza.
 */
export function scenarioFromParameters(rows: unknown[][], fallbackName?: string): ScenarioParse {
  const e = new Errors();
  // Values are gathered apart from the name, preset and a dropped plaza, so a plaza row wins
  // over "plaza: geen" whatever the row order (as before the registry).
  let values: ScenarioInput = {};
  let name: string | undefined;
  let preset: string | undefined;
  let dropPlaza = false;
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
      name = String(rawValue);
      continue;
    }
    if (lower === 'preset') {
      preset = String(rawValue);
      continue;
    }
    if (lower === 'plaza' || lower === 'leerplein') {
      const t = String(rawValue).trim().toLowerCase();
      if (['geen', 'none', 'null', 'nee', 'no'].includes(t)) dropPlaza = true;
      else e.add(key, `alleen "geen" is hier toegestaan (gegeven: ${fmt(rawValue)}); gebruik plaza.share, plaza.size…`, `only "none" is allowed here (given: ${fmt(rawValue)}); use plaza.share, plaza.size…`);
      continue;
    }
    const n = parameterRowNumber(rawValue);
    if (n === undefined) {
      e.add(key, `moet een getal zijn (gegeven: ${fmt(rawValue)})`, `must be a number (given: ${fmt(rawValue)})`);
      continue;
    }
    const p = parameter(key, true);
    if (p) values = p.setInput(values, n);
    else e.add(key, 'onbekende sleutel (bijvoorbeeld preset, plaza.share, task.administratie.share, productivityGain.gain, studentsPerAssistant, costPerFte.teacher of een norm zoals coordinationShare)', 'unknown key (such as preset, plaza.share, task.administratie.share, productivityGain.gain, studentsPerAssistant, costPerFte.teacher or a norm such as coordinationShare)');
  }
  if (e.list.length > 0) return { ok: false, errors: e.list };
  const input: ScenarioInput = {};
  if (name !== undefined) input.name = name;
  if (preset !== undefined) input.preset = preset;
  if (dropPlaza) input.plaza = null;
  if (values.norms) input.norms = values.norms;
  if (values.tasks) {
    // A task row with only hours keeps the preset's share, else the whole task (as in a file).
    input.tasks = values.tasks.map((t) => (t.share === undefined ? { ...t, share: presetShare(input.preset, t.key) } : t));
  }
  if (values.plaza) input.plaza = values.plaza as Partial<PlazaLayout>;
  if (values.productivityGain) input.productivityGain = values.productivityGain;
  if (values.studentsPerAssistant !== undefined) input.studentsPerAssistant = values.studentsPerAssistant;
  if (values.costPerFte) input.costPerFte = values.costPerFte;
  return resolveScenario(input, fallbackName);
}

function presetShare(preset: string | undefined, key: string): number {
  const k = preset ? presetKeyFrom(preset) : undefined;
  const t = k ? PRESETS[k].input.tasks?.find((x) => x.key === key) : undefined;
  return t?.share ?? 1;
}
