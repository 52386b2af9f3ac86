/**
 * The result workbook written as a stream (CLI --out): exceljs's streaming WorkbookWriter
 * (it keeps what the result workbook needs: column widths, shared styles, frozen panes,
 * autofilter, page setup, print titles, header and footer) fed by the same builder as the
 * in-memory workbook (result-workbook.ts fillResultWorkbook). At every yield of the
 * builder the event loop runs, so the zip stream drains what the committed rows produced:
 * memory stays bounded by the tables already in memory, not by the cells written.
 *
 * Node only (fs streams); the browser download uses buildResultWorkbook.
 */

import * as ExcelJS from 'exceljs';
import type { Analysis, ScenarioResult } from '../model/api';
import type { FormationTable } from '../model/types';
import type { Lang } from '../model/labels';
import { fillResultWorkbook, type ResultWorkbookOptions } from './result-workbook';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Writes the result workbook to `file` (created or replaced; the caller picks a temporary name). */
export async function writeResultWorkbookFile(
  file: string,
  analysis: Analysis,
  scenarios: ScenarioResult[],
  tables: FormationTable[],
  lang: Lang,
  options: ResultWorkbookOptions = {},
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const steps = fillResultWorkbook(wb as unknown as ExcelJS.Workbook, analysis, scenarios, tables, lang, options);
  while (!steps.next().done) await tick();
  await wb.commit();
}
