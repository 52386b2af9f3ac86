/**
 * The readable report of `formatie analyse` (without --json): tables found, issues per
 * cell, totals per location and overall, shortage per subject, one column per scenario.
 */

import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable, Issue } from '../model/types';
import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, type Lang } from '../model/labels';
import { NORM_DEFS } from '../model/norms';
import { KIND_LABELS, collectIssues } from '../io/result-workbook';
import { shortName, textTable } from './format';
import { formatFigureOrNull as formatFigure, nullText } from '../model/format';

/** One column of the scenario comparison. */
export interface ScenarioColumn {
  result: ScenarioResult;
  /** The assumption behind the scenario (a preset's reading), shown under its name. */
  note: string | null;
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
    norms: 'Normen',
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
    norms: 'Norms',
    assumption: 'assumption',
    nullNote: (n: string) => `"${n}" means: the workbook holds no data for this figure (not 0).`,
  },
} as const;

function plainNumber(v: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 4 }).format(v);
}

/** Keeps a user's text on one line in the report. */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001F\u007F]+/g, ' ');
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
    s.issues.slice(0, max).forEach((i) => out.push(`    ${oneLine(i.cell)}  ${msg(i)}`));
    if (s.issues.length > max) out.push(`    ${t.more(s.issues.length - max)}`);
    s.issues.forEach((i) => listed.add(`${i.cell}\u0000${i.message}`));
  }
  const rest = all.filter((i) => !listed.has(`${i.cell}\u0000${i.message}`));
  if (rest.length > 0) {
    out.push(`  ${t.other}`);
    rest.slice(0, max).forEach((i) => out.push(`    ${oneLine(i.cell)}  ${msg(i)}`));
    if (rest.length > max) out.push(`    ${t.more(rest.length - max)}`);
  }
  out.push('');

  // Totals per location and overall.
  out.push(t.totals);
  const locs = analysis.byLocation;
  out.push(...textTable([
    [t.figure, ...locs.map((l) => oneLine(l.location)), t.total],
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
    out.push(`  ${i === 0 ? ' ' : String(i)}${i === 0 ? ' ' : '.'} ${oneLine(c.result.name)}`);
    if (c.note) out.push(`     ${t.assumption}: ${oneLine(c.note)}`);
    const solved = c.result.solved;
    if (solved !== undefined) {
      out.push(solved
        ? `     ${t.solved}: ${solved.parameter} = ${plainNumber(solved.value, lang)}`
        : `     ${t.noSolution}${c.result.solveReason ? `: ${oneLine(c.result.solveReason)}` : ''}`);
    }
  });
  out.push(...textTable([
    [t.figure, ...input.columns.map((c, i) => (i === 0 ? '' : `${i}. `) + shortName(oneLine(c.result.name)))],
    ...SCENARIO_KEYS.map((k) => [LABELS[k][lang], ...input.columns.map((c) => formatFigure(k, c.result[k], lang))]),
  ]));
  out.push('');

  // Norms used, assumptions marked.
  out.push(`${t.norms}: ` + NORM_DEFS.map((d) =>
    `${lang === 'en' ? d.en : d.nl} ${plainNumber(analysis.norms[d.key], lang)}${d.assumption ? ` (${t.assumption})` : ''}`,
  ).join('; '));
  out.push(t.nullNote(nullText(lang)));
  return out.join('\n') + '\n';
}
