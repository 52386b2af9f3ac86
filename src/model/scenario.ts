import type { Analysis, ScenarioParse, ScenarioResult, Scenario } from './api';

/** STUB — being implemented by the lead. Validates a scenario file object (cli.md). */
export function resolveScenario(input: unknown, fallbackName?: string): ScenarioParse {
  throw new Error('not implemented' + String(input) + fallbackName);
}
/** STUB — SCENARIO's key/value parameter rows (functions.md) → the same validation. */
export function scenarioFromParameters(rows: unknown[][], fallbackName?: string): ScenarioParse {
  throw new Error('not implemented' + String(rows) + fallbackName);
}
/** STUB */
export function runScenario(analysis: Analysis, scenario: Scenario): ScenarioResult {
  throw new Error('not implemented' + String(analysis) + String(scenario));
}
/** STUB — the current-situation column. */
export function currentSituation(analysis: Analysis): ScenarioResult {
  throw new Error('not implemented' + String(analysis));
}
