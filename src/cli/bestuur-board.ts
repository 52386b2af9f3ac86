/**
 * The board overview of `formatie bestuur` (projection.md, "Board overview"): sums of
 * counts, hours, FTE and costs over the schools, and ratios recomputed from those sums
 * (never an average of ratios); the readable report and what the --out workbook (src/io/board-workbook.ts) shows.
 *
 * Readings: a board sum is null when any school that could be read lacks the figure (a
 * partial sum would look complete), and the issues name those schools; scenarios are
 * matched by position (every school runs the same list).
 */

import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, type Lang, type ScenarioKey, type TotalKey } from '../model/labels';
import { formatFigureOrNull as formatFigure, nullText } from '../model/format';
import type { BoardWorkbookInput } from '../io/board-workbook';
import type { BoardParts, JobResult } from './bestuur-job';
import { shortName, textTable } from './format';

const TOTAL_RATIOS = new Set<string>(['studentsPerTeacherFte', 'studentsPerAssistantFte', 'studentsPerTeacherContactHour']);
const SCENARIO_RATIOS = new Set<string>(['hoursFreedPerTeacherFtePerWeek', 'studentsPerTeacherContactHour']);

export interface Board {
  totals: Record<string, number | null>;
  scenarios: Record<string, unknown>[];
  /** Figures the board cannot sum, with the schools that lack them. */
  missing: { key: string; files: string[] }[];
}

function sumOf(values: (number | null)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) return null;
    s += v;
  }
  return s;
}

function div(n: number | null, d: number | null): number | null {
  return n === null || d === null || d === 0 ? null : n / d;
}

/** Sums and recomputed ratios over the schools that could be read. */
export function boardOf(results: JobResult[]): Board {
  const ok = results.filter((r): r is Extract<JobResult, { ok: true }> => r.ok);
  const parts: BoardParts[] = ok.map((r) => r.parts);
  const missing: { key: string; files: string[] }[] = [];
  const sum = (key: string, values: (number | null)[]): number | null => {
    const s = sumOf(values);
    if (s === null && values.length > 0) missing.push({ key, files: ok.filter((_, i) => values[i] === null).map((r) => r.file) });
    return s;
  };
  const totals: Record<string, number | null> = {};
  for (const k of TOTAL_KEYS) {
    if (!TOTAL_RATIOS.has(k)) totals[k] = ok.length ? sum(k, parts.map((p) => (p.totals as Record<string, number | null>)[k] ?? null)) : null;
  }
  const SL = parts.reduce((a, p) => a + p.studentLessons, 0);
  const PL = parts.reduce((a, p) => a + p.prodLessons, 0);
  const ratios: Record<string, number | null> = {
    studentsPerTeacherFte: div(totals.students, totals.teacherFteAvailable),
    studentsPerAssistantFte: div(totals.students, totals.assistantFte),
    studentsPerTeacherContactHour: PL > 0 ? SL / PL : null,
  };
  const orderedTotals = Object.fromEntries(TOTAL_KEYS.map((k) => [k, TOTAL_RATIOS.has(k) ? ratios[k] : totals[k]]));

  const n = parts.length ? Math.min(...parts.map((p) => p.scenarios.length)) : 0;
  const scenarios: Record<string, unknown>[] = [];
  for (let j = 0; j < n; j++) {
    const o: Record<string, unknown> = { name: parts[0].scenarios[j].name };
    const figure = (k: ScenarioKey) => parts.map((p) => p.scenarios[j][k]);
    for (const k of SCENARIO_KEYS) {
      if (SCENARIO_RATIOS.has(k)) continue;
      o[k] = sumOf(figure(k));
    }
    o.hoursFreedPerTeacherFtePerWeek = div(o.netHoursFreed as number | null, sumOf(parts.map((p) => p.freedDen[j])));
    o.studentsPerTeacherContactHour = div(SL, sumOf(parts.map((p) => p.contactDen[j])));
    scenarios.push(Object.fromEntries([['name', o.name], ...SCENARIO_KEYS.map((k) => [k, o[k] ?? null])]));
  }
  return { totals: orderedTotals, scenarios, missing };
}

const TEXT = {
  nl: {
    heading: (n: number, ok: number) => `Formatieplanner VO \u2013 bestuursoverzicht (${ok} van ${n} werkmappen gelezen)`,
    school: 'School / vestiging', board: 'Bestuur totaal', errors: 'Niet gelezen', scenarios: 'Scenario\u2019s (bestuur totaal)',
    scenario: 'Scenario',
    missing: (label: string, files: string[]) => `${label}: geen bestuurstotaal, ontbreekt in ${files.join(', ')}`,
    nullNote: (n: string) => `"${n}" betekent: de werkmappen bevatten de gegevens hiervoor niet (geen 0).`,
  },
  en: {
    heading: (n: number, ok: number) => `Formatieplanner VO \u2013 board overview (${ok} of ${n} workbooks read)`,
    school: 'School / location', board: 'Board total', errors: 'Not read', scenarios: 'Scenarios (board total)',
    scenario: 'Scenario',
    missing: (label: string, files: string[]) => `${label}: no board total, missing in ${files.join(', ')}`,
    nullNote: (n: string) => `"${n}" means: the workbooks do not hold the data for this (not 0).`,
  },
};

const REPORT_KEYS: TotalKey[] = ['students', 'teacherFteNeeded', 'teacherFteAvailable', 'shortageFte', 'assistantFte', 'studentsPerTeacherFte', 'teacherCost'];
const SCEN_KEYS: ScenarioKey[] = ['teacherFteNeeded', 'assistantFteNeeded', 'shortageAfterFte', 'cost', 'costDelta'];

type Row = { label: string; figures: Record<string, unknown> };

/** One row per school, and per location where a school has several; the board total last. */
function rows(results: JobResult[], board: Board, lang: Lang): Row[] {
  const out: Row[] = [];
  for (const r of results) {
    if (!r.ok) continue;
    out.push({ label: r.file, figures: r.json.totals as Record<string, unknown> });
    const locs = (r.json.byLocation as Record<string, unknown>[]) ?? [];
    if (locs.length > 1) for (const l of locs) out.push({ label: `  ${String(l.location)}`, figures: l });
  }
  out.push({ label: TEXT[lang].board, figures: board.totals });
  return out;
}

export function formatBoard(results: JobResult[], board: Board, lang: Lang): string {
  const T = TEXT[lang];
  const ok = results.filter((r) => r.ok).length;
  const out: string[] = [T.heading(results.length, ok), ''];
  const num = (k: TotalKey | ScenarioKey, v: unknown) => formatFigure(k, typeof v === 'number' ? v : null, lang);
  out.push(...textTable([
    [T.school, ...REPORT_KEYS.map((k) => LABELS[k][lang])],
    ...rows(results, board, lang).map((r) => [r.label, ...REPORT_KEYS.map((k) => num(k, r.figures[k]))]),
  ]), '');
  if (board.scenarios.length > 0) {
    out.push(T.scenarios);
    out.push(...textTable([
      [T.scenario, ...SCEN_KEYS.map((k) => LABELS[k][lang])],
      ...board.scenarios.map((s) => [shortName(String(s.name), 28), ...SCEN_KEYS.map((k) => num(k, s[k]))]),
    ]), '');
  }
  const bad = results.filter((r): r is Extract<JobResult, { ok: false }> => !r.ok);
  if (bad.length > 0) {
    out.push(`${T.errors} (${bad.length})`);
    for (const b of bad) out.push(`  ${b.error}`);
    out.push('');
  }
  for (const m of board.missing) {
    const label = (LABELS as Record<string, { nl: string; en: string }>)[m.key]?.[lang] ?? m.key;
    out.push(T.missing(label, m.files));
  }
  out.push(T.nullNote(nullText(lang)));
  return out.join('\n') + '\n';
}

/** What the --out workbook (src/io/board-workbook.ts) lays out: the same rows as the report. */
export function boardWorkbookInput(results: JobResult[], board: Board, lang: Lang): BoardWorkbookInput {
  const bad = results.filter((r): r is Extract<JobResult, { ok: false }> => !r.ok);
  return { rows: rows(results, board, lang), scenarios: board.scenarios, errors: bad.map((b) => ({ file: b.file, error: b.error })) };
}
