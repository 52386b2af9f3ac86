/**
 * `solve` of cli.md: the value of one numeric scenario parameter that brings a scenario
 * figure to a target, searched within the parameter's valid range. Excel's Goal Seek does
 * not work with JavaScript custom functions, so the engine answers "what is needed?".
 *
 * Method: the range is scanned at evenly spaced points (every whole number for whole-number
 * parameters such as plaza.size), the first sign change of (figure − target) nearest to the
 * scenario's own value is located, and a continuous parameter is refined by bisection to
 * 1e-10 of the range. Figures with steps (F1's ceiling) may jump over the target: the answer
 * is then the first value at which the figure reaches or passes it, and `metricValue` says
 * what the figure is there. No sign change in range: `solved: null` with the reason.
 */

import { NORM_DEFS, normDef, type NormKey, type Norms } from './norms';
import { LABELS } from './labels';
import type { Analysis, Scenario, SolveSpec, Solved } from './api';
import { evaluateScenario } from './scenario';

interface ParamInfo {
  min: number;
  max: number;
  integer: boolean;
  get(s: Scenario): number | undefined;
  set(s: Scenario, v: number): Scenario;
  /** Why this parameter cannot be solved for in this scenario. */
  missing?: string;
}

/** Practical search ranges for parameters whose valid range is open-ended. */
const NORM_SEARCH: Record<NormKey, [number, number]> = {
  annualHours: [1, 3000],
  maxTeachingHours: [1, 1659],
  lessonMinutes: [10, 120],
  teachingWeeks: [1, 52],
  surcharge: [0, 5],
  assistantHours: [1, 3000],
  coordinationShare: [0, 1],
  reinvestShare: [0, 1],
};

function paramInfo(parameter: string, scenario: Scenario, analysisNorms: Norms): ParamInfo | { error: string } {
  const norm = NORM_DEFS.find((d) => d.key === parameter);
  if (norm) {
    const [min, max] = NORM_SEARCH[norm.key];
    return {
      min: Math.max(min, norm.min),
      max: Math.min(max, normDef(norm.key).max),
      integer: false,
      get: (s) => s.norms[norm.key] ?? analysisNorms[norm.key],
      set: (s, v) => ({ ...s, norms: { ...s.norms, [norm.key]: v } }),
    };
  }
  const plazaField = /^plaza\.(share|size|teachers|assistants)$/.exec(parameter);
  if (plazaField) {
    const f = plazaField[1] as 'share' | 'size' | 'teachers' | 'assistants';
    if (!scenario.plaza) return { error: `dit scenario heeft geen leerplein; geef eerst plaza op om ${parameter} te zoeken` };
    const ranges = { share: [0, 1, false], size: [1, 500, true], teachers: [1, 10, true], assistants: [0, 10, true] } as const;
    const [min, max, integer] = ranges[f];
    return {
      min, max, integer,
      get: (s) => s.plaza?.[f],
      set: (s, v) => ({ ...s, plaza: { ...s.plaza!, [f]: v } }),
    };
  }
  const gainField = /^productivityGain\.(gain|share)$/.exec(parameter);
  if (gainField) {
    const f = gainField[1] as 'gain' | 'share';
    if (!scenario.productivityGain) return { error: `dit scenario heeft geen productiviteitswinst; geef eerst productivityGain op om ${parameter} te zoeken` };
    return {
      min: 0, max: f === 'gain' ? 3 : 1, integer: false,
      get: (s) => s.productivityGain?.[f],
      set: (s, v) => ({ ...s, productivityGain: { ...s.productivityGain!, [f]: v } }),
    };
  }
  if (parameter === 'studentsPerAssistant') {
    return {
      min: 1, max: 5000, integer: false,
      get: (s) => s.studentsPerAssistant ?? undefined,
      set: (s, v) => ({ ...s, studentsPerAssistant: v }),
    };
  }
  const costField = /^costPerFte\.(teacher|assistant)$/.exec(parameter);
  if (costField) {
    const f = costField[1] as 'teacher' | 'assistant';
    return {
      min: 0, max: 500000, integer: false,
      get: (s) => s.costPerFte[f] ?? undefined,
      set: (s, v) => ({ ...s, costPerFte: { ...s.costPerFte, [f]: v } }),
    };
  }
  const task = /^task\.(.+)\.(share|hoursPerFte)$/.exec(parameter);
  if (task) {
    const [, key, f] = task;
    if (!scenario.tasks.some((t) => t.key === key)) return { error: `onbekende taak ${key}` };
    return {
      min: 0, max: f === 'share' ? 1 : analysisNorms.annualHours, integer: false,
      get: (s) => s.tasks.find((t) => t.key === key)?.[f as 'share' | 'hoursPerFte'],
      set: (s, v) => ({ ...s, tasks: s.tasks.map((t) => (t.key === key ? { ...t, [f]: v } : t)) }),
    };
  }
  return { error: `onbekende parameter ${parameter}` };
}

export interface SolveOutcome {
  solved: Solved;
  reason?: string;
  /** The scenario with the parameter at the solved value. */
  scenario?: Scenario;
}

const SAMPLES = 200;

/**
 * Search the value of `spec.parameter` that brings `spec.metric` to `spec.value`.
 */
export function solveScenario(analysis: Analysis, scenario: Scenario, spec: SolveSpec): SolveOutcome {
  const info = paramInfo(spec.parameter, scenario, analysis.norms);
  if ('error' in info) return { solved: null, reason: info.error };
  const label = LABELS[spec.metric]?.nl ?? spec.metric;
  const base: Scenario = { ...scenario, solve: null };
  const f = (x: number): number | null => {
    const v = evaluateScenario(analysis, info.set(base, x))[spec.metric];
    return v === null ? null : v - spec.value;
  };

  const current = info.get(base);
  const f0 = current === undefined ? null : f(current);
  if (current !== undefined && f0 !== null && Math.abs(f0) <= 1e-9) {
    return { solved: { parameter: spec.parameter, value: current, metricValue: spec.value + f0 }, scenario: info.set(base, current) };
  }

  // Sample points over the range.
  const xs: number[] = [];
  if (info.integer) {
    for (let x = info.min; x <= info.max; x++) xs.push(x);
  } else {
    for (let i = 0; i <= SAMPLES; i++) xs.push(info.min + ((info.max - info.min) * i) / SAMPLES);
  }
  const ys = xs.map(f);
  if (ys.every((y) => y === null)) {
    return { solved: null, reason: `${label} heeft geen gegevens in dit werkboek, dus er valt niets te zoeken` };
  }

  // Candidate brackets: [a, b] with f(a), f(b) of different sign (or f(b) = 0).
  const brackets: [number, number][] = [];
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null) continue;
    if (y === 0) brackets.push([i, i]);
    else if (i + 1 < xs.length) {
      const y2 = ys[i + 1];
      if (y2 !== null && y2 !== 0 && Math.sign(y) !== Math.sign(y2)) brackets.push([i, i + 1]);
    }
  }
  if (brackets.length === 0) {
    const valid = ys.filter((y): y is number => y !== null).map((y) => y + spec.value);
    const lo = Math.min(...valid);
    const hi = Math.max(...valid);
    const r = (v: number) => Math.round(v * 100) / 100;
    return {
      solved: null,
      reason: `geen waarde van ${spec.parameter} tussen ${info.min} en ${info.max} brengt ${label} op ${spec.value} (bereik van ${label}: ${r(lo)} tot ${r(hi)})`,
    };
  }
  // The bracket nearest to the scenario's own value.
  const ref = current ?? info.min;
  brackets.sort((p, q) => Math.abs(xs[p[0]] - ref) - Math.abs(xs[q[0]] - ref));
  const [ia, ib] = brackets[0];
  let a = xs[ia];
  let b = xs[ib];
  let x: number;
  if (ia === ib) x = a;
  else if (info.integer) {
    // Report the side that reached the target: the one whose sign differs from the side nearer the scenario's value.
    const fromA = Math.abs(a - ref) <= Math.abs(b - ref);
    x = fromA ? b : a;
  } else {
    let fa = ys[ia] as number;
    const startsA = Math.abs(a - ref) <= Math.abs(b - ref);
    for (let k = 0; k < 200 && b - a > 1e-10 * (info.max - info.min || 1); k++) {
      const m = (a + b) / 2;
      const fm = f(m);
      if (fm === null) break;
      if (fm === 0) {
        a = m;
        b = m;
        break;
      }
      if (Math.sign(fm) === Math.sign(fa)) {
        a = m;
        fa = fm;
      } else b = m;
    }
    // Continuous figures: either end is within tolerance; with a step, take the end that reached the target.
    x = startsA ? b : a;
  }
  const y = f(x);
  return {
    solved: { parameter: spec.parameter, value: x, metricValue: (y ?? 0) + spec.value },
    scenario: info.set(base, x),
  };
}
