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

import type { Norms } from './norms';
import { LABELS, type Lang } from './labels';
import { decimalsFor, formatNumberOrNull, formatPlain } from './format';
import type { Analysis, Scenario, SolveSpec, Solved } from './api';
import { evaluateScenario } from './scenario-evaluate';
import { parameter } from './parameters';

interface ParamInfo {
  min: number;
  max: number;
  integer: boolean;
  get(s: Scenario): number | undefined;
  set(s: Scenario, v: number): Scenario;
}

/** A number in the words of `lang`: "0,25" (nl), "0.25" (en). */
function num(v: number, lang: Lang): string {
  return formatPlain(v, lang, Math.abs(v) >= 100 ? 0 : 4);
}

/** The registry's search range, getter and setter (parameters.ts), or why not here (in `lang`). */
function paramInfo(path: string, scenario: Scenario, analysisNorms: Norms, lang: Lang): ParamInfo | { error: string } {
  const p = parameter(path);
  const en = lang === 'en';
  if (!p) return { error: en ? `unknown parameter "${path}"` : `onbekende parameter "${path}"` };
  const name = p.label[lang];
  if (p.needs === 'plaza' && !scenario.plaza) {
    return { error: en ? `this scenario has no learning plaza; add one before searching for ${name}` : `dit scenario heeft geen leerplein; voeg er eerst een toe om ${name} te zoeken` };
  }
  if (p.needs === 'productivityGain' && !scenario.productivityGain) {
    return { error: en ? `this scenario has no productivity gain; add one before searching for ${name}` : `dit scenario heeft geen productiviteitswinst; voeg die eerst toe om ${name} te zoeken` };
  }
  if (p.task !== undefined && !scenario.tasks.some((t) => t.key === p.task)) {
    return { error: en ? `this scenario has no task "${p.task}"` : `dit scenario heeft geen taak "${p.task}"` };
  }
  const [min, max] = p.search(analysisNorms);
  // A norm the scenario does not set is at the analysis value.
  const isNorm = Object.prototype.hasOwnProperty.call(analysisNorms, p.key);
  return {
    min, max, integer: p.integer,
    get: isNorm ? (s) => p.get(s) ?? analysisNorms[p.key as keyof Norms] : p.get,
    set: p.set,
  };
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
export function solveScenario(analysis: Analysis, scenario: Scenario, spec: SolveSpec, lang: Lang = 'nl'): SolveOutcome {
  const info = paramInfo(spec.parameter, scenario, analysis.norms, lang);
  if ('error' in info) return { solved: null, reason: info.error };
  const en = lang === 'en';
  const label = LABELS[spec.metric]?.[lang] ?? spec.metric;
  const paramLabel = parameter(spec.parameter)?.label[lang] ?? spec.parameter;
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
    return {
      solved: null,
      reason: en ? `the workbook holds no data for ${label}, so there is nothing to search for` : `de werkmap bevat geen gegevens voor ${label}, dus er valt niets te zoeken`,
    };
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
    const n = (v: number) => num(v, lang);
    const fig = (v: number) => formatNumberOrNull(v, decimalsFor(spec.metric), lang);
    return {
      solved: null,
      reason: en
        ? `no value of ${paramLabel} between ${n(info.min)} and ${n(info.max)} brings ${label} to ${n(spec.value)} (${label} ranges from ${fig(lo)} to ${fig(hi)} there)`
        : `geen waarde van ${paramLabel} tussen ${n(info.min)} en ${n(info.max)} brengt ${label} op ${n(spec.value)} (${label} loopt daar van ${fig(lo)} tot ${fig(hi)})`,
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
