/**
 * The "Meerjarig" view's use of the model, without React: the form fields (projection.md's
 * parameters with their defaults, each an "aanname"), the form → projection file object,
 * its validation by the model (resolveProjection), and the run of project() with the pane's
 * scenarios. Pure; the tab calls it and renders the result.
 *
 * Readings taken here:
 * - The form offers years, groei instroom, doorstroom, verloop, pensioenleeftijd, werving and
 *   doorgroei OA (share, years); examenjaar stays at its defaults and eerste schooljaar comes
 *   from the workbook (a sheet name or title row), as the CLI does without a projection file.
 * - Doorgroei OA is on only when its share is filled in; its years default to 4 then (the
 *   length of a teacher training in part time; an assumption, shown as such).
 * - Scenarios the engine refuses get no line (the Scenario's tab already names them).
 * - Birth dates count from the school year running today when the workbook names none
 *   (the face reads the clock, as PROJECTION does).
 */

import { project, schoolYearOfDate, type Projection, type ProjectionYear } from '../model/projection';
import { PROJECTION_DEFAULTS, PROJECTION_LABELS, resolveProjection, type ProjectionKey } from '../model/projection-params';
import { resolveScenario } from '../model/scenario';
import type { Analysis, Scenario, ScenarioError, ScenarioInput } from '../model/api';
import type { Lang } from '../model/labels';
import type { SheetValues } from '../sheet/types';
import { workbookSchoolYear } from '../sheet/schoolyear';
import { formatInput, parseNumber } from './format';

export type FieldId = 'years' | 'intakeGrowth' | 'transition' | 'attrition' | 'retirementAge' | 'hiring' | 'share' | 'trainingYears';

export interface FieldSpec {
  id: FieldId;
  /** The key of the projection file the field sets (dotted for doorgroei OA). */
  key: string;
  label: { nl: string; en: string };
  /** The default (aanname), as a number. */
  def: number;
  /** Shown as a percentage in the hint ("3%"). */
  percent?: boolean;
}

/** Default years of training when a share is given (an assumption of the pane). */
export const DEFAULT_TRAINING_YEARS = 4;

const label = (k: ProjectionKey) => PROJECTION_LABELS[k];

export const FIELDS: readonly FieldSpec[] = [
  { id: 'years', key: 'years', label: label('years'), def: PROJECTION_DEFAULTS.years },
  { id: 'intakeGrowth', key: 'intakeGrowth', label: label('intakeGrowth'), def: PROJECTION_DEFAULTS.intakeGrowth, percent: true },
  { id: 'transition', key: 'transition', label: label('transition'), def: PROJECTION_DEFAULTS.transition, percent: true },
  { id: 'attrition', key: 'attrition', label: label('attrition'), def: PROJECTION_DEFAULTS.attrition, percent: true },
  { id: 'retirementAge', key: 'retirementAge', label: label('retirementAge'), def: PROJECTION_DEFAULTS.retirementAge },
  { id: 'hiring', key: 'hiring', label: { nl: 'werving (FTE per jaar)', en: 'hiring (FTE a year)' }, def: PROJECTION_DEFAULTS.hiring },
  { id: 'share', key: 'assistantToTeacher.share', label: { nl: 'doorgroei OA: aandeel per jaar', en: 'assistant to teacher: share a year' }, def: 0, percent: true },
  { id: 'trainingYears', key: 'assistantToTeacher.years', label: { nl: 'doorgroei OA: jaren opleiding', en: 'assistant to teacher: years of training' }, def: DEFAULT_TRAINING_YEARS },
];

export type FormValues = Partial<Record<FieldId, string>>;

export function defaultText(f: FieldSpec, lang: Lang): string {
  return formatInput(f.def, lang) + (f.percent ? ` (${formatInput(f.def * 100, lang)}%)` : '');
}

export interface FormParse {
  /** The projection file object (only the keys the user set). */
  input: Record<string, unknown>;
  /** Field → message of text that is no number (the model's range errors come from validate()). */
  errors: Partial<Record<FieldId, string>>;
}

/** The form's text → the projection file object; text that is no number is an error of its field. */
export function formToInput(values: FormValues, lang: Lang): FormParse {
  const input: Record<string, unknown> = {};
  const errors: Partial<Record<FieldId, string>> = {};
  const nums: Partial<Record<FieldId, number>> = {};
  for (const f of FIELDS) {
    const text = values[f.id] ?? '';
    const n = parseNumber(text);
    if (n === null) continue;
    if (Number.isNaN(n)) {
      errors[f.id] = lang === 'nl' ? `${f.label.nl}: "${text}" is geen getal` : `${f.label.en}: "${text}" is not a number`;
      continue;
    }
    nums[f.id] = n;
  }
  for (const id of ['years', 'intakeGrowth', 'transition', 'attrition', 'retirementAge', 'hiring'] as const) {
    if (nums[id] !== undefined) input[id] = nums[id];
  }
  if (nums.share !== undefined) {
    input.assistantToTeacher = { share: nums.share, years: nums.trainingYears ?? DEFAULT_TRAINING_YEARS };
  }
  return { input, errors };
}

/** The field a model error belongs to (its key starts with the projection key). */
export function fieldOfError(e: ScenarioError): FieldId | null {
  const k = e.key;
  if (k.startsWith('assistantToTeacher')) return k.endsWith('years') ? 'trainingYears' : 'share';
  const f = FIELDS.find((x) => x.key === k);
  return f ? f.id : null;
}

export type RunResult =
  | { ok: true; projection: Projection; scenarios: Scenario[] }
  | { ok: false; errors: ScenarioError[] };

/** Validates the projection input with the model and runs it with the valid scenarios. */
export function runProjection(
  analysis: Analysis,
  sheets: SheetValues[] | null,
  input: Record<string, unknown>,
  inputs: readonly ScenarioInput[],
  lang: Lang,
  today: Date = new Date(),
): RunResult {
  const pr = resolveProjection(input);
  if (!pr.ok) return { ok: false, errors: pr.errors };
  const scenarios: Scenario[] = [];
  inputs.forEach((x, i) => {
    const r = resolveScenario(x, x.name ?? `Scenario ${i + 1}`);
    if (r.ok) scenarios.push(r.scenario);
  });
  const projection = project(analysis.source, pr.params, scenarios, {
    analysis,
    workbookYear: sheets ? workbookSchoolYear(sheets, analysis.source) : null,
    currentSchoolYear: schoolYearOfDate(today),
    lang,
  });
  return { ok: true, projection, scenarios };
}

export interface SubjectGrowth {
  subject: string;
  first: number;
  last: number;
  growth: number;
}

/**
 * The subjects whose shortage grows most from year 0 to the last year (at most `n`, growth
 * > 0 only, largest first). A subject without a shortage in either year is left out.
 */
export function topGrowingSubjects(years: ProjectionYear[], n = 5): SubjectGrowth[] {
  if (years.length < 2) return [];
  const first = years[0];
  const last = years[years.length - 1];
  const out: SubjectGrowth[] = [];
  for (const s of first.bySubject) {
    const l = last.bySubject.find((x) => x.subject === s.subject);
    if (s.shortageFte === null || !l || l.shortageFte === null) continue;
    const growth = l.shortageFte - s.shortageFte;
    if (growth > 1e-9) out.push({ subject: s.subject, first: s.shortageFte, last: l.shortageFte, growth });
  }
  return out.sort((a, b) => b.growth - a.growth || a.subject.localeCompare(b.subject)).slice(0, n);
}
