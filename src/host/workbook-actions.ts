/**
 * The port: what the task pane can ask of its host workbook. It sits below both sides:
 * the adapters (src/excel over Office.js, src/browser over an .xlsx in memory) implement
 * it, the pane (src/taskpane) consumes it, and neither imports the other. Only the pane's
 * entry file (src/taskpane/index.tsx) picks an adapter and passes it into
 * <App actions={…} />; tests pass fakes. Types only: this folder imports model and sheet
 * types and nothing else (test/architecture.test.ts).
 */

import type { ColumnOverride, SheetValues } from '../sheet/types';
import type { ScenarioInput } from '../model/api';
import type { Lang } from '../model/labels';
import type { Norms } from '../model/norms';

export interface SourceTableRef {
  sheet: string;
  /** Range including the header row (and title rows when useful), without sheet: `A4:H61`. */
  range: string;
}

export interface ComparisonRequest {
  /** Scenarios in pane order; the current situation is always written first. */
  scenarios: ScenarioInput[];
  /** The formation tables the formulas read (METRIC/SCENARIO table arguments). */
  tables: SourceTableRef[];
  /** Norm overrides of the analysis (the current-situation column). */
  norms?: Partial<Norms>;
  lang: Lang;
  /**
   * Column mappings made by hand in the pane (optional). The browser adapter re-reads its
   * in-memory workbook with them; the Excel adapter may ignore them (its live formulas read
   * the tables with the reader's own detection).
   */
  overrides?: ColumnOverride[];
  /**
   * Browser download only: add the staff tables' rows as read (names, salaries) to the result
   * workbook. Default false (a staff table is summarised). The Excel adapter ignores it.
   */
  includeStaff?: boolean;
}

/**
 * The multi-year projection to write back (projection.md, "Faces"). `projection` is the
 * projection file object as the pane's form holds it (keys of projection-params.ts, only
 * the ones the user set; the rest are the defaults).
 */
export interface ProjectionRequest {
  projection: Record<string, unknown>;
  /** Scenarios in pane order (each gets its own parameter block and "shortage after" column). */
  scenarios: ScenarioInput[];
  /** The formation tables the PROJECTION formulas read. */
  tables: SourceTableRef[];
  norms?: Partial<Norms>;
  lang: Lang;
  overrides?: ColumnOverride[];
}

export interface WorkbookActions {
  mode: 'excel' | 'browser';
  /**
   * Values of every sheet (used ranges), for the pure reader. Excel: at most 2 syncs under
   * the 5 MB request limit, chunked above it; browser: the opened .xlsx in memory.
   * `onProgress` gets 0..1.
   */
  loadSheets(onProgress?: (fraction: number) => void): Promise<SheetValues[]>;
  /**
   * Stops a running loadSheets (browser mode: terminates the read worker); that read then
   * rejects with an error whose `code` is 'cancelled'. Absent where a read cannot be stopped.
   */
  cancelLoad?(): void;
  /** Select a cell such as `'Lesvraag 26-27'!G28` (browser mode: no-op or scroll). */
  selectCell(address: string): Promise<void>;
  /**
   * Excel: write a new sheet with live FORMATIE formulas, a table and a native chart
   * (never overwrite without `confirmOverwrite` returning true). Browser: download a new
   * result workbook holding the comparison as values. Returns the sheet or file name.
   */
  writeComparison(req: ComparisonRequest, confirmOverwrite: (sheetName: string) => Promise<boolean>): Promise<string>;
  /**
   * Excel: a new sheet "Prognose" with the parameter rows as key/value blocks, live
   * FORMATIE.PROJECTION formulas per year and a native line chart (never overwrite without
   * `confirmOverwrite`). Browser: download a new workbook with the projection as values.
   * Optional: a host without it hides the pane's write button. Returns the sheet or file name.
   */
  writeProjection?(req: ProjectionRequest, confirmOverwrite: (sheetName: string) => Promise<boolean>): Promise<string>;
  /** Scenarios saved in the workbook (Excel: workbook settings / custom XML; browser: none or memory). */
  loadScenarios(): Promise<ScenarioInput[]>;
  saveScenarios(scenarios: ScenarioInput[]): Promise<void>;
}
