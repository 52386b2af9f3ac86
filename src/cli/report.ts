/**
 * The readable report of `formatie analyse` (without --json): tables found, issues per
 * cell, totals per location and overall, shortage per subject, one column per scenario.
 */

import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, type Lang } from '../model/labels';
import { NORM_DEFS } from '../model/norms';
import { KIND_LABELS, collectIssues } from '../io/result-workbook';
import { escapeControl } from './escape';
import { fitTable, headLines, shortName, textTable, wrap } from './format';
import { formatFigureOrNull as formatFigure, formatPlain, nullText } from '../model/format';
import type { ColumnNotes } from '../model/comparison';
import { costExplanation } from '../model/scenario-notes';
import { parameterLabel } from '../model/parameters';
import { ASSISTANTS_EMPLOYED, FIGURE_EXPLANATIONS } from '../model/vocabulary';

/** One column of the scenario comparison. */
export interface ScenarioColumn {
  result: ScenarioResult;
  /** All notes as one text (used when `notes` is absent). */
  note: string | null;
  /** The notes apart (comparison.ts): what it rests on, why, cost, own norms. */
  notes?: ColumnNotes | null;
}

export interface ReportInput {
  file: string;
  analysis: Analysis;
  tables: FormationTable[];
  /** Reader issues not tied to a table. */
  readIssues: Issue[];
  /** Current situation first, then the scenarios in command-line order. */
  columns: ScenarioColumn[];
  lang: Lang;
  /** Most issues listed per table; the rest are counted. */
  maxIssuesPerTable?: number;
}

const TEXT = {
  nl: {
    heading: (f: string) => `Formatieplanner VO \u2013 analyse van ${f}`,
    tables: (n: number) => `Tabellen gevonden (${n})`,
    sheet: 'Blad', range: 'Bereik', kind: 'Soort', rows: 'Rijen', issues: 'Problemen',
    issuesHeading: (n: number) => `Problemen per cel (${n})`,
    noIssues: 'Geen problemen gevonden.',
    more: (n: number) => `\u2026 en nog ${n} (alle problemen: --json of --out)`,
    other: 'Overige meldingen',
    totals: 'Totalen',
    figure: 'Kengetal',
    total: 'Totaal',
    bySubject: 'Lesvraag en bezetting per vak',
    subject: 'Vak',
    need: 'FTE nodig', available: 'FTE beschikbaar', shortage: 'Tekort (FTE)', lessons: 'Lessen/week',
    scenarios: 'Scenario\u2019s',
    solved: 'opgelost',
    noSolution: 'geen oplossing',
    norms: 'Normen (huidige situatie en elk scenario, tenzij het eigen normen zet)',
    ownNorms: (i: number) => `Eigen normen van scenario ${i}`,
    why: 'waarom',
    costs: 'kosten',
    explain: 'Toelichting',
    assumption: 'aanname',
    nullNote: (n: string) => `"${n}" betekent: de werkmap bevat de gegevens voor dit kengetal niet (geen 0).`,
  },
  en: {
    heading: (f: string) => `Formatieplanner VO \u2013 analysis of ${f}`,
    tables: (n: number) => `Tables found (${n})`,
    sheet: 'Sheet', range: 'Range', kind: 'Kind', rows: 'Rows', issues: 'Issues',
    issuesHeading: (n: number) => `Issues by cell (${n})`,
    noIssues: 'No issues found.',
    more: (n: number) => `\u2026 and ${n} more (all issues: --json or --out)`,
    other: 'Other notes',
    totals: 'Totals',
    figure: 'Figure',
    total: 'Total',
    bySubject: 'Teaching demand and staffing by subject',
    subject: 'Subject',
    need: 'FTE needed', available: 'FTE available', shortage: 'Shortage (FTE)', lessons: 'Lessons/week',
    scenarios: 'Scenarios',
    solved: 'solved',
    noSolution: 'no solution',
    norms: 'Norms (current situation and every scenario unless it sets its own)',
    ownNorms: (i: number) => `Own norms of scenario ${i}`,
    why: 'why',
    costs: 'cost',
    explain: 'Notes',
    assumption: 'assumption',
    nullNote: (n: string) => `"${n}" means: the workbook holds no data for this figure (not 0).`,
  },
} as const;

/** User text on one line: control characters shown escaped (escape.ts). */
function oneLine(s: string): string {
  return escapeControl(s);
}

export function formatReport(input: ReportInput): string {
  const { analysis, lang } = input;
  const t = TEXT[lang];
  const max = input.maxIssuesPerTable ?? 40;
  const out: string[] = [];

  out.push(t.heading(oneLine(input.file)), '');

  // Tables found.
  out.push(t.tables(analysis.tables.length));
  out.push(...textTable(
    [
      [t.sheet, t.range, t.kind, t.rows, t.issues],
      ...analysis.tables.map((s) => [
        oneLine(s.sheet), s.range, KIND_LABELS[s.kind][lang], formatFigure('students', s.rows, lang), String(s.issues.length),
      ]),
    ],
    { leftColumns: 3 },
  ));
  out.push('');

  // Issues per cell, grouped by table; messages in English where the reader gave one.
  const all = collectIssues(analysis, input.tables, input.readIssues);
  const en = new Map(all.filter((i) => i.messageEn).map((i) => [`${i.cell}\u0000${i.message}`, i.messageEn!]));
  const msg = (i: { cell: string; message: string }) =>
    oneLine(lang === 'en' ? en.get(`${i.cell}\u0000${i.message}`) ?? i.message : i.message);
  out.push(t.issuesHeading(all.length));
  if (all.length === 0) out.push(`  ${t.noIssues}`);
  const listed = new Set<string>();
  for (const s of analysis.tables) {
    if (s.issues.length === 0) continue;
    out.push(`  ${oneLine(s.sheet)} ${s.range}`);
    s.issues.slice(0, max).forEach((i) => out.push(...wrap(msg(i), `    ${oneLine(i.cell)}  `, '      ')));
    if (s.issues.length > max) out.push(`    ${t.more(s.issues.length - max)}`);
    s.issues.forEach((i) => listed.add(`${i.cell}\u0000${i.message}`));
  }
  const rest = all.filter((i) => !listed.has(`${i.cell}\u0000${i.message}`));
  if (rest.length > 0) {
    out.push(`  ${t.other}`);
    rest.slice(0, max).forEach((i) => out.push(...wrap(msg(i), `    ${oneLine(i.cell)}  `, '      ')));
    if (rest.length > max) out.push(`    ${t.more(rest.length - max)}`);
  }
  out.push('');

  // Totals per location and overall.
  out.push(t.totals);
  const locs = analysis.byLocation;
  out.push(...fitTable([
    [t.figure, ...locs.map((l) => oneLine(l.location)), t.total],
  ], [
    ...TOTAL_KEYS.map((k) => [
      LABELS[k][lang],
      ...locs.map((l) => formatFigure(k, l[k], lang)),
      formatFigure(k, analysis.totals[k], lang),
    ]),
  ]));
  out.push('');

  // Where the shortage falls.
  if (analysis.bySubject.length > 0) {
    out.push(t.bySubject);
    out.push(...textTable([
      [t.subject, t.lessons, t.need, t.available, t.shortage],
      ...analysis.bySubject.map((s) => [
        oneLine(s.subject),
        formatFigure('teacherLessonsPerWeek', s.teacherLessonsPerWeek, lang),
        formatFigure('teacherFteNeeded', s.teacherFteNeeded, lang),
        formatFigure('teacherFteAvailable', s.teacherFteAvailable, lang),
        formatFigure('shortageFte', s.shortageFte, lang),
      ]),
    ]));
    out.push('');
  }

  // One column per scenario, the current situation first.
  out.push(t.scenarios);
  input.columns.forEach((c, i) => {
    out.push(`  ${i === 0 ? '  ' : `${i}.`} ${oneLine(c.result.name)}`);
    const n = c.notes;
    if (i === 0) out.push(...wrap(FIGURE_EXPLANATIONS.currentSituation[lang], `     ${t.assumption}: `, '       '));
    if (n) {
      out.push(...wrap(oneLine(n.description), `     ${t.assumption}: `, '       '));
      n.why.forEach((w) => out.push(...wrap(oneLine(w), `     ${t.why}: `, '       ')));
      n.cost.forEach((w) => out.push(...wrap(oneLine(w), `     ${t.costs}: `, '       ')));
    } else if (c.note) out.push(...wrap(oneLine(c.note), `     ${t.assumption}: `, '       '));
    const solved = c.result.solved;
    if (solved !== undefined) {
      out.push(...(solved
        ? wrap(`${parameterLabel(solved.parameter, lang)} = ${formatPlain(solved.value, lang)}`, `     ${t.solved}: `, '       ')
        : wrap(c.result.solveReason ? oneLine(c.result.solveReason) : '', `     ${t.noSolution}: `, '       ')));
    }
  });
  out.push('');
  const heads = input.columns.map((c, i) => headLines((i === 0 ? '' : `${i}. `) + shortName(oneLine(c.result.name), 40), 14));
  const employed = analysis.totals.assistantFte;
  const rowOf = (k: (typeof SCENARIO_KEYS)[number]) => [LABELS[k][lang], ...input.columns.map((c) => formatFigure(k, c.result[k], lang))];
  const body: string[][] = [];
  for (const k of SCENARIO_KEYS) {
    // The assistants employed above the extra need, so 0 extra does not read as "none needed".
    if (k === 'assistantFteForTasks') body.push([ASSISTANTS_EMPLOYED[lang], ...input.columns.map(() => formatFigure('assistantFte', employed, lang))]);
    body.push(rowOf(k));
  }
  const headRows = [0, 1, 2].map((l) => [l === 2 ? t.figure : '', ...heads.map((h) => h[l])]).filter((r) => r.some((x) => x !== ''));
  // Printed whole euros: the difference row is the difference of the printed cost rows.
  const current = input.columns[0]?.result.cost ?? null;
  const costRow = body.findIndex((r) => r[0] === LABELS.costDelta[lang]);
  if (costRow >= 0 && current !== null) {
    input.columns.forEach((c, i) => {
      if (c.result.cost !== null && c.result.costDelta !== null) body[costRow][i + 1] = formatFigure('costDelta', Math.round(c.result.cost) - Math.round(current), lang);
    });
  }
  out.push(...fitTable(headRows, body, { keep: 1 }));
  out.push('');

  // What the figures mean: the two kinds of cost, the extra assistant need.
  out.push(t.explain);
  const expl = costExplanation(analysis, lang);
  for (const text of [
    FIGURE_EXPLANATIONS.cost[lang], ...(expl ? [expl] : []), FIGURE_EXPLANATIONS.payroll[lang],
    FIGURE_EXPLANATIONS.costDelta[lang], FIGURE_EXPLANATIONS.assistantFteNeeded[lang], FIGURE_EXPLANATIONS.assistantFteByRatio[lang],
    FIGURE_EXPLANATIONS.shortage[lang],
    t.nullNote(nullText(lang)),
  ]) out.push(...wrap(text, '  - ', '    '));
  out.push('');

  // Norms used, with units, assumptions marked; then the norms each scenario sets itself.
  out.push(t.norms);
  const normRows = NORM_DEFS.map((d) => [lang === 'en' ? d.en : d.nl, formatPlain(analysis.norms[d.key], lang),
    `${lang === 'en' ? d.unitEn : d.unitNl}${d.assumption ? ` (${t.assumption})` : ''}`]);
  // Name left, value right, unit left.
  out.push(...textTable(normRows.map((r) => [r[0], r[1]])).map((l, i) => `${l}  ${normRows[i][2]}`));
  input.columns.forEach((c, i) => {
    if (i === 0 || !c.notes || c.notes.norms.length === 0) return;
    out.push(...wrap(c.notes.norms.join('; '), `  ${t.ownNorms(i)}: `, '    '));
  });
  return out.join('\n') + '\n';
}
