import type { Analysis, Scenario, SolveSpec, Solved } from './api';

/** STUB — being implemented by the lead. */
export function solveScenario(analysis: Analysis, scenario: Scenario, spec: SolveSpec): { solved: Solved; reason?: string } {
  throw new Error('not implemented' + String(analysis) + String(scenario) + String(spec));
}
