/**
 * The comparison use case, one for every face (CLI report and --out, browser download, the
 * pane's comparison): analysed tables → the current-situation column, then one column per
 * valid scenario, each with the note that explains it. Reading the workbook stays with the
 * caller (src/sheet sits above the model).
 *
 * The note is made here only, from the parameters the scenario actually sets: a preset's
 * reading of its seed (presets.ts), then, when the scenario sets its own values over the
 * preset, which ones ("Eigen waarden gaan voor: Coördinatietijd, Leerplein: aandeel lessen.").
 * A scenario without a preset has no note.
 */

import type { FormationTable } from './types';
import type { Norms } from './norms';
import type { Analysis, Scenario, ScenarioError, ScenarioInput, ScenarioResult } from './api';
import type { Lang } from './labels';
import { analyse } from './analysis';
import { PRESETS, type PresetKey } from './presets';
import { FIXED_PARAMETERS, NORM_PARAMETERS, parameterLabel } from './parameters';
import { CURRENT_SITUATION } from './vocabulary';
import { currentSituation, resolveScenario, runScenario } from './scenario';

export interface ComparisonColumn {
  result: ScenarioResult;
  /** What the column rests on (a preset's reading), or null. */
  note: string | null;
  /** The validated scenario; null for the current situation. */
  scenario: Scenario | null;
}

/** The labels of the values `input` sets itself (registry order), for the note. */
function ownValues(input: ScenarioInput, lang: Lang): string[] {
  const out: string[] = [];
  for (const p of [...FIXED_PARAMETERS, ...NORM_PARAMETERS]) if (p.getInput(input) !== undefined) out.push(p.label[lang]);
  for (const t of input.tasks ?? []) {
    if (!t || typeof t.key !== 'string') continue;
    if (t.share !== undefined) out.push(parameterLabel(`task.${t.key}.share`, lang));
    if (t.hoursPerFte !== undefined) out.push(parameterLabel(`task.${t.key}.hoursPerFte`, lang));
  }
  if (input.plaza === null) out.push(lang === 'en' ? 'no learning plaza' : 'geen leerplein');
  if (input.productivityGain === null) out.push(lang === 'en' ? 'no productivity gain' : 'geen productiviteitswinst');
  return out;
}

/**
 * The note of one scenario column: the preset's reading, and the scenario's own values over
 * it when there are any. `input` is the scenario as given (file, form or preset name).
 */
export function scenarioNote(input: unknown, scenario: Scenario, lang: Lang): string | null {
  const key = scenario.preset as PresetKey | null;
  if (!key || !PRESETS[key]) return null;
  const p = PRESETS[key];
  const reading = lang === 'en' ? p.readingEn : p.readingNl;
  const given = input && typeof input === 'object' ? (input as ScenarioInput) : {};
  const own = Object.keys(given).some((k) => k !== 'preset' && k !== 'name' && (given as Record<string, unknown>)[k] !== undefined);
  if (!own) return reading;
  const labels = ownValues(given, lang);
  if (lang === 'en') return `${reading} Own values from the scenario take precedence${labels.length ? `: ${labels.join(', ')}` : ''}.`;
  return `${reading} Eigen waarden uit het scenario gaan voor${labels.length ? `: ${labels.join(', ')}` : ''}.`;
}

/** The current situation, then each scenario run (solved when it asks), each with its note. */
export function comparisonColumns(
  analysis: Analysis, scenarios: readonly { scenario: Scenario; input?: unknown }[], lang: Lang,
): ComparisonColumn[] {
  return [
    { result: currentSituation(analysis, CURRENT_SITUATION[lang]), note: null, scenario: null },
    ...scenarios.map(({ scenario, input }) => ({
      result: runScenario(analysis, scenario),
      note: scenarioNote(input ?? {}, scenario, lang),
      scenario,
    })),
  ];
}

export interface Comparison {
  analysis: Analysis;
  columns: ComparisonColumn[];
  /** Scenarios that did not validate, by their index in the request (they have no column). */
  invalid: { index: number; errors: ScenarioError[] }[];
}

/**
 * Tables → analysis → current situation + scenarios → columns. A scenario that does not
 * validate gets no column and is listed in `invalid` (the pane shows its errors at its form).
 */
export function compare(
  tables: FormationTable[],
  request: { norms?: Partial<Norms>; scenarios: readonly ScenarioInput[]; lang: Lang },
): Comparison {
  const analysis = analyse(tables, request.norms);
  const valid: { scenario: Scenario; input: unknown }[] = [];
  const invalid: Comparison['invalid'] = [];
  request.scenarios.forEach((input, i) => {
    const parsed = resolveScenario(input, input.name ?? `Scenario ${i + 1}`);
    if (parsed.ok) valid.push({ scenario: parsed.scenario, input });
    else invalid.push({ index: i, errors: parsed.errors });
  });
  return { analysis, columns: comparisonColumns(analysis, valid, request.lang), invalid };
}
