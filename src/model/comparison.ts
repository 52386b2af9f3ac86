/**
 * The comparison use case, one for every face (CLI report and --out, browser download, the
 * pane's comparison): analysed tables → the current-situation column, then one column per
 * valid scenario, each with the note that explains it. Reading the workbook stays with the
 * caller (src/sheet sits above the model).
 *
 * The notes are made here only (scenario-notes.ts), from the parameters the scenario
 * actually uses and the figures it gives: what it rests on (its values, and the practice
 * example it starts from), why its figures come out so, what its cost difference is made
 * of, the norms it sets. `note` joins them for faces with one text cell (result workbook);
 * `notes` keeps them apart (report, pane).
 */

import type { FormationTable } from './types';
import type { Norms } from './norms';
import type { Analysis, Scenario, ScenarioError, ScenarioInput, ScenarioResult } from './api';
import type { Lang } from './labels';
import { analyse } from './analysis';
import { parameter } from './parameters';
import { CURRENT_SITUATION } from './vocabulary';
import { currentSituation, resolveScenario, runScenario } from './scenario';
import { costNotes, describeScenario, presetOrigin, scenarioNorms, whyNotes } from './scenario-notes';

export { defaultSolveQuestion, type SolveQuestion } from './solve-question';
export { withReinvest, describeScenario, whyNotes, costNotes, scenarioNorms, costExplanation } from './scenario-notes';

/** The texts beside one scenario column, each made from the values it uses. */
export interface ColumnNotes {
  /** What the scenario sets, and the practice example it starts from. */
  description: string;
  /** Why its figures come out so (freed hours not reinvested, a plaza that costs teachers). */
  why: string[];
  /** What its cost difference is made of (a price change, the comparison basis). */
  cost: string[];
  /** The norms it sets itself, with units ("herinvestering in lessen 0,5 deel van de vrijgespeelde uren"). */
  norms: string[];
}

export interface ComparisonColumn {
  result: ScenarioResult;
  /** All notes of the column as one text; null for the current situation. */
  note: string | null;
  /** The notes apart; null for the current situation (optional for hand-made columns). */
  notes?: ColumnNotes | null;
  /** The validated scenario; null for the current situation. */
  scenario: Scenario | null;
}

/**
 * What the column rests on: the scenario's values in words and, for a preset, the example
 * it starts from with the own values over it. `input` is the scenario as given.
 */
export function scenarioNote(input: unknown, scenario: Scenario, lang: Lang): string {
  const origin = presetOrigin(input, scenario, lang);
  return origin ? `${describeScenario(scenario, lang)} ${origin}` : describeScenario(scenario, lang);
}

/** Every note of one scenario column (comparisonColumns, and the pane for a single scenario). */
export function columnNotes(analysis: Analysis, input: unknown, scenario: Scenario, result: ScenarioResult, lang: Lang): ColumnNotes {
  return {
    description: scenarioNote(input, scenario, lang),
    why: whyNotes(analysis, scenario, result, lang),
    cost: costNotes(analysis, scenario, result, lang),
    norms: scenarioNorms(scenario, lang),
  };
}

/** The notes as one text (result workbook cell). */
export function joinNotes(n: ColumnNotes, lang: Lang): string {
  const norms = n.norms.length ? [`${lang === 'en' ? 'Own norms' : 'Eigen normen'}: ${n.norms.join('; ')}.`] : [];
  return [n.description, ...n.why, ...n.cost, ...norms].join(' ');
}

/** The current situation, then each scenario run (solved when it asks), each with its notes. */
export function comparisonColumns(
  analysis: Analysis, scenarios: readonly { scenario: Scenario; input?: unknown }[], lang: Lang,
): ComparisonColumn[] {
  return [
    { result: currentSituation(analysis, CURRENT_SITUATION[lang]), note: null, notes: null, scenario: null },
    ...scenarios.map(({ scenario, input }) => {
      const result = runScenario(analysis, scenario, lang);
      // A solved scenario is described at the value it was solved for.
      const s = result.solved ? parameter(result.solved.parameter)?.set(scenario, result.solved.value) ?? scenario : scenario;
      const notes = columnNotes(analysis, input ?? {}, s, result, lang);
      return { result, note: joinNotes(notes, lang), notes, scenario };
    }),
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
