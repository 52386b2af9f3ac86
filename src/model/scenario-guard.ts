/**
 * Figures that explode. Inputs can be valid yet extreme: a productivity gain of
 * −0.9999999999 (F11 divides by 1 + gain), a norm of 5e-324 hours (a divisor), a plaza of
 * 1e-300 students. The formulas then give 1.4e17 FTE, or pass through Infinity to NaN and a
 * silent null. Such a figure is not a figure: it is null, with a note that names the
 * figure and the input that caused it (domain: "a figure is right or flagged").
 *
 * A figure explodes when it is not finite or its size is beyond any school board:
 * more than LIMITS[unit] (FTE, students, lessons, ratios 1e9; hours 1e12; euros 1e15).
 * The inputs named are the scenario's numeric inputs at an extreme: a divisor-like value
 * (norm, plaza size, students per assistant) above 0 but below 1e-6, or a gain with
 * 1 + gain below 1e-6. When none is, the note names the workbook's data.
 */

import { LABELS, SCENARIO_KEYS, UNITS, type Unit } from './labels';
import type { Scenario, ScenarioResult } from './api';
import type { Norms } from './norms';

export interface ScenarioNote {
  /** The scenario input at fault (`productivityGain.gain`, `norms.maxTeachingHours`), or '' for the workbook. */
  key: string;
  message: string;
  messageEn: string;
}

const LIMITS: Record<Unit, number> = { count: 1e9, fte: 1e9, lessons: 1e9, ratio: 1e9, hours: 1e12, euro: 1e15 };

/** Smallest input magnitude that is not "extreme" (see above). */
const TINY = 1e-6;

function extremeInputs(scenario: Scenario, norms: Norms): string[] {
  const out: string[] = [];
  const tiny = (v: number | null | undefined) => typeof v === 'number' && v > 0 && v < TINY;
  for (const [k, v] of Object.entries(norms)) if (tiny(v as number)) out.push(`norms.${k} = ${v}`);
  const g = scenario.productivityGain;
  if (g && 1 + g.gain < TINY) out.push(`productivityGain.gain = ${g.gain}`);
  if (scenario.plaza && tiny(scenario.plaza.size)) out.push(`plaza.size = ${scenario.plaza.size}`);
  if (tiny(scenario.studentsPerAssistant)) out.push(`studentsPerAssistant = ${scenario.studentsPerAssistant}`);
  return out;
}

function shown(v: number | null): string {
  return v === null || Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? v.toPrecision(3) : String(v);
}

/**
 * The result with every exploded figure set to null, and a note per run saying which
 * figures and which inputs. `raw` holds the figures before the formulas' own
 * finite-checks turned some into null (pass the result itself when there are none).
 */
export function guardFigures(
  result: ScenarioResult, raw: Partial<Record<string, number | null>>, scenario: Scenario, norms: Norms,
): ScenarioResult & { notes?: ScenarioNote[] } {
  const bad: string[] = [];
  const badEn: string[] = [];
  const out = { ...result } as ScenarioResult & { notes?: ScenarioNote[] };
  for (const key of SCENARIO_KEYS) {
    const v = out[key];
    const before = key in raw ? raw[key] ?? null : v;
    const exploded = typeof v === 'number'
      ? !Number.isFinite(v) || Math.abs(v) > LIMITS[UNITS[key]]
      : typeof before === 'number' && (!Number.isFinite(before) || Math.abs(before) > LIMITS[UNITS[key]]);
    if (!exploded) continue;
    const value = typeof v === 'number' ? v : before ?? null;
    out[key] = null;
    bad.push(`${LABELS[key].nl} (${shown(value)})`);
    badEn.push(`${LABELS[key].en} (${shown(value)})`);
  }
  if (bad.length === 0) return result;
  const inputs = extremeInputs(scenario, norms);
  const cause = inputs.length ? inputs.join(', ') : '';
  out.notes = [...(result as { notes?: ScenarioNote[] }).notes ?? [], {
    key: inputs.length ? inputs[0].split(' = ')[0] : '',
    message: `${scenario.name}: ${bad.join(', ')} loopt uit de hand en is leeg gelaten; oorzaak: ${cause || 'de gegevens van de werkmap'} (een waarde vlak bij de grens van het toegestane bereik).`,
    messageEn: `${scenario.name}: ${badEn.join(', ')} explodes and is left empty; caused by ${cause || "the workbook's data"} (a value right at the edge of its valid range).`,
  }];
  return out;
}
