/**
 * The pane's bridges to the model's comparison helpers (through the lazily loaded engine):
 * the "herinvesteer 50%" variant of a scenario and the texts that explain the cost figures.
 */

import type { Analysis, ScenarioInput } from '../model/api';
import type { Lang } from '../model/labels';
import { FIGURE_EXPLANATIONS } from '../model/vocabulary';
import type { Engine } from './engine';

/**
 * The same scenario with `norms.reinvestShare` = share, named "… (herinvesteren 50%)": the
 * model's withReinvest; an engine without it (a test fake) gets the same change unnamed.
 */
export function reinvestVariant(engine: Engine, input: ScenarioInput, share: number, lang: Lang): ScenarioInput {
  if (engine.withReinvest) return engine.withReinvest(input, share, lang);
  return { ...input, norms: { ...(input.norms ?? {}), reinvestShare: share } };
}

/**
 * What the two cost figures mean, in the model's vocabulary: Personeelskosten (the
 * formation needed, priced), its difference, Loonkosten (the staff as paid), and the
 * current situation's sum when the workbook gives costs.
 */
export function costExplanations(engine: Engine, analysis: Analysis, lang: Lang): string[] {
  const sum = engine.costExplanation ? engine.costExplanation(analysis, lang) : null;
  return [
    FIGURE_EXPLANATIONS.cost[lang],
    FIGURE_EXPLANATIONS.costDelta[lang],
    FIGURE_EXPLANATIONS.payroll[lang],
    ...(sum ? [sum] : []),
  ];
}
