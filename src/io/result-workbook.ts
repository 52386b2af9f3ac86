/**
 * The result workbook of `formatie analyse --out` and of the browser mode's download:
 * a NEW workbook with the comparison of scenarios, the totals, the issues and the tables
 * as read. The user's own workbook is never re-saved (cli.md: that would drop its charts
 * and pivot tables).
 *
 * - Personal data stays out by default: a staff table appears summarised per location,
 *   category and subject (result-staff.ts); `includeStaff` adds its rows as read.
 * - Made to be printed (result-layout.ts): fit to page width, header rows and label
 *   column repeated, landscape where wide, a header and footer with the file, the date
 *   and "concept".
 * - Every text from the user's cells is a plain string, never a formula, and text that
 *   looks like one gets a leading apostrophe (result-text.ts cellText).
 *
 * One builder, two writers: `fillResultWorkbook` is a generator that writes the sheets row
 * by row in order and yields every ROWS_PER_YIELD rows. `buildResultWorkbook` runs it on an
 * in-memory exceljs Workbook (browser, tests: write it with `wb.xlsx.writeBuffer()`);
 * result-stream.ts runs it on exceljs's streaming WorkbookWriter and lets the zip drain
 * at every yield, so the CLI's memory stays bounded. Node and browser: only exceljs, no fs.
 */

import { NUMBER_FORMATS, numberFormatFor, roundNoise } from '../model/format';
import * as ExcelJS from 'exceljs';
import type { Analysis, ScenarioResult } from '../model/api';
import type { Field, FormationTable, Issue, Category, StaffTable } from '../model/types';
import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, type Lang, type TotalKey } from '../model/labels';
import { NORM_DEFS } from '../model/norms';
import { CATEGORY_LABELS, FIELD_LABELS, KIND_LABELS, RESULT_TEXT, cellText, sheetName } from './result-text';
import { SMALL_ROW_HEIGHT, heightFor, linesFor, makeStyles, printOptions, setWidths, type Styles } from './result-layout';
import { MIN_GROUP_FOR_COST, summariseStaff } from './result-staff';

export { RESULT_TEXT, KIND_LABELS, CATEGORY_LABELS, plainText, cellText, sheetName } from './result-text';

export interface ResultWorkbookOptions {
  /** Name of the analysed file, shown in the title rows and the print header. */
  file?: string;
  /**
   * Per scenario column (same order as `scenarios`): the assumption behind it, such as a
   * preset's reading of the seed ("aanname"). null or '' for none.
   */
  notes?: (string | null | undefined)[];
  /** Issues not tied to one table (reader issues, engine notes), shown on the issues sheet. */
  extraIssues?: Issue[];
  /**
   * Add the staff tables' rows as read (names, personnel numbers, pay per person). Default
   * false: a staff table appears summarised per location, category and subject.
   */
  includeStaff?: boolean;
}

/** The number format of one figure (model/format.ts: one table for the workbook and the Excel sheet). */
export const numFmtFor = numberFormatFor;
const NUM_FMT = NUMBER_FORMATS;

/** Rows written between two yields of fillResultWorkbook. */
export const ROWS_PER_YIELD = 2000;

/** A number for a cell: finite numbers pass, anything else is an empty cell (null). */
function num(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? roundNoise(v) : null;
}

/** A user's text as a cell value (null stays empty). */
function text(v: string | null | undefined): string | null {
  return v === null || v === undefined ? null : cellText(String(v));
}

/** Sets one cell's value and (shared) style. */
function put(row: ExcelJS.Row, col: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): void {
  const cell = row.getCell(col);
  cell.value = value;
  cell.style = style;
}

/** Ends a sheet: the streaming writer flushes it, the in-memory one has nothing to do. */
function commitSheet(ws: ExcelJS.Worksheet): void {
  const c = (ws as unknown as { commit?: () => unknown }).commit;
  if (typeof c === 'function') c.call(ws);
}

interface Ctx {
  wb: ExcelJS.Workbook;
  lang: Lang;
  file: string | undefined;
  s: Styles;
  taken: Set<string>;
}

/** A new sheet with its print setup; the widths are set before any row. */
function addSheet(
  c: Ctx, wanted: string, widths: number[], titleRows: string,
  views: Partial<ExcelJS.WorksheetView>[], labelColumn = true,
): ExcelJS.Worksheet {
  const ws = c.wb.addWorksheet(sheetName(wanted, c.taken), {
    views: views as ExcelJS.WorksheetView[],
    ...printOptions({ titleRows, widths, labelColumn }, c.file, c.lang),
  });
  setWidths(ws, widths);
  return ws;
}

/** Title (row 1) and file (row 2). */
function titleRows(c: Ctx, ws: ExcelJS.Worksheet, title: string): void {
  put(ws.getRow(1), 1, title, c.s.title);
  if (c.file) {
    const row = ws.getRow(2);
    put(row, 1, RESULT_TEXT[c.lang].file, c.s.subtitle);
    put(row, 2, cellText(c.file), c.s.subtitle);
  }
}

/** The header row, tall enough for its longest wrapped label. */
function headerRow(c: Ctx, row: ExcelJS.Row, labels: (string | null)[], widths: number[], small = false): void {
  const size = small ? 8 : 11;
  labels.forEach((l, i) => put(row, i + 1, l, small ? c.s.smallHeader : c.s.header));
  const lines = Math.max(...labels.map((l, i) => linesFor(l, widths[i] ?? 10, size)));
  if (lines > 1) row.height = heightFor(lines, size);
  row.commit();
}

/**
 * A long text over the sheet's full width: merged across its columns, wrapped, the row as
 * tall as the text needs (an overflowing text would widen the printed area and shrink
 * every page of the sheet).
 */
function wideText(
  c: Ctx, ws: ExcelJS.Worksheet, r: number, value: string, widths: number[], style: Partial<ExcelJS.Style>, fontSize: number,
): void {
  const row = ws.getRow(r);
  const total = widths.reduce((a, b) => a + b, 0);
  put(row, 1, value, { ...style, alignment: { wrapText: true, vertical: 'top' } });
  if (widths.length > 1) ws.mergeCells(r, 1, r, widths.length);
  row.height = heightFor(linesFor(value, total, fontSize), fontSize);
  row.commit();
}

/** Compact column widths (8 pt text): 0.8 of an 11 pt width, at least 5. */
const compact = (w: number): number => Math.max(5, Math.round(w * 0.8 * 10) / 10);

/**
 * Writes the result workbook into `wb` (in-memory or streaming), yielding every
 * ROWS_PER_YIELD rows. `scenarios` are the columns of the comparison, in order (the CLI
 * passes the current situation first, then each scenario).
 */
export function* fillResultWorkbook(
  wb: ExcelJS.Workbook,
  analysis: Analysis,
  scenarios: ScenarioResult[],
  tables: FormationTable[],
  lang: Lang,
  options: ResultWorkbookOptions = {},
): Generator<void, void, void> {
  const t = RESULT_TEXT[lang];
  wb.creator = 'Formatieplanner VO';
  // Fixed dates keep the output of the same input identical (no timestamp churn).
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const c: Ctx = { wb, lang, file: options.file, s: makeStyles(), taken: new Set() };

  addComparisonSheet(c, analysis, scenarios, options);
  addTotalsSheet(c, analysis);
  addSubjectsSheet(c, analysis);
  yield* addIssuesSheet(c, collectIssues(analysis, tables, options.extraIssues ?? []));
  for (const table of tables) {
    if (table.kind === 'staff' && !options.includeStaff) addStaffSummarySheet(c, table);
    else yield* addTableSheet(c, `${table.sheet} (${t.asRead})`, table);
  }
}

/** Builds the result workbook in memory (browser download, tests). */
export function buildResultWorkbook(
  analysis: Analysis,
  scenarios: ScenarioResult[],
  tables: FormationTable[],
  lang: Lang,
  options: ResultWorkbookOptions = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const steps = fillResultWorkbook(wb, analysis, scenarios, tables, lang, options);
  while (!steps.next().done) {
    // run to the end
  }
  return wb;
}

function addComparisonSheet(c: Ctx, analysis: Analysis, scenarios: ScenarioResult[], options: ResultWorkbookOptions): void {
  const t = RESULT_TEXT[c.lang];
  const widths = [44, ...scenarios.map(() => 22)];
  const ws = addSheet(c, t.comparison, widths, '4:4', [{ state: 'frozen', xSplit: 1, ySplit: 4 }]);
  titleRows(c, ws, t.title);
  headerRow(c, ws.getRow(4), [t.figure, ...scenarios.map((s) => text(s.name))], widths);

  let r = 5;
  for (const key of SCENARIO_KEYS) {
    const row = ws.getRow(r);
    const band = r % 2 === 0;
    put(row, 1, LABELS[key][c.lang], band ? c.s.labelBand : c.s.label);
    const st = band ? c.s.numBand(numFmtFor(key)) : c.s.num(numFmtFor(key));
    scenarios.forEach((s, i) => put(row, i + 2, num(s[key]), st));
    row.commit();
    r++;
  }
  const notes = options.notes ?? [];
  if (notes.some((n) => n)) {
    const row = ws.getRow(r++);
    put(row, 1, t.assumption, c.s.wrapTop);
    scenarios.forEach((_, i) => put(row, i + 2, text(notes[i] || null), c.s.wrapTop));
    row.height = heightFor(Math.max(...scenarios.map((_, i) => linesFor(notes[i], widths[i + 1], 9))), 9);
    row.commit();
  }
  if (scenarios.some((s) => s.solved !== undefined)) {
    const row = ws.getRow(r++);
    put(row, 1, t.solved, c.s.wrapTop);
    let lines = 1;
    scenarios.forEach((s, i) => {
      if (s.solved === undefined) return;
      const v = s.solved
        ? `${s.solved.parameter} = ${s.solved.value}`
        : `${t.noSolution}${s.solveReason ? `: ${s.solveReason}` : ''}`;
      put(row, i + 2, text(v), c.s.wrapTop);
      lines = Math.max(lines, linesFor(v, widths[i + 1], 9));
    });
    row.height = heightFor(lines, 9);
    row.commit();
  }
  r++;
  wideText(c, ws, r++, t.nullNote, widths, c.s.note, 9);
  r++;
  headerRow(c, ws.getRow(r++), [t.norms, t.value, t.unit], widths);
  for (const d of NORM_DEFS) {
    const row = ws.getRow(r++);
    put(row, 1, c.lang === 'en' ? d.en : d.nl, c.s.label);
    put(row, 2, num(analysis.norms[d.key]), c.s.plain);
    put(row, 3, (c.lang === 'en' ? d.unitEn : d.unitNl) + (d.assumption ? ` (${t.normAssumption})` : ''), c.s.plain);
    row.commit();
  }
  commitSheet(ws);
}

function addTotalsSheet(c: Ctx, analysis: Analysis): void {
  const t = RESULT_TEXT[c.lang];
  const columns: { name: string; values: Record<TotalKey, number | null> }[] = [
    { name: t.total, values: analysis.totals },
    ...analysis.byLocation.map((l) => ({ name: l.location, values: l })),
  ];
  const widths = [40, ...columns.map(() => 16)];
  const ws = addSheet(c, t.totals, widths, '4:4', [{ state: 'frozen', xSplit: 1, ySplit: 4 }]);
  titleRows(c, ws, t.totalsTitle);
  headerRow(c, ws.getRow(4), [t.figure, ...columns.map((col) => text(col.name))], widths);
  let r = 5;
  for (const key of TOTAL_KEYS) {
    const row = ws.getRow(r);
    const band = r % 2 === 0;
    put(row, 1, LABELS[key][c.lang], band ? c.s.labelBand : c.s.label);
    const st = band ? c.s.numBand(numFmtFor(key)) : c.s.num(numFmtFor(key));
    columns.forEach((col, i) => put(row, i + 2, num(col.values[key]), st));
    row.commit();
    r++;
  }
  wideText(c, ws, r + 1, t.nullNote, widths, c.s.note, 9);
  commitSheet(ws);
}

function addSubjectsSheet(c: Ctx, analysis: Analysis): void {
  const t = RESULT_TEXT[c.lang];
  const keys = ['teacherLessonsPerWeek', 'teacherFteNeeded', 'teacherFteAvailable', 'shortageFte'] as const;
  const widths = [26, ...keys.map(() => 16)];
  const ws = addSheet(c, t.subjects, widths, '4:4', [{ state: 'frozen', ySplit: 4 }]);
  titleRows(c, ws, t.subjectsTitle);
  headerRow(c, ws.getRow(4), [t.subject, ...keys.map((k) => LABELS[k][c.lang])], widths);
  let r = 5;
  for (const s of analysis.bySubject) {
    const row = ws.getRow(r);
    const band = r % 2 === 0;
    put(row, 1, text(s.subject), band ? c.s.labelBand : c.s.label);
    keys.forEach((k, i) => put(row, i + 2, num(s[k]), band ? c.s.numBand(numFmtFor(k)) : c.s.num(numFmtFor(k))));
    row.commit();
    r++;
  }
  commitSheet(ws);
}

type IssueLine = { cell: string; message: string; messageEn?: string; sheet?: string; row?: number };

/** All issues: the reader's per table (full Issue objects), the engine's, and the extra ones, without duplicates. */
export function collectIssues(analysis: Analysis, tables: FormationTable[], extra: Issue[] = []): IssueLine[] {
  const out: IssueLine[] = [];
  const seen = new Set<string>();
  const add = (i: IssueLine) => {
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

function* addIssuesSheet(c: Ctx, issues: IssueLine[]): Generator<void, void, void> {
  const t = RESULT_TEXT[c.lang];
  const widths = [24, 68]; // portrait
  const ws = addSheet(c, t.issues, widths, '1:1', [{ state: 'frozen', ySplit: 1 }]);
  headerRow(c, ws.getRow(1), [t.cell, t.message], widths);
  if (issues.length === 0) {
    put(ws.getRow(2), 1, t.noIssues, c.s.plain);
  } else {
    const wrap = { alignment: { wrapText: true, vertical: 'top' } } as Partial<ExcelJS.Style>;
    const top = { alignment: { vertical: 'top' } } as Partial<ExcelJS.Style>;
    let r = 2;
    for (const i of issues) {
      const row = ws.getRow(r++);
      const message = c.lang === 'en' && i.messageEn ? i.messageEn : i.message;
      put(row, 1, text(i.cell), top);
      put(row, 2, text(message), wrap);
      const lines = linesFor(message, widths[1]);
      if (lines > 1) row.height = heightFor(Math.min(lines, 30));
      row.commit();
      if (r % ROWS_PER_YIELD === 0) yield;
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: 2 } };
  }
  commitSheet(ws);
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
            const cat = (row as { category: Category | null }).category;
            return cat ? CATEGORY_LABELS[cat][lang] : null;
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

/** A column's width: its header and the values of the first rows, within 6..30 characters. */
function widthOf(header: string, values: unknown[], numeric: boolean): number {
  let w = Math.min(header.length, 18) + 1;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const len = typeof v === 'number' ? (numeric ? String(Math.round(v)).length + 4 : String(v).length) : String(v).length;
    if (len + 1 > w) w = len + 1;
  }
  return Math.max(6, Math.min(30, w));
}

function* addTableSheet(c: Ctx, wanted: string, table: FormationTable): Generator<void, void, void> {
  const t = RESULT_TEXT[c.lang];
  const rows = table.rows as { ref: { row: number } }[];
  // A column appears when the table maps its field or a row holds a value for it.
  const mapped = table.columns as Record<string, number | undefined>;
  const columns = tableColumns(table, c.lang).filter(
    (col) => col.key === 'category' || mapped[col.key] !== undefined
      || rows.some((r) => col.get(r as never) !== null && col.get(r as never) !== undefined),
  );
  const sample = rows.slice(0, 200);
  const widths = [7, ...columns.map((col) => compact(widthOf(col.header, sample.map((r) => col.get(r as never)), !!col.numFmt)))];
  const ws = addSheet(c, wanted, widths, '2:2', [{ state: 'frozen', ySplit: 2 }]);
  const title = `${t.table}: '${table.sheet}'!${table.range} (${KIND_LABELS[table.kind][c.lang]}), ${rows.length} ${c.lang === 'en' ? 'rows' : 'rijen'}`;
  put(ws.getRow(1), 1, text(title), { font: { bold: true, size: 10 } });
  headerRow(c, ws.getRow(2), [t.sourceRow, ...columns.map((col) => text(col.header))], widths, true);
  // One shared style per column (and per band), the same object for every row (result-layout.ts).
  const plain = [c.s.small(undefined), ...columns.map((col) => c.s.small(col.numFmt))];
  const banded = [c.s.smallBand(undefined), ...columns.map((col) => c.s.smallBand(col.numFmt))];
  const getters = columns.map((col) => col.get);
  const n = getters.length;
  let r = 3;
  for (const src of rows) {
    const styles = r % 2 === 0 ? banded : plain;
    const row = ws.getRow(r++);
    row.height = SMALL_ROW_HEIGHT;
    put(row, 1, src.ref.row, styles[0]);
    for (let i = 0; i < n; i++) {
      const v = getters[i](src as never);
      const value = typeof v === 'string' ? cellText(v) : typeof v === 'number' ? num(v) : null;
      put(row, i + 2, value, styles[i + 1]);
    }
    row.commit();
    if (r % ROWS_PER_YIELD === 0) yield;
  }
  commitSheet(ws);
}

function addStaffSummarySheet(c: Ctx, table: StaffTable): void {
  const t = RESULT_TEXT[c.lang];
  const sum = summariseStaff(table, c.lang);
  const cols: { header: string; fmt?: string; width: number; get: (g: (typeof sum.groups)[number]) => ExcelJS.CellValue }[] = [];
  if (sum.hasLocation) cols.push({ header: FIELD_LABELS.location[c.lang], width: 20, get: (g) => text(g.location) });
  cols.push({ header: FIELD_LABELS.category[c.lang], width: 20, get: (g) => g.category });
  if (sum.hasSubject) cols.push({ header: FIELD_LABELS.subject[c.lang], width: 20, get: (g) => text(g.subject) });
  cols.push({ header: t.persons, fmt: NUM_FMT.count, width: 13, get: (g) => g.employees });
  cols.push({ header: FIELD_LABELS.fte[c.lang], fmt: NUM_FMT.fte, width: 10, get: (g) => num(g.fte) });
  if (sum.hasCost) cols.push({ header: FIELD_LABELS.cost[c.lang], fmt: NUM_FMT.euro, width: 16, get: (g) => num(g.cost) });
  const widths = cols.map((col) => compact(col.width));
  const ws = addSheet(c, `${table.sheet} (${t.staffSummary})`, widths, '3:3', [{ state: 'frozen', ySplit: 3 }]);
  wideText(c, ws, 1, text(t.staffTitle(table.sheet, table.range, table.rows.length))!, widths, { font: { bold: true, size: 10 } }, 10);
  wideText(c, ws, 2, t.staffIncludeHint, widths, c.s.note, 9);
  headerRow(c, ws.getRow(3), cols.map((col) => col.header), widths, true);
  let r = 4;
  for (const g of sum.groups) {
    const row = ws.getRow(r);
    row.height = SMALL_ROW_HEIGHT;
    const band = r % 2 === 1;
    cols.forEach((col, i) => put(row, i + 1, col.get(g), band ? c.s.smallBand(col.fmt) : c.s.small(col.fmt)));
    row.commit();
    r++;
  }
  if (sum.anyHidden) wideText(c, ws, r + 1, t.staffCostHidden(MIN_GROUP_FOR_COST), widths, c.s.note, 9);
  commitSheet(ws);
}
