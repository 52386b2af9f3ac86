/**
 * Norms of domain.md ("Norms"): defaults, overridable per analysis and per scenario.
 * Every default that is an assumption (not a CAO figure) carries `assumption: true`, so
 * every UI can mark it "aanname".
 */

export type NormKey =
  | 'annualHours'
  | 'maxTeachingHours'
  | 'lessonMinutes'
  | 'teachingWeeks'
  | 'surcharge'
  | 'assistantHours'
  | 'coordinationShare'
  | 'reinvestShare';

export type Norms = Record<NormKey, number>;

export interface NormDef {
  key: NormKey;
  default: number;
  nl: string;
  en: string;
  unitNl: string;
  unitEn: string;
  /** True when the default is an assumption rather than a CAO/norm figure ("aanname"). */
  assumption: boolean;
  source: string;
  /** Valid range, inclusive unless `minExclusive`. */
  min: number;
  max: number;
  minExclusive: boolean;
}

function def(
  key: NormKey, value: number, nl: string, en: string, unitNl: string, unitEn: string,
  assumption: boolean, source: string, min: number, max: number, minExclusive: boolean,
): NormDef {
  return { key, default: value, nl, en, unitNl, unitEn, assumption, source, min, max, minExclusive };
}

export const NORM_DEFS: readonly NormDef[] = [
  def('annualHours', 1659, 'normjaartaak', 'annual hours', 'uur per FTE per jaar', 'h per FTE per year',
    false, 'CAO VO', 0, 10000, true),
  def('maxTeachingHours', 720, 'lestaak', 'teaching load', 'klokuur les per FTE per jaar', 'clock h of lessons per FTE per year',
    false, 'CAO VO: 750 minus 30 uur ontwikkeltijd (sinds 1 augustus 2019)', 0, 10000, true),
  def('lessonMinutes', 50, 'lesduur', 'lesson length', 'minuten', 'minutes',
    false, 'gangbare lesduur VO', 0, 600, true),
  def('teachingWeeks', 37.8, 'lesweken', 'teaching weeks', 'weken per jaar', 'weeks per year',
    false, '189 lesdagen / 5', 0, 53, true),
  def('surcharge', 0.67, 'opslagfactor', 'surcharge', 'uur per klokuur les', 'h per clock hour of lesson',
    true, 'voorbeeld ontwikkeltijd CAO VO; het taakbeleid van de school bepaalt de eigen factor', 0, 10, false),
  def('assistantHours', 1619, 'inzetbare uren OA', 'assistant hours', 'uur per FTE per jaar', 'h per FTE per year',
    false, '1659 min 40 uur professionalisering OOP (CAO VO)', 0, 10000, true),
  def('coordinationShare', 0.1, 'coördinatietijd', 'coordination share', 'uur leraar per overgedragen uur', 'teacher h per transferred h',
    true, 'aanname: leraren sturen en coördineren de onderwijsassistenten; geen gepubliceerd cijfer', 0, 1, false),
  def('reinvestShare', 0, 'herinvestering in lessen', 'reinvest share', 'deel van de vrijgespeelde uren', 'share of freed hours',
    true, 'aanname; 0 = alleen werkdrukverlichting', 0, 1, false),
];

export const NORM_KEYS: readonly NormKey[] = NORM_DEFS.map((d) => d.key);

export const DEFAULT_NORMS: Readonly<Norms> = Object.freeze(
  Object.fromEntries(NORM_DEFS.map((d) => [d.key, d.default])) as Norms,
);

export function normDef(key: NormKey): NormDef {
  return NORM_DEFS.find((d) => d.key === key)!;
}

/** Folds case, accents and punctuation: "Coördinatietijd" → "coordinatietijd". */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A norm key from its key or its Dutch (or English) label, case- and accent-insensitive. */
export function normKeyFrom(text: string): NormKey | undefined {
  const f = foldLabel(text);
  for (const d of NORM_DEFS) {
    if (foldLabel(d.key) === f || foldLabel(d.nl) === f || foldLabel(d.en) === f) return d.key;
  }
  return undefined;
}

/** True when `value` is a valid value of norm `key`. */
export function normInRange(key: NormKey, value: number): boolean {
  const d = normDef(key);
  if (!Number.isFinite(value)) return false;
  if (d.minExclusive ? value <= d.min : value < d.min) return false;
  return value <= d.max;
}

/** Derived figure of domain.md: lessons per FTE per week = maxTeachingHours / (teachingWeeks × lessonMinutes / 60). */
export function lessonsPerFtePerWeek(n: Norms): number {
  return n.maxTeachingHours / ((n.teachingWeeks * n.lessonMinutes) / 60);
}

/** Defaults merged with overrides, later ones winning (undefined values are skipped). */
export function mergeNorms(...overrides: (Partial<Norms> | undefined)[]): Norms {
  const out: Norms = { ...DEFAULT_NORMS };
  for (const o of overrides) {
    if (!o) continue;
    for (const k of NORM_KEYS) {
      const v = o[k];
      if (v !== undefined && v !== null) out[k] = v;
    }
  }
  return out;
}
