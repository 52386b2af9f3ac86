/**
 * The result workbook of `formatie analyse --out` and of the browser mode's download:
 * a NEW workbook with the comparison of scenarios, the totals, the issues and the tables
 * as read. The user's own workbook is never re-saved (cli.md: that would drop its charts
 * and pivot tables).
 *
 * Node and browser: only exceljs, no fs. Write it with `wb.xlsx.writeBuffer()`.
 *
 * Every text that comes from the user's cells is written as a plain string value, never
 * as a formula: "=SUM(A1)" in a cell stays the text "=SUM(A1)".
 */

import { NUMBER_FORMATS, numberFormatFor, roundNoise } from '../model/format';
import * as ExcelJS from 'exceljs';
import type { Analysis, ScenarioResult } from '../model/api';
import type { Field, FormationTable, Issue, Category } from '../model/types';
import {
  LABELS, SCENARIO_KEYS, TOTAL_KEYS,
  type Lang, type TotalKey,
} from '../model/labels';
import { NORM_DEFS } from '../model/norms';
import { CATEGORY_LABELS, FIELD_LABELS, KIND_LABELS } from '../model/vocabulary';

export interface ResultWorkbookOptions {
  /** Name of the analysed file, shown in the title rows. */
  file?: string;
  /**
   * Per scenario column (same order as `scenarios`): the assumption behind it, such as a
   * preset's reading of the seed ("aanname"). null or '' for none.
   */
  notes?: (string | null | undefined)[];
  /** Issues not tied to one table (reader issues, engine notes), shown on the issues sheet. */
  extraIssues?: Issue[];
}

/** Sheet names and fixed texts per language. */
export const RESULT_TEXT = {
  nl: {
    comparison: 'Vergelijking',
    totals: 'Totalen',
    subjects: 'Per vak',
    issues: 'Problemen',
    asRead: 'gelezen',
    title: 'Formatieplanner VO: vergelijking van scenario\u2019s',
    totalsTitle: 'Formatieplanner VO: totalen per vestiging',
    subjectsTitle: 'Formatieplanner VO: lesvraag en bezetting per vak',
    file: 'Bestand',
    figure: 'Kengetal',
    total: 'Totaal',
    assumption: 'Aanname',
    solved: 'Opgelost',
    noSolution: 'geen oplossing',
    norms: 'Normen',
    value: 'Waarde',
    unit: 'Eenheid',
    normAssumption: 'aanname',
    subject: 'Vak',
    cell: 'Cel',
    sheet: 'Blad',
    row: 'Rij',
    message: 'Melding',
    noIssues: 'Geen problemen gevonden.',
    sourceRow: 'Rij in bron',
    table: 'Tabel',
    nullNote: 'Een lege cel betekent: de werkmap bevat de gegevens voor dit kengetal niet (geen 0).',
  },
  en: {
    comparison: 'Comparison',
    totals: 'Totals',
    subjects: 'By subject',
    issues: 'Issues',
    asRead: 'as read',
    title: 'Formatieplanner VO: scenario comparison',
    totalsTitle: 'Formatieplanner VO: totals by location',
    subjectsTitle: 'Formatieplanner VO: teaching demand and staffing by subject',
    file: 'File',
    figure: 'Figure',
    total: 'Total',
    assumption: 'Assumption',
    solved: 'Solved',
    noSolution: 'no solution',
    norms: 'Norms',
    value: 'Value',
    unit: 'Unit',
    normAssumption: 'assumption',
    subject: 'Subject',
    cell: 'Cell',
    sheet: 'Sheet',
    row: 'Row',
    message: 'Message',
    noIssues: 'No issues found.',
    sourceRow: 'Source row',
    table: 'Table',
    nullNote: 'An empty cell means: the workbook holds no data for this figure (not 0).',
  },
} as const;

export { KIND_LABELS, CATEGORY_LABELS } from '../model/vocabulary';

/** The number format of one figure (model/format.ts: one table for the workbook and the Excel sheet). */
export const numFmtFor = numberFormatFor;
const NUM_FMT = NUMBER_FORMATS;

// Characters XML 1.0 cannot hold (a cell with one would make the file unreadable).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_CELL_TEXT = 32767;

/** A user's text as a safe plain string cell value (never a formula, never invalid XML). */
export function plainText(text: string): string {
  let s = text.replace(XML_INVALID, '');
  if (s.length > MAX_CELL_TEXT) s = s.slice(0, MAX_CELL_TEXT);
  return s;
}

/** A number for a cell: finite numbers pass, anything else is an empty cell (null). */
function num(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? roundNoise(v) : null;
}

/** Sets a text cell. exceljs stores a JS string as a string cell (shared string), never a formula. */
function setText(cell: ExcelJS.Cell, text: string | null | undefined): void {
  cell.value = text === null || text === undefined ? null : plainText(String(text));
}

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** A valid, unique worksheet name (≤ 31 chars, no \ / ? * [ ] :, not starting or ending with '). */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = plainText(wanted).replace(INVALID_SHEET_CHARS, '-').replace(/^'+|'+$/g, '').trim();
  if (!base) base = 'Blad';
  let name = base.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` ${i}`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
}

function titleRows(ws: ExcelJS.Worksheet, title: string, file: string | undefined, lang: Lang): void {
  const t = RESULT_TEXT[lang];
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  if (file) {
    ws.getCell('A2').value = t.file;
    setText(ws.getCell('B2'), file);
  }
}

/**
 * Builds the result workbook. `scenarios` are the columns of the comparison, in order
 * (the CLI passes the current situation first, then each scenario).
 */
export function buildResultWorkbook(
  analysis: Analysis,
  scenarios: ScenarioResult[],
  tables: FormationTable[],
  lang: Lang,
  options: ResultWorkbookOptions = {},
): ExcelJS.Workbook {
  const t = RESULT_TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Formatieplanner VO';
  // Fixed dates keep the output of the same input identical (no timestamp churn).
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const taken = new Set<string>();

  addComparisonSheet(wb, sheetName(t.comparison, taken), analysis, scenarios, lang, options);
  addTotalsSheet(wb, sheetName(t.totals, taken), analysis, lang, options.file);
  addSubjectsSheet(wb, sheetName(t.subjects, taken), analysis, lang, options.file);
  addIssuesSheet(wb, sheetName(t.issues, taken), analysis, tables, lang, options.extraIssues ?? []);
  for (const table of tables) {
    addTableSheet(wb, sheetName(`${table.sheet} (${t.asRead})`, taken), table, lang);
  }
  return wb;
}

function addComparisonSheet(
  wb: ExcelJS.Workbook, name: string, analysis: Analysis, scenarios: ScenarioResult[],
  lang: Lang, options: ResultWorkbookOptions,
): void {
  const t = RESULT_TEXT[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  titleRows(ws, t.title, options.file, lang);
  ws.getColumn(1).width = 46;
  for (let i = 0; i < scenarios.length; i++) ws.getColumn(i + 2).width = 26;

  const header = ws.getRow(4);
  header.getCell(1).value = t.figure;
  scenarios.forEach((s, i) => setText(header.getCell(i + 2), s.name));
  header.alignment = { wrapText: true, vertical: 'top' };
  styleHeader(header);

  let r = 5;
  for (const key of SCENARIO_KEYS) {
    const row = ws.getRow(r++);
    row.getCell(1).value = LABELS[key][lang];
    const fmt = numFmtFor(key);
    scenarios.forEach((s, i) => {
      const cell = row.getCell(i + 2);
      cell.value = num(s[key]);
      cell.numFmt = fmt;
    });
  }

  const notes = options.notes ?? [];
  if (notes.some((n) => n)) {
    const row = ws.getRow(r++);
    row.getCell(1).value = t.assumption;
    row.getCell(1).font = { italic: true };
    scenarios.forEach((_, i) => {
      const cell = row.getCell(i + 2);
      setText(cell, notes[i] || null);
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  if (scenarios.some((s) => s.solved !== undefined)) {
    const row = ws.getRow(r++);
    row.getCell(1).value = t.solved;
    scenarios.forEach((s, i) => {
      if (s.solved === undefined) return;
      const text = s.solved
        ? `${s.solved.parameter} = ${s.solved.value}`
        : `${t.noSolution}${s.solveReason ? `: ${s.solveReason}` : ''}`;
      setText(row.getCell(i + 2), text);
    });
  }

  r++;
  ws.getCell(r++, 1).value = t.nullNote;
  r++;
  const nh = ws.getRow(r++);
  nh.getCell(1).value = t.norms;
  nh.getCell(2).value = t.value;
  nh.getCell(3).value = t.unit;
  styleHeader(nh);
  for (const d of NORM_DEFS) {
    const row = ws.getRow(r++);
    row.getCell(1).value = lang === 'en' ? d.en : d.nl;
    row.getCell(2).value = num(analysis.norms[d.key]);
    row.getCell(3).value = (lang === 'en' ? d.unitEn : d.unitNl) + (d.assumption ? ` (${t.normAssumption})` : '');
  }
}

function addTotalsSheet(wb: ExcelJS.Workbook, name: string, analysis: Analysis, lang: Lang, file?: string): void {
  const t = RESULT_TEXT[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  titleRows(ws, t.totalsTitle, file, lang);
  ws.getColumn(1).width = 40;
  const columns: { name: string; values: Record<TotalKey, number | null> }[] = [
    { name: t.total, values: analysis.totals },
    ...analysis.byLocation.map((l) => ({ name: l.location, values: l })),
  ];
  columns.forEach((_, i) => (ws.getColumn(i + 2).width = 18));
  const header = ws.getRow(4);
  header.getCell(1).value = t.figure;
  columns.forEach((c, i) => setText(header.getCell(i + 2), c.name));
  styleHeader(header);
  let r = 5;
  for (const key of TOTAL_KEYS) {
    const row = ws.getRow(r++);
    row.getCell(1).value = LABELS[key][lang];
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 2);
      cell.value = num(c.values[key]);
      cell.numFmt = numFmtFor(key);
    });
  }
  r++;
  ws.getCell(r, 1).value = t.nullNote;
}

function addSubjectsSheet(wb: ExcelJS.Workbook, name: string, analysis: Analysis, lang: Lang, file?: string): void {
  const t = RESULT_TEXT[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }] });
  titleRows(ws, t.subjectsTitle, file, lang);
  const keys = ['teacherLessonsPerWeek', 'teacherFteNeeded', 'teacherFteAvailable', 'shortageFte'] as const;
  ws.getColumn(1).width = 28;
  keys.forEach((_, i) => (ws.getColumn(i + 2).width = 22));
  const header = ws.getRow(4);
  header.getCell(1).value = t.subject;
  keys.forEach((k, i) => (header.getCell(i + 2).value = LABELS[k][lang]));
  styleHeader(header);
  let r = 5;
  for (const s of analysis.bySubject) {
    const row = ws.getRow(r++);
    setText(row.getCell(1), s.subject);
    keys.forEach((k, i) => {
      const cell = row.getCell(i + 2);
      cell.value = num(s[k]);
      cell.numFmt = numFmtFor(k);
    });
  }
}

/** All issues: the reader's per table (full Issue objects), the engine's, and the extra ones, without duplicates. */
export function collectIssues(analysis: Analysis, tables: FormationTable[], extra: Issue[] = []): { cell: string; message: string; messageEn?: string; sheet?: string; row?: number }[] {
  const out: { cell: string; message: string; messageEn?: string; sheet?: string; row?: number }[] = [];
  const seen = new Set<string>();
  const add = (i: { cell: string; message: string; messageEn?: string; sheet?: string; row?: number }) => {
    const k = `${i.cell}\u0000${i.message}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(i);
  };
  for (const table of tables) table.issues.forEach(add);
  for (const ts of analysis.tables) ts.issues.forEach(add);
  extra.forEach(add);
  analysis.notes.forEach(add);
  return out;
}

function addIssuesSheet(
  wb: ExcelJS.Workbook, name: string, analysis: Analysis, tables: FormationTable[], lang: Lang, extra: Issue[],
): void {
  const t = RESULT_TEXT[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: t.cell, width: 26 },
    { header: t.message, width: 100 },
  ];
  styleHeader(ws.getRow(1));
  const issues = collectIssues(analysis, tables, extra);
  if (issues.length === 0) {
    ws.getCell('A2').value = t.noIssues;
    return;
  }
  let r = 2;
  for (const i of issues) {
    const row = ws.getRow(r++);
    setText(row.getCell(1), i.cell);
    setText(row.getCell(2), lang === 'en' && i.messageEn ? i.messageEn : i.message);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: 2 } };
}

type ColumnSpec = { key: string; header: string; numFmt?: string; get: (row: never) => unknown };

function tableColumns(table: FormationTable, lang: Lang): ColumnSpec[] {
  const headerOf = (field: Field | 'category'): string => {
    const col = field === 'category' ? undefined : table.columns[field];
    const own = col !== undefined ? table.headers[col] : undefined;
    return own && own.trim() ? own : FIELD_LABELS[field][lang];
  };
  const spec = (field: Field | 'category', numFmt?: string): ColumnSpec => ({
    key: field,
    header: headerOf(field),
    numFmt,
    get: (row: never) => (row as Record<string, unknown>)[field],
  });
  switch (table.kind) {
    case 'demand':
      return [
        spec('location'), spec('department'), spec('level'), spec('year'), spec('subject'),
        spec('students', NUM_FMT.count), spec('groups', NUM_FMT.count), spec('maxGroupSize', NUM_FMT.count),
        spec('lessonsPerWeek'), spec('lessonMinutes', NUM_FMT.count),
      ];
    case 'staff':
      return [
        spec('location'), spec('department'), spec('subject'), spec('employee'),
        {
          key: 'category',
          header: FIELD_LABELS.category[lang],
          get: (row: never) => {
            const c = (row as { category: Category | null }).category;
            return c ? CATEGORY_LABELS[c][lang] : null;
          },
        },
        spec('fte', NUM_FMT.fte), spec('cost', NUM_FMT.euro), spec('period'),
      ];
    case 'summary':
      return [
        spec('location'), spec('students', NUM_FMT.count), spec('teacherFte', NUM_FMT.fte),
        spec('assistantFte', NUM_FMT.fte), spec('supportFte', NUM_FMT.fte), spec('cost', NUM_FMT.euro),
      ];
  }
}

function addTableSheet(wb: ExcelJS.Workbook, name: string, table: FormationTable, lang: Lang): void {
  const t = RESULT_TEXT[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  const rows = table.rows as { ref: { row: number } }[];
  // A column appears when the table maps its field or a row holds a value for it.
  const columns = tableColumns(table, lang).filter(
    (c) => c.key === 'category' || (table.columns as Record<string, number | undefined>)[c.key] !== undefined
      || rows.some((r) => c.get(r as never) !== null && c.get(r as never) !== undefined),
  );
  setText(
    ws.getCell('A1'),
    `${t.table}: '${table.sheet}'!${table.range} (${KIND_LABELS[table.kind][lang]}), ${rows.length} ${lang === 'en' ? 'rows' : 'rijen'}`,
  );
  ws.getCell('A1').font = { bold: true };
  const header = ws.getRow(2);
  header.getCell(1).value = t.sourceRow;
  columns.forEach((c, i) => setText(header.getCell(i + 2), c.header));
  styleHeader(header);
  ws.getColumn(1).width = 12;
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 2);
    col.width = Math.max(12, Math.min(40, c.header.length + 4));
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  let r = 3;
  for (const row of rows) {
    const values: unknown[] = [row.ref.row];
    for (const c of columns) {
      const v = c.get(row as never);
      values.push(typeof v === 'string' ? plainText(v) : typeof v === 'number' ? num(v) : v ?? null);
    }
    ws.getRow(r++).values = values as ExcelJS.CellValue[];
  }
}
