/**
 * The workbook of `formatie bestuur --out` (projection.md, "Board overview"): the overview
 * per school and location with the board total last, the board's scenarios, and the
 * workbooks that could not be read. The figures come summed from the cli (bestuur-board.ts);
 * this file only lays them out (values rounded of float noise, number formats per key).
 */

import * as ExcelJS from 'exceljs';
import { LABELS, SCENARIO_KEYS, TOTAL_KEYS, type Lang } from '../model/labels';
import { numberFormatFor, roundNoise } from '../model/format';

export interface BoardWorkbookInput {
  /** One row per school (and location), the board total last; figures by TOTAL_KEYS key. */
  rows: { label: string; figures: Record<string, unknown> }[];
  /** The board's scenario sums, by SCENARIO_KEYS key, with `name`. */
  scenarios: Record<string, unknown>[];
  /** Workbooks that could not be read, with the reason. */
  errors: { file: string; error: string }[];
}

const TEXT = {
  nl: { sheet: 'Bestuur', sheetScen: 'Scenario\u2019s', school: 'School / vestiging', scenario: 'Scenario', errors: 'Niet gelezen', file: 'Bestand', error: 'Reden' },
  en: { sheet: 'Board', sheetScen: 'Scenarios', school: 'School / location', scenario: 'Scenario', errors: 'Not read', file: 'File', error: 'Reason' },
};

/** A finite number rounded of float noise; anything else an empty cell (never 0). */
const put = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? roundNoise(v) : null);

export async function buildBoardWorkbook(input: BoardWorkbookInput, lang: Lang): Promise<Uint8Array> {
  const T = TEXT[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(T.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  ws.getRow(1).values = [T.school, ...TOTAL_KEYS.map((k) => LABELS[k][lang])];
  ws.getRow(1).font = { bold: true };
  input.rows.forEach((r, i) => {
    const row = ws.getRow(2 + i);
    row.values = [r.label, ...TOTAL_KEYS.map((k) => put(r.figures[k]))];
    TOTAL_KEYS.forEach((k, c) => (row.getCell(2 + c).numFmt = numberFormatFor(k)));
  });
  ws.getRow(ws.rowCount).font = { bold: true };
  ws.getColumn(1).width = 36;
  const sc = wb.addWorksheet(T.sheetScen, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sc.getRow(1).values = [T.scenario, ...SCENARIO_KEYS.map((k) => LABELS[k][lang])];
  sc.getRow(1).font = { bold: true };
  input.scenarios.forEach((s, i) => {
    const row = sc.getRow(2 + i);
    row.values = [String(s.name), ...SCENARIO_KEYS.map((k) => put(s[k]))];
    SCENARIO_KEYS.forEach((k, c) => (row.getCell(2 + c).numFmt = numberFormatFor(k)));
  });
  sc.getColumn(1).width = 36;
  if (input.errors.length > 0) {
    const e = wb.addWorksheet(T.errors);
    e.getRow(1).values = [T.file, T.error];
    e.getRow(1).font = { bold: true };
    input.errors.forEach((b, i) => (e.getRow(2 + i).values = [b.file, b.error]));
    e.getColumn(1).width = 40;
    e.getColumn(2).width = 100;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
