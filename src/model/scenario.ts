/**
 * Running a scenario (cli.md): the step above validation (scenario-validate.ts), the
 * parameter rows (scenario-rows.ts), the figures (scenario-evaluate.ts) and solve
 * (solve.ts). solve.ts evaluates through scenario-evaluate.ts, so nothing imports in a
 * circle. This module also re-exports those steps under their old home.
 *
 * Reading: a scenario with `solve` reports its figures at the solved value (when found).
 */

import type { Analysis, Scenario, ScenarioResult } from './api';
import { evaluateScenario } from './scenario-evaluate';
import { solveScenario } from './solve';
import type { Lang } from './labels';

export { resolveScenario } from './scenario-validate';
export { scenarioFromParameters } from './scenario-rows';
export { evaluateScenario, currentSituation } from './scenario-evaluate';
export { canonicalParameter } from './parameters';

/**
 * The figures of one scenario (cli.md) over the analysed tables. When the scenario asks to
 * solve, the figures are those at the solved value.
 */
export function runScenario(analysis: Analysis, scenario: Scenario, lang: Lang = 'nl'): ScenarioResult {
  if (scenario.solve) {
    const { solved, reason, scenario: at } = solveScenario(analysis, scenario, scenario.solve, lang);
    const base = evaluateScenario(analysis, solved && at ? at : scenario);
    return solved ? { ...base, solved } : { ...base, solved: null, solveReason: reason };
  }
  return evaluateScenario(analysis, scenario);
}
