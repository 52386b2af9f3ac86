/**
 * The pure functions the pane needs, bundled so that the pane loads them lazily (the engine
 * and the reader land in their own chunk) and tests can pass fakes. The real implementation
 * is engine-impl.ts; index.tsx passes `() => import('./engine-impl')`.
 */

import type { Analysis, Scenario, ScenarioInput, ScenarioParse, ScenarioResult, SolveSpec, Solved } from '../model/api';
import type { Comparison } from '../model/comparison';
import type { Lang } from '../model/labels';
import type { Norms } from '../model/norms';
import type { FormationTable } from '../model/types';
import type { ReadOptions, ReadResult, SheetValues } from '../sheet/types';

export interface Engine {
  readWorkbook(sheets: SheetValues[], options?: ReadOptions): ReadResult;
  analyse(tables: FormationTable[], norms?: Partial<Norms>): Analysis;
  resolveScenario(input: unknown, fallbackName?: string): ScenarioParse;
  runScenario(analysis: Analysis, scenario: Scenario): ScenarioResult;
  currentSituation(analysis: Analysis): ScenarioResult;
  /** The reason for no solution is in `lang` (default Dutch). */
  solveScenario(analysis: Analysis, scenario: Scenario, spec: SolveSpec, lang?: Lang): { solved: Solved; reason?: string };
  /** The model's comparison use case: tables → analysis → current situation + valid scenarios → columns. */
  compare(tables: FormationTable[], request: { norms?: Partial<Norms>; scenarios: readonly ScenarioInput[]; lang: Lang }): Comparison;
}

export type EngineLoader = () => Promise<Engine>;
