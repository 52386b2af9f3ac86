/**
 * The comparison's columns: the current situation first, then every valid scenario in pane
 * order (an invalid one is named, not shown). Pure: the engine is passed in.
 */

import type { Analysis, Scenario, ScenarioInput, ScenarioResult } from '../model/api';
import type { Engine } from './engine';

export interface Column {
  id: string;
  name: string;
  result: ScenarioResult;
  scenario: Scenario | null;
  input: ScenarioInput | null;
}

export interface Columns {
  cols: Column[];
  /** Names of the scenarios the engine refused (they get no column). */
  invalid: string[];
}

export function comparisonColumns(
  engine: Engine,
  analysis: Analysis,
  inputs: ScenarioInput[],
  ids: (string | undefined)[],
  names: { current: string; scenarioN(n: number): string },
): Columns {
  const cols: Column[] = [
    { id: 'current', name: names.current, result: engine.currentSituation(analysis), scenario: null, input: null },
  ];
  const invalid: string[] = [];
  inputs.forEach((input, i) => {
    const name = input.name ?? names.scenarioN(i + 1);
    const r = engine.resolveScenario(input, name);
    if (!r.ok) {
      invalid.push(name);
      return;
    }
    cols.push({
      id: ids[i] ?? String(i),
      name: r.scenario.name || name,
      result: engine.runScenario(analysis, r.scenario),
      scenario: r.scenario,
      input,
    });
  });
  return { cols, invalid };
}
