/**
 * The texts beside a scenario column, made from the parameters the scenario actually uses
 * and the figures it gives (never a preset's fixed wording): what the column rests on, why
 * its figures come out as they do, what its cost difference is made of, the norms it sets.
 * Every face (CLI report, result workbook, pane) shows these through comparison.ts.
 *
 * Readings taken here (named so they can be settled):
 * - The price part of a cost difference is the current formation (teacher need, assistants
 *   employed) priced at the scenario's own cost per FTE minus the same at the workbook's;
 *   the rest of the difference is the change of formation at the scenario's prices.
 * - The one-click reinvest variant sets `norms.reinvestShare` and keeps every other value.
 */

import type { Analysis, Scenario, ScenarioInput, ScenarioResult } from './api';
import type { Lang } from './labels';
import { mergeNorms, normDef, type NormKey } from './norms';
import { PRESETS, type PresetKey } from './presets';
import { evaluateScenario, currentSituationCost } from './scenario-evaluate';
import { formatFigure, formatNumber, formatPercent, formatPlain, MINUS } from './format';
import { FIXED_PARAMETERS, NORM_PARAMETERS, parameterLabel } from './parameters';

const fte = (v: number, lang: Lang) => formatNumber(v, 2, lang).replace(/^-/, MINUS);
const euro = (v: number, lang: Lang) => formatFigure('cost', v, lang).replace(/(\u20ac )-/, `$1${MINUS}`);
/** The difference of two costs as the report prints them (whole euros), so the note's sums agree with the table. */
const printed = (v: number) => Math.round(v);
const hours = (v: number, lang: Lang) => formatNumber(v, 0, lang);

function plural(n: number, one: string, many: string): string {
  return `${formatPlain(n, 'nl')} ${n === 1 ? one : many}`;
}

function pluralEn(n: number, one: string, many: string): string {
  return `${formatPlain(n, 'en')} ${n === 1 ? one : many}`;
}

/** What the scenario sets, in words, from the validated values (the preset applied). */
export function describeScenario(scenario: Scenario, lang: Lang): string {
  const en = lang === 'en';
  const parts: string[] = [];
  const pl = scenario.plaza;
  if (pl) {
    parts.push(en
      ? `Learning plaza for ${formatPercent(pl.share, lang)} of lessons: plazas of ${pluralEn(pl.size, 'pupil', 'pupils')} with ${pluralEn(pl.teachers, 'teacher', 'teachers')} and ${pluralEn(pl.assistants, 'assistant', 'assistants')}.`
      : `Leerplein voor ${formatPercent(pl.share, lang)} van de lessen: pleinen van ${plural(pl.size, 'leerling', 'leerlingen')} met ${plural(pl.teachers, 'leraar', 'leraren')} en ${plural(pl.assistants, 'onderwijsassistent', 'onderwijsassistenten')}.`);
  }
  const g = scenario.productivityGain;
  if (g) {
    parts.push(en
      ? `Productivity gain ${formatPercent(g.gain, lang)} on ${formatPercent(g.share, lang)} of lessons.`
      : `Productiviteitswinst ${formatPercent(g.gain, lang)} op ${formatPercent(g.share, lang)} van de lessen.`);
  }
  const tasks = scenario.tasks.filter((t) => t.share > 0);
  if (tasks.length > 0) {
    const list = tasks.map((t) => {
      const own = t.assumption ? '' : en ? ` (${formatPlain(t.hoursPerFte, lang)} h per teacher FTE)` : ` (${formatPlain(t.hoursPerFte, lang)} uur per FTE leraar)`;
      return `${en ? t.en : t.nl} ${formatPercent(t.share, lang)}${own}`;
    });
    const assumed = tasks.some((t) => t.assumption);
    parts.push(en
      ? `Tasks handed to assistants: ${list.join(', ')}; other tasks 0%${assumed ? ' (hours per task: catalogue assumption)' : ''}.`
      : `Takenoverdracht naar onderwijsassistenten: ${list.join(', ')}; overige taken 0%${assumed ? ' (uren per taak: aanname uit de catalogus)' : ''}.`);
  }
  if (scenario.studentsPerAssistant !== null) {
    const r = formatPlain(scenario.studentsPerAssistant, lang, 1);
    parts.push(en
      ? `Benchmark ${r} pupils per assistant FTE, shown beside the need, never added.`
      : `Ratio ${r} leerlingen per FTE OA als vergelijking naast de behoefte, niet opgeteld.`);
  }
  const c = scenario.costPerFte;
  const prices: string[] = [];
  if (c.teacher !== null) prices.push(en ? `${euro(c.teacher, lang)} per teacher FTE` : `${euro(c.teacher, lang)} per FTE leraar`);
  if (c.assistant !== null) prices.push(en ? `${euro(c.assistant, lang)} per assistant FTE` : `${euro(c.assistant, lang)} per FTE OA`);
  if (prices.length > 0) parts.push(en ? `Own cost: ${prices.join(', ')}.` : `Eigen kosten: ${prices.join(', ')}.`);
  if (parts.length === 0) parts.push(en ? 'No change: the current formation.' : 'Geen wijziging: de huidige formatie.');
  return parts.join(' ');
}

/** The norms the scenario sets itself, with units: "coördinatietijd 0,15 uur leraar per overgedragen uur". */
export function scenarioNorms(scenario: Scenario, lang: Lang): string[] {
  return (Object.keys(scenario.norms) as NormKey[])
    .filter((k) => scenario.norms[k] !== undefined)
    .map((k) => {
      const d = normDef(k);
      return `${lang === 'en' ? d.en : d.nl} ${formatPlain(scenario.norms[k] as number, lang)} ${lang === 'en' ? d.unitEn : d.unitNl}`;
    });
}

/** The labels of the values `input` sets itself (registry order). */
export function ownValueLabels(input: ScenarioInput, lang: Lang): string[] {
  const out: string[] = [];
  for (const p of [...FIXED_PARAMETERS, ...NORM_PARAMETERS]) if (p.getInput(input) !== undefined) out.push(p.label[lang]);
  for (const t of input.tasks ?? []) {
    if (!t || typeof t.key !== 'string') continue;
    if (t.share !== undefined) out.push(parameterLabel(`task.${t.key}.share`, lang));
    if (t.hoursPerFte !== undefined) out.push(parameterLabel(`task.${t.key}.hoursPerFte`, lang));
  }
  if (input.plaza === null) out.push(lang === 'en' ? 'no learning plaza' : 'geen leerplein');
  if (input.productivityGain === null) out.push(lang === 'en' ? 'no productivity gain' : 'geen productiviteitswinst');
  return out;
}

/** Where the values come from: the practice example, and the own values over it. */
export function presetOrigin(input: unknown, scenario: Scenario, lang: Lang): string | null {
  const key = scenario.preset as PresetKey | null;
  if (!key || !PRESETS[key]) return null;
  const name = lang === 'en' ? PRESETS[key].en : PRESETS[key].nl;
  const given = input && typeof input === 'object' ? (input as ScenarioInput) : {};
  const own = ownValueLabels(given, lang);
  if (lang === 'en') return `Starting point: practice example ${name}, in our reading${own.length ? `; own values set: ${own.join(', ')}` : ''}.`;
  return `Uitgangspunt: praktijkvoorbeeld ${name}, in onze lezing${own.length ? `; eigen waarden gezet: ${own.join(', ')}` : ''}.`;
}

/**
 * Why the figures come out as they do, from the values used: freed hours that relieve
 * workload unless reinvested (with what reinvesting half would give), a plaza that raises
 * or lowers the teacher need, a productivity gain that carries no assistant cost.
 */
export function whyNotes(analysis: Analysis, scenario: Scenario, result: ScenarioResult, lang: Lang): string[] {
  const en = lang === 'en';
  const n = mergeNorms(analysis.norms, scenario.norms);
  const out: string[] = [];
  const freed = result.netHoursFreed;
  if (freed !== null && freed > 0) {
    const perWeek = result.hoursFreedPerTeacherFtePerWeek;
    const pw = perWeek === null ? '' : en ? ` (${fte(perWeek, lang)} h per teacher FTE per week)` : ` (${fte(perWeek, lang)} uur per FTE leraar per week)`;
    if (n.reinvestShare === 0) {
      const half = evaluateScenario(analysis, { ...scenario, solve: null, norms: { ...scenario.norms, reinvestShare: 0.5 } });
      const then = half.extraLessonFte === null ? '' : en
        ? ` Reinvesting half of them would give ${fte(half.extraLessonFte, lang)} FTE of extra teaching capacity${half.shortageAfterFte === null ? '' : ` (shortage after scenario ${fte(half.shortageAfterFte, lang)} FTE)`}.`
        : ` Wie de helft herinvesteert, krijgt ${fte(half.extraLessonFte, lang)} FTE extra lescapaciteit${half.shortageAfterFte === null ? '' : ` (tekort na scenario ${fte(half.shortageAfterFte, lang)} FTE)`}.`;
      out.push((en
        ? `The ${hours(freed, lang)} net hours freed${pw} relieve teachers' workload: reinvest share is 0, so they give no extra lessons and the shortage does not change.`
        : `De ${hours(freed, lang)} netto vrijgespeelde uren${pw} verlichten de werkdruk van leraren: herinvestering in lessen staat op 0, dus ze leveren geen extra lessen en het tekort verandert niet.`) + then);
    } else if (result.extraLessonFte !== null) {
      out.push(en
        ? `Reinvest share ${formatPercent(n.reinvestShare, lang)}: ${hours(freed * n.reinvestShare, lang)} of the ${hours(freed, lang)} net hours freed become lessons, ${fte(result.extraLessonFte, lang)} FTE of extra teaching capacity (F12: each lesson hour takes 1 + ${formatPlain(n.surcharge, lang)} h with preparation; teaching load ${formatPlain(n.maxTeachingHours, lang)} h per FTE).`
        : `Herinvestering in lessen ${formatPercent(n.reinvestShare, lang)}: ${hours(freed * n.reinvestShare, lang)} van de ${hours(freed, lang)} netto vrijgespeelde uren worden lessen, ${fte(result.extraLessonFte, lang)} FTE extra lescapaciteit (F12: elk lesuur kost 1 + ${formatPlain(n.surcharge, lang)} uur met voorbereiding; lestaak ${formatPlain(n.maxTeachingHours, lang)} uur per FTE).`);
    }
  }
  const pl = scenario.plaza;
  if (pl && result.teacherFteNeeded !== null && pl.share > 0) {
    const before = evaluateScenario(analysis, { ...scenario, solve: null, plaza: null, productivityGain: null }).teacherFteNeeded;
    if (before !== null) {
      const d = result.teacherFteNeeded - before;
      const per = formatPlain(pl.size / pl.teachers, lang, 1);
      if (d > 0.005) {
        out.push(en
          ? `The plaza needs ${fte(d, lang)} teacher FTE more than classes: each cohort and subject gets its own plazas of ${formatPlain(pl.size, lang)} pupils with ${pluralEn(pl.teachers, 'teacher', 'teachers')} (F10), ${per} pupils per teacher on a full plaza, but a cohort that does not fill its plaza still gets ${pluralEn(pl.teachers, 'teacher', 'teachers')}. The gain is then in support, not in formation.`
          : `Het leerplein vraagt ${fte(d, lang)} FTE leraren meer dan klassikaal: elk cohort en vak krijgt eigen pleinen van ${formatPlain(pl.size, lang)} leerlingen met ${plural(pl.teachers, 'leraar', 'leraren')} (F10), ${per} leerlingen per leraar op een vol plein, maar een cohort dat zijn plein niet vult krijgt toch ${plural(pl.teachers, 'leraar', 'leraren')}. De winst zit dan in begeleiding, niet in formatie.`);
      } else if (d < -0.005) {
        out.push(en
          ? `The plaza saves ${fte(-d, lang)} teacher FTE: ${per} pupils per teacher on a full plaza of ${formatPlain(pl.size, lang)} pupils with ${pluralEn(pl.teachers, 'teacher', 'teachers')} (F10).`
          : `Het leerplein bespaart ${fte(-d, lang)} FTE leraren: ${per} leerlingen per leraar op een vol plein van ${formatPlain(pl.size, lang)} leerlingen met ${plural(pl.teachers, 'leraar', 'leraren')} (F10).`);
      }
    }
  }
  const g = scenario.productivityGain;
  if (g && g.share > 0 && g.gain !== 0 && result.teacherFteNeeded !== null) {
    const before = evaluateScenario(analysis, { ...scenario, solve: null, plaza: null, productivityGain: null }).teacherFteNeeded;
    if (before !== null && Math.abs(before - result.teacherFteNeeded) > 0.005) {
      const d = before - result.teacherFteNeeded;
      const what = d > 0 ? (en ? 'lowers' : 'verlaagt') : (en ? 'raises' : 'verhoogt');
      out.push(en
        ? `The productivity gain ${what} the teacher need by ${fte(Math.abs(d), lang)} FTE (F11). The model adds no assistants for it: to see what the reorganisation costs, add the tasks or plazas that carry it.`
        : `De productiviteitswinst ${what} de lerarenbehoefte met ${fte(Math.abs(d), lang)} FTE (F11). Het model rekent daarvoor geen extra onderwijsassistenten: voeg de taken of leerpleinen toe die de reorganisatie dragen om de kosten ervan te zien.`);
    }
  }
  return out;
}

/**
 * What the cost difference is made of: a price change when the scenario sets its own cost
 * per FTE, or the comparison basis when the current situation has no cost.
 */
export function costNotes(analysis: Analysis, scenario: Scenario, result: ScenarioResult, lang: Lang): string[] {
  const en = lang === 'en';
  const delta = result.costDelta;
  if (delta === null) return [];
  const current = currentSituationCost(analysis);
  const s = scenario.costPerFte;
  const w = analysis.costPerFte;
  if (current === null) {
    if (s.teacher === null && s.assistant === null) return [];
    return [en
      ? `The workbook gives no staff cost for the current situation: the difference compares with the current formation priced at this scenario's own cost per FTE.`
      : `De werkmap geeft geen personeelskosten voor de huidige situatie: het verschil vergelijkt met de huidige formatie tegen de eigen kosten per FTE van dit scenario.`];
  }
  const t = analysis.totals;
  let price = 0;
  const said: string[] = [];
  if (s.teacher !== null && w.teacher !== null && s.teacher !== w.teacher && t.teacherFteNeeded) {
    price += t.teacherFteNeeded * (s.teacher - w.teacher);
    said.push(en ? `${euro(s.teacher, lang)} per teacher FTE instead of the workbook's ${euro(w.teacher, lang)}` : `${euro(s.teacher, lang)} per FTE leraar in plaats van ${euro(w.teacher, lang)} uit de werkmap`);
  }
  if (s.assistant !== null && w.assistant !== null && s.assistant !== w.assistant && t.assistantFte) {
    price += t.assistantFte * (s.assistant - w.assistant);
    said.push(en ? `${euro(s.assistant, lang)} per assistant FTE instead of the workbook's ${euro(w.assistant, lang)}` : `${euro(s.assistant, lang)} per FTE OA in plaats van ${euro(w.assistant, lang)} uit de werkmap`);
  }
  if (said.length === 0) return [];
  // In whole euros as printed: the price part and the rest add up to the printed difference.
  const d = current !== null && result.cost !== null ? printed(result.cost) - printed(current) : printed(delta);
  const p = printed(price);
  return [en
    ? `Of the difference of ${euro(d, lang)}, ${euro(p, lang)} is a price change (this scenario uses ${said.join(' and ')}, on the current formation); the change of formation itself accounts for ${euro(d - p, lang)}.`
    : `Van het verschil van ${euro(d, lang)} is ${euro(p, lang)} een prijsverschil (dit scenario rekent met ${said.join(' en ')}, over de huidige formatie); de andere formatie zelf kost ${euro(d - p, lang)}.`];
}

/**
 * The one-click variant that turns part of the freed hours into lessons: the same scenario
 * with `norms.reinvestShare` = share, named "… (herinvesteren 50%)" / "… (reinvest 50%)".
 */
export function withReinvest(input: ScenarioInput, share: number, lang: Lang): ScenarioInput {
  const key = typeof input.preset === 'string' ? (input.preset.trim().toLowerCase() as PresetKey) : null;
  const base = input.name ?? (key && PRESETS[key] ? (lang === 'en' ? PRESETS[key].en : PRESETS[key].nl) : 'Scenario');
  const pct = formatPercent(share, lang);
  return {
    ...input,
    name: `${base} (${lang === 'en' ? 'reinvest' : 'herinvesteren'} ${pct})`,
    norms: { ...(input.norms ?? {}), reinvestShare: share },
  };
}

/**
 * The current situation's staff cost as a sum, beside the payroll totals, so a reader sees
 * why the two differ: "81,29 FTE leraren nodig × € 80.755 + 7,60 FTE OA in dienst × € 57.380
 * = € 7.433.652; de loonkosten (€ 7.000.760) betalen het personeel in dienst (75,50 FTE
 * leraren, 7,60 FTE OA)". Null when the workbook gives no cost.
 */
export function costExplanation(analysis: Analysis, lang: Lang): string | null {
  const en = lang === 'en';
  const t = analysis.totals;
  const c = analysis.costPerFte;
  const cost = currentSituationCost(analysis);
  const parts: string[] = [];
  if (cost !== null) {
    const terms: string[] = [];
    if (t.teacherFteNeeded && c.teacher !== null) terms.push(`${fte(t.teacherFteNeeded, lang)} ${en ? 'teacher FTE needed' : 'FTE leraren nodig'} \u00d7 ${euro(c.teacher, lang)}`);
    if (t.assistantFte && c.assistant !== null) terms.push(`${fte(t.assistantFte, lang)} ${en ? 'assistant FTE employed' : 'FTE OA in dienst'} \u00d7 ${euro(c.assistant, lang)}`);
    parts.push(`${en ? 'Staff cost, current situation' : 'Personeelskosten huidige situatie'}: ${terms.join(' + ')} = ${euro(cost, lang)}`);
  }
  if (t.teacherCost !== null || t.assistantCost !== null) {
    const pay = (t.teacherCost ?? 0) + (t.assistantCost ?? 0);
    const who: string[] = [];
    if (t.teacherFteAvailable !== null) who.push(`${fte(t.teacherFteAvailable, lang)} ${en ? 'teacher FTE' : 'FTE leraren'}`);
    if (t.assistantFte !== null) who.push(`${fte(t.assistantFte, lang)} ${en ? 'assistant FTE' : 'FTE OA'}`);
    parts.push(en
      ? `payroll (${euro(pay, lang)}) pays the staff employed now${who.length ? ` (${who.join(', ')})` : ''}`
      : `de loonkosten (${euro(pay, lang)}) betalen het personeel dat nu in dienst is${who.length ? ` (${who.join(', ')})` : ''}`);
  }
  if (parts.length === 0) return null;
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}
