/**
 * The default question of "Wat is nodig?" (the pane's solve form): for a loaded analysis and
 * a scenario, a (parameter, figure, target) that has an answer on this workbook, or in words
 * why none has. The form lists only the parameters that can move the chosen figure
 * (parametersAffecting).
 *
 * Reading taken here: the question a controller asks first is "what closes the teacher
 * shortage?" (shortageAfterFte → 0). Parameters are tried in the order of the scenario's own
 * levers: the plaza's share, the productivity gain's share and size, the reinvest share of
 * freed hours, then the other scenario values that can move the shortage (registry order);
 * contract and timetable norms (lesson length, teaching load…) are listed for the form but
 * never proposed: shortening lessons is not what "what is needed?" means.
 */

import type { Analysis, Scenario } from './api';
import type { Lang, ScenarioKey } from './labels';
import { LABELS } from './labels';
import { parameter, parametersAffecting } from './parameters';
import { solveScenario } from './solve';
import { evaluateScenario } from './scenario-evaluate';
import { formatNumber } from './format';

export interface SolveQuestion {
  /** The figure asked about. */
  metric: ScenarioKey;
  /** Its target. */
  value: number;
  /** The parameters that can move the figure in this scenario (paths), for the form's list. */
  parameters: { path: string; label: string }[];
  /** The proposed parameter (a path of `parameters`), or null when none has an answer. */
  parameter: string | null;
  /** The answer at the proposed parameter, or null. */
  answer: number | null;
  /** Why no parameter has an answer (in `lang`); null when one has. */
  reason: string | null;
}

const PREFERRED = ['plaza.share', 'productivityGain.share', 'productivityGain.gain', 'reinvestShare'];

/** Norms that describe the school's contract and timetable, never the lever of a default question. */
const NOT_A_LEVER = new Set(['annualHours', 'maxTeachingHours', 'lessonMinutes', 'teachingWeeks', 'surcharge', 'assistantHours']);

/** The default "Wat is nodig?" question for `scenario` on `analysis` (see the module comment). */
export function defaultSolveQuestion(analysis: Analysis, scenario: Scenario, lang: Lang): SolveQuestion {
  const en = lang === 'en';
  const metric: ScenarioKey = 'shortageAfterFte';
  const value = 0;
  const paths = parametersAffecting(metric, scenario);
  const ordered = [...PREFERRED.filter((p) => paths.includes(p)), ...paths.filter((p) => !PREFERRED.includes(p))];
  const parameters = ordered.map((path) => ({ path, label: parameter(path)?.label[lang] ?? path }));
  const base: SolveQuestion = { metric, value, parameters, parameter: null, answer: null, reason: null };
  const label = LABELS[metric][lang];

  const now = evaluateScenario(analysis, { ...scenario, solve: null });
  if (now[metric] === null) {
    const why = analysis.totals.teacherFteNeeded === null
      ? (en ? 'the workbook has no demand table (lessons per week), so there is no teacher need' : 'de werkmap heeft geen lesvraagtabel (lessen per week), dus er is geen lerarenbehoefte')
      : (en ? 'the workbook gives no teacher FTE available (no staff table), so there is no shortage to close' : 'de werkmap geeft geen beschikbare FTE leraren (geen personeelstabel), dus er is geen tekort om te dichten');
    return { ...base, reason: en ? `No question to propose: ${why}.` : `Geen vraag voor te stellen: ${why}.` };
  }
  for (const p of ordered.filter((x) => !NOT_A_LEVER.has(x))) {
    const out = solveScenario(analysis, scenario, { parameter: p, metric, value }, lang);
    if (out.solved) return { ...base, parameter: p, answer: out.solved.value };
  }
  const fig = formatNumber(now[metric] as number, 2, lang).replace(/^-/, '\u2212');
  const names = parameters.map((p) => p.label).join(', ');
  return {
    ...base,
    reason: en
      ? `No parameter of this scenario brings ${label} to 0 (now ${fig})${names ? `: ${names} cannot close it within their ranges` : ''}. Add a learning plaza, a productivity gain or more task transfer with reinvestment.`
      : `Geen parameter van dit scenario brengt ${label} op 0 (nu ${fig})${names ? `: ${names} dichten het niet binnen hun bereik` : ''}. Voeg een leerplein, productiviteitswinst of meer takenoverdracht met herinvestering toe.`,
  };
}
