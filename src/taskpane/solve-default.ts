/**
 * The default question of "Wat is nodig?" for one scenario: the engine's own
 * (engine.defaultSolveQuestion, the model's helper) when it has one, otherwise the pane's
 * reading of the same rule: "what closes the teacher shortage?" (shortageAfterFte → 0),
 * trying the scenario's own levers first (plaza share, productivity gain, reinvest share),
 * then every other parameter that can move the shortage (parametersAffecting), contract
 * and timetable norms never proposed. A question without an answer on the loaded workbook
 * says in words why.
 */

import type { Analysis, Scenario } from '../model/api';
import type { Lang, ScenarioKey } from '../model/labels';
import { LABELS } from '../model/labels';
import { parameterLabel, parametersAffecting } from '../model/parameters';
import type { Engine } from './engine';
import { formatFigure } from './format';

export interface DefaultQuestion {
  metric: ScenarioKey;
  value: number;
  /** The proposed parameter, or null when none has an answer. */
  parameter: string | null;
  /** Why no parameter has an answer, in words; null when one has. */
  reason: string | null;
}

const PREFERRED = ['plaza.share', 'productivityGain.share', 'productivityGain.gain', 'reinvestShare'];
const NOT_A_LEVER = new Set(['annualHours', 'maxTeachingHours', 'lessonMinutes', 'teachingWeeks', 'surcharge', 'assistantHours']);

export function defaultQuestion(engine: Engine, analysis: Analysis, scenario: Scenario, lang: Lang): DefaultQuestion {
  if (engine.defaultSolveQuestion) {
    const q = engine.defaultSolveQuestion(analysis, scenario, lang);
    return { metric: q.metric, value: q.value, parameter: q.parameter, reason: q.reason };
  }
  const en = lang === 'en';
  const metric: ScenarioKey = 'shortageAfterFte';
  const value = 0;
  const paths = parametersAffecting(metric, scenario);
  const ordered = [...PREFERRED.filter((p) => paths.includes(p)), ...paths.filter((p) => !PREFERRED.includes(p))];
  const now = engine.runScenario(analysis, scenario)[metric];
  if (now === null) {
    return {
      metric,
      value,
      parameter: null,
      reason: en
        ? 'No question to propose: the workbook gives no teacher shortage (a demand table and a staff table are both needed).'
        : 'Geen vraag voor te stellen: de werkmap geeft geen tekort aan leraren (er zijn een lesvraagtabel en een personeelstabel nodig).',
    };
  }
  for (const p of ordered.filter((x) => !NOT_A_LEVER.has(x))) {
    try {
      if (engine.solveScenario(analysis, scenario, { parameter: p, metric, value }, lang).solved) return { metric, value, parameter: p, reason: null };
    } catch {
      /* try the next lever */
    }
  }
  const names = ordered.filter((x) => !NOT_A_LEVER.has(x)).map((p) => parameterLabel(p, lang)).join(', ');
  const fig = formatFigure(metric, now, lang);
  return {
    metric,
    value,
    parameter: null,
    reason: en
      ? `No value of this scenario brings ${LABELS[metric].en} to 0 (now ${fig})${names ? `: ${names} cannot close it within their ranges` : ''}. Add a learning plaza, a productivity gain or task transfer with reinvestment.`
      : `Geen waarde van dit scenario brengt ${LABELS[metric].nl} op 0 (nu ${fig})${names ? `: ${names} dichten het niet binnen hun bereik` : ''}. Voeg een leerplein, productiviteitswinst of takenoverdracht met herinvestering toe.`,
  };
}
