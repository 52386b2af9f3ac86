/**
 * A ScenarioInput (cli.md's scenario file) flattened into the two-column key | value rows
 * that FORMATIE.SCENARIO takes as its `parameters` range (functions.md). Pure.
 *
 * Row order: `preset` first (it is applied first), then plaza, productivityGain,
 * studentsPerAssistant, costPerFte, tasks (only when given, in the given order), and norms
 * (in NORM_KEYS order). Only keys the input sets are written; `name` and `solve` are not
 * parameters (the name heads the block; a live formula cannot goal-seek).
 *
 * A null (`"plaza": null` to drop a preset's plaza, likewise productivityGain and
 * studentsPerAssistant) cannot be written as a key/value row. When such a null removes
 * something the preset sets, the preset is written out instead of named: its keys, with the
 * scenario's keys over them key by key (cli.md's rule), and no `preset` row.
 */

import type { ScenarioInput } from '../model/api';
import { PRESETS, type PresetKey } from '../model/presets';
import { taskDef } from '../model/tasks';
import { FIXED_PARAMETERS, NORM_PARAMETERS } from '../model/parameters';

export type ParameterRow = [string, number | string];

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function presetOf(name: string | undefined): ScenarioInput | undefined {
  if (!name || !Object.prototype.hasOwnProperty.call(PRESETS, name)) return undefined;
  return PRESETS[name as PresetKey].input;
}

/** The input with its preset written out when a null in it cannot be expressed as a row. */
function inlineNullsOverPreset(input: ScenarioInput): ScenarioInput {
  const preset = presetOf(input.preset);
  if (!preset) return input;
  const dropsPresetKey =
    (input.plaza === null && preset.plaza != null) ||
    (input.productivityGain === null && preset.productivityGain != null) ||
    (input.studentsPerAssistant === null && preset.studentsPerAssistant != null);
  if (!dropsPresetKey) return input;
  const merged: ScenarioInput = { ...preset };
  for (const [k, v] of Object.entries(input)) {
    if (k === 'preset' || v === undefined) continue;
    (merged as Record<string, unknown>)[k] = v;
  }
  return merged;
}

export function scenarioToParameterRows(input: ScenarioInput): ParameterRow[] {
  const s = inlineNullsOverPreset(input);
  const rows: ParameterRow[] = [];
  const num = (key: string, v: unknown): void => {
    if (isNum(v)) rows.push([key, v]);
  };

  if (typeof s.preset === 'string' && s.preset.trim() !== '') rows.push(['preset', s.preset.trim()]);

  // Plaza, productivity gain, ratio, cost: the registry's fixed paths in its order.
  for (const p of FIXED_PARAMETERS) num(p.key, p.getInput(s));

  if (Array.isArray(s.tasks)) {
    for (const t of s.tasks) {
      if (!t || typeof t.key !== 'string' || t.key.trim() === '') continue;
      const key = t.key.trim();
      const before = rows.length;
      // The registry's task patterns, task.<key>.share and task.<key>.hoursPerFte.
      num(`task.${key}.share`, t.share);
      num(`task.${key}.hoursPerFte`, t.hoursPerFte);
      if (rows.length === before) {
        // Listed without share or hours: keep it mentioned with the catalogue's hours
        // (the default anyway), so the engine sees the task as the file gives it.
        const def = taskDef(key);
        if (def) rows.push([`task.${key}.hoursPerFte`, def.hoursPerFte]);
      }
    }
  }

  for (const p of NORM_PARAMETERS) num(p.key, p.getInput(s));
  return rows;
}
