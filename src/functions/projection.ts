/// <reference path="./custom-functions-runtime.d.ts" />
/**
 * PROJECTION / PROGNOSE (projection.md, "Faces"): one figure of the multi-year projection
 * per school year, spilled as two columns (school-year label, figure), one row per year
 * 0..years. The parameter rows are SCENARIO's plus the projection keys (Dutch labels too).
 *
 * Readings: `name` is a year figure (students, groups, teacherFteNeeded, teacherFteAvailable,
 * retiringFte, shortageFte, assistantFte, or their Dutch labels) or a scenario figure
 * (shortageAfterFte, assistantFteNeeded, cost…). When the rows hold scenario keys, a name
 * that both know (teacherFteNeeded) is the scenario's figure, the need after the scenario;
 * without scenario keys the scenario figures are those of the current situation. The school
 * year of year 0 comes from eerste schooljaar, else a title row inside the table ranges,
 * else "jaar 0"; birth dates then count from the school year running today.
 */

import { project, schoolYearOfDate, YEAR_KEYS, YEAR_LABELS, type Projection, type YearKey } from '../model/projection';
import { resolveProjection, splitProjectionRows } from '../model/projection-params';
import { scenarioFromParameters } from '../model/scenario';
import { LABELS, SCENARIO_KEYS, scenarioKeyFrom, type ScenarioKey } from '../model/labels';
import { foldLabel } from '../model/norms';
import type { Analysis, Scenario } from '../model/api';
import { workbookSchoolYear } from '../sheet/schoolyear';
import { excelError, uiLang, type Lang } from './errors';
import { finish } from './coerce';
import { Lru } from './memo';
import { analysisOf, asMatrix, unexpected } from './tables';

const runs = new Lru<{ value: Projection } | { errors: string }>(16);

function yearKeyFrom(text: string): YearKey | undefined {
  const f = foldLabel(text);
  return YEAR_KEYS.find((k) => foldLabel(k) === f || foldLabel(YEAR_LABELS[k].nl) === f || foldLabel(YEAR_LABELS[k].en) === f);
}

function rowsKey(rows: unknown[][]): string {
  return JSON.stringify(rows, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? `\u0000${String((v as { code?: unknown }).code ?? '?')}` : v);
}

function hasContent(rows: unknown[][]): boolean {
  return rows.some((r) => Array.isArray(r) && r.some((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === '')));
}

/**
 * One figure of the multi-year projection per school year: a two-column spill of the school year and the figure, year 0 first.
 * @customfunction PROJECTION PROJECTION
 * @param name Key or label of the figure, such as shortageFte, teacherFteAvailable or shortageAfterFte (with scenario rows).
 * @param parameters Two-column range of key and value rows: years, intakeGrowth, attrition… and scenario keys such as preset.
 * @param table Range of a formation table including its header row.
 * @param [table2] A second formation table (such as the staff table).
 * @param [table3] A third formation table.
 * @returns School year and figure, one row per year.
 */
export function PROJECTION(name: string, parameters: any[][], table: any[][], table2?: any[][], table3?: any[][]): any[][] {
  const lang: Lang = uiLang();
  const text = String(name ?? '');
  const yearKey = yearKeyFrom(text);
  const scenarioKey: ScenarioKey | undefined = yearKey ? undefined : scenarioKeyFrom(text);
  if (!yearKey && !scenarioKey) {
    const list = [...YEAR_KEYS.map((k) => (lang === 'nl' ? YEAR_LABELS[k].nl : k)), ...SCENARIO_KEYS.map((k) => (lang === 'nl' ? LABELS[k].nl : k))];
    throw excelError('#N/A', lang === 'nl'
      ? `PROGNOSE: onbekend kengetal "${text}". Kies uit (naam of sleutel): ${list.join(', ')}.`
      : `PROJECTION: unknown figure "${text}". Choose from: ${list.join(', ')}.`);
  }
  try {
    const args = [table, table2, table3];
    const { analysis, key } = analysisOf(args, lang);
    const rows = parameters === null || parameters === undefined ? [] : asMatrix(parameters);
    const memoKey = `${key}#${lang}#${rowsKey(rows)}`;
    let run = runs.get(memoKey);
    if (!run) {
      run = compute(rows, args, analysis, lang);
      runs.set(memoKey, run);
    }
    if ('errors' in run) throw excelError('#VALUE!', `${lang === 'nl' ? 'PROGNOSE' : 'PROJECTION'}: ${run.errors}`);
    const p = run.value;
    // With scenario keys in the rows, the scenario is the second column of each year.
    const scenarioIndex = p.years[0].scenarios.length > 1 && (scenarioKey || yearKey === 'teacherFteNeeded') ? 1 : 0;
    return p.years.map((y) => {
      let v: number | null;
      let label: string;
      if (yearKey && !(yearKey === 'teacherFteNeeded' && scenarioIndex === 1)) {
        v = y[yearKey];
        label = YEAR_LABELS[yearKey][lang];
      } else {
        const k: ScenarioKey = scenarioKey ?? 'teacherFteNeeded';
        v = y.scenarios[scenarioIndex][k];
        label = LABELS[k][lang];
      }
      return [y.label, v === null ? excelError('#N/A', lang === 'nl' ? `Geen gegevens voor "${label}" in ${y.label}.` : `No data for "${label}" in ${y.label}.`) : finish(v)];
    });
  } catch (e) {
    throw unexpected(e, lang);
  }
}

function compute(rows: unknown[][], args: unknown[], analysis: Analysis, lang: Lang): { value: Projection } | { errors: string } {
  const { projection, scenarioRows } = splitProjectionRows(rows);
  const pr = resolveProjection(projection);
  const errors: string[] = [];
  if (!pr.ok) errors.push(...pr.errors.map((e) => (lang === 'en' && e.messageEn ? e.messageEn : e.message)));
  let scenarios: Scenario[] = [];
  if (hasContent(scenarioRows)) {
    const sc = scenarioFromParameters(scenarioRows, 'Scenario');
    if (sc.ok) scenarios = [sc.scenario];
    else errors.push(...sc.errors.map((e) => (lang === 'en' && e.messageEn ? e.messageEn : e.message)));
  }
  if (!pr.ok || errors.length > 0) return { errors: errors.join('; ') };
  const sheets = args.map((a, i) => (a === null || a === undefined ? null : { name: `Tabel${i + 1}`, values: asMatrix(a) })).filter((s): s is { name: string; values: unknown[][] } => s !== null);
  const value = project(analysis.source, pr.params, scenarios, {
    analysis,
    workbookYear: workbookSchoolYear(sheets, analysis.source),
    currentSchoolYear: schoolYearOfDate(new Date()),
    lang,
  });
  return { value };
}
