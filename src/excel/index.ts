/**
 * The Excel adapter of the task pane: the only code in the product that touches
 * Office.js. It implements WorkbookActions (src/host/workbook-actions.ts).
 *
 * Office.js is reached through one seam, `run` (Excel.run by default), so tests pass a
 * fake request context that records every sync, load and write.
 *
 * Sync budgets (docs/README-excel.md): loadSheets 2 (chunked above ~4 MB: 1 + ⌈size/4 MB⌉),
 * selectCell 1, writeComparison 2 (≤ 3), writeProjection 2 (≤ 3), loadScenarios 1, saveScenarios 1.
 */

import type { ComparisonRequest, ProjectionRequest, WorkbookActions } from '../host/workbook-actions';
import type { ScenarioInput } from '../model/api';
import { splitAddress } from '../model/address';
import { buildComparisonLayout, comparisonSheetBaseName } from './layout';
import { buildProjectionLayout, projectionSheetBaseName } from './projection-layout';
import { readSheets } from './read';
import { parseStoredScenarios, SCENARIOS_SETTING, serializeScenarios } from './scenario-store';

export { ExcelActionError } from './errors';
export { scenarioToParameterRows } from './parameters';
export { buildComparisonLayout } from './layout';
export { buildProjectionLayout } from './projection-layout';
export { BYTES_PER_CELL, CHUNK_BYTES, MAX_CELLS } from './read';
export { SCENARIOS_SETTING, parseStoredScenarios } from './scenario-store';

/** Excel.run's shape, narrowed to what the adapter uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** A free sheet name: `base (2)`, `base (3)`… (sheet names compare case-insensitively). */
export function freeSheetName(base: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let n = 2;
  while (taken.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}

/** What both write-backs share: the layout's blocks and its chart (layout.ts, projection-layout.ts). */
interface SheetLayout {
  writes: { address: string; numberFormat?: unknown; values?: unknown; formulas?: unknown; bold?: boolean }[];
  chart: { source: string; title: string; topLeft: string; bottomRight: string };
  autofit: string[];
}

/**
 * One write-back in 2 syncs: (1) the sheet names; (2) a new sheet named `base` with the
 * layout's blocks, `decorate` (table, chart) and autofit, activated. A sheet called `base`
 * already is replaced only when `confirmOverwrite` says so, and a sheet the formulas read
 * (`sources`) is never offered for deletion: the new one is then `base (2)`, `base (3)`…
 */
function writeSheet(
  run: ExcelRun,
  base: string,
  sources: string[],
  layout: SheetLayout,
  confirmOverwrite: (sheetName: string) => Promise<boolean>,
  decorate: (ws: Excel.Worksheet) => Excel.Chart,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync(); // 1: which sheet names exist

    const existing = sheets.items.map((s) => s.name);
    const clash = existing.find((n) => n.toLowerCase() === base.toLowerCase());
    let name = base;
    let replace: string | null = null;
    if (clash !== undefined) {
      const isSource = sources.some((sheet) => sheet.toLowerCase() === clash.toLowerCase());
      if (!isSource && (await confirmOverwrite(clash))) replace = clash;
      else name = freeSheetName(base, existing);
    }

    if (replace !== null) sheets.getItem(replace).delete();
    const ws = sheets.add(name);
    for (const w of layout.writes) {
      const range = ws.getRange(w.address);
      if (w.numberFormat) range.numberFormat = w.numberFormat as unknown[][];
      if (w.values) range.values = w.values as unknown[][];
      if (w.formulas) range.formulas = w.formulas as unknown[][];
      if (w.bold) range.format.font.bold = true;
    }
    const chart = decorate(ws);
    chart.title.text = layout.chart.title;
    chart.legend.position = 'Bottom';
    chart.setPosition(layout.chart.topLeft, layout.chart.bottomRight);
    for (const a of layout.autofit) ws.getRange(a).format.autofitColumns();
    ws.activate();
    await context.sync(); // 2: everything written at once
    return name;
  });
}

async function writeComparison(
  run: ExcelRun,
  req: ComparisonRequest,
  confirmOverwrite: (sheetName: string) => Promise<boolean>,
): Promise<string> {
  // Built (and validated) before Excel is touched: a bad request writes nothing (and, the
  // function being async, reaches the caller as a rejected promise, not a throw).
  const layout = buildComparisonLayout(req);
  const sources = req.tables.map((t) => t.sheet);
  return writeSheet(run, comparisonSheetBaseName(req.lang), sources, layout, confirmOverwrite, (ws) => {
    const table = ws.tables.add(layout.table.address, true);
    table.style = layout.table.style;
    return ws.charts.add('ColumnClustered', ws.getRange(layout.chart.source), 'Rows');
  });
}

/** The projection sheet (projection-layout.ts): 2 syncs, as writeComparison. */
async function writeProjection(
  run: ExcelRun,
  req: ProjectionRequest,
  confirmOverwrite: (sheetName: string) => Promise<boolean>,
): Promise<string> {
  const layout = buildProjectionLayout(req);
  const sources = req.tables.map((t) => t.sheet);
  // Excel.ChartType.line / Excel.ChartSeriesBy.columns (string values: no Excel global needed in tests).
  return writeSheet(run, projectionSheetBaseName(req.lang), sources, layout, confirmOverwrite, (ws) =>
    ws.charts.add('Line', ws.getRange(layout.chart.source), 'Columns'),
  );
}

export function createExcelActions(run: ExcelRun = defaultRun): WorkbookActions {
  return {
    mode: 'excel',

    loadSheets(onProgress) {
      return run((context) => readSheets(context, onProgress));
    },

    async selectCell(address) {
      await run(async (context) => {
        const { sheet, range } = splitAddress(address);
        const sheets = context.workbook.worksheets;
        const ws = sheet !== undefined ? sheets.getItem(sheet) : sheets.getActiveWorksheet();
        ws.activate();
        ws.getRange(range).select();
        await context.sync();
      });
    },

    writeComparison(req, confirmOverwrite) {
      return writeComparison(run, req, confirmOverwrite);
    },

    writeProjection(req, confirmOverwrite) {
      return writeProjection(run, req, confirmOverwrite);
    },

    loadScenarios() {
      return run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SCENARIOS_SETTING);
        item.load('value');
        await context.sync();
        return item.isNullObject ? [] : parseStoredScenarios(item.value);
      });
    },

    async saveScenarios(scenarios: ScenarioInput[]) {
      await run(async (context) => {
        context.workbook.settings.add(SCENARIOS_SETTING, serializeScenarios(scenarios));
        await context.sync();
      });
    },
  };
}
