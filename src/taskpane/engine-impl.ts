/**
 * The real engine for the pane: the pure reader (src/sheet) and the model (src/model).
 * Loaded with a dynamic import so it lands in a lazy chunk, out of the pane's first paint.
 */

import { analyse, currentSituation, resolveScenario, runScenario, solveScenario } from '../model';
import { compare, costExplanation, defaultSolveQuestion, withReinvest } from '../model/comparison';
import { readWorkbook } from '../sheet';
import type { Engine } from './engine';

export const engine: Engine = {
  readWorkbook: (sheets, options) => readWorkbook(sheets, options ?? {}),
  analyse,
  resolveScenario,
  runScenario,
  currentSituation,
  solveScenario,
  compare,
  defaultSolveQuestion,
  costExplanation,
  withReinvest,
};
