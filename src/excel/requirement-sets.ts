/**
 * Every Office.js API the add-in calls, with the requirement set that brings it (from the
 * "[Api set: …]" remarks of @types/office-js and Microsoft's requirement-set pages). The
 * manifest declares the highest set of the APIs called without a runtime check
 * (MANIFEST_SETS); an API above that is only called behind `isSetSupported` (guarded).
 * test/excel/requirement-sets.test.ts scans src/excel, src/functions and
 * src/taskpane/index.tsx: an API named here whose set exceeds the manifest without a guard,
 * or an Excel API call missing from this table, fails the test. docs/excel.md lists them.
 */

export type SetName = 'ExcelApi' | 'SharedRuntime' | 'CustomFunctionsRuntime';

export interface ApiRequirement {
  /** `Class.member` as in the Office.js typings (Excel.* classes without the namespace). */
  api: string;
  set: SetName;
  version: string;
  /** Called only after Office.context.requirements.isSetSupported(set, version). */
  guarded?: boolean;
  /** Where the code uses it. */
  use: string;
}

export const REQUIREMENTS: readonly ApiRequirement[] = [
  // Reading the workbook (read.ts, merged-areas.ts)
  { api: 'WorksheetCollection.getFirst', set: 'ExcelApi', version: '1.5', use: 'sheet walk, first link' },
  { api: 'Worksheet.getNextOrNullObject', set: 'ExcelApi', version: '1.5', use: 'sheet walk, chained links' },
  { api: 'Worksheet.getUsedRangeOrNullObject', set: 'ExcelApi', version: '1.4', use: 'used range of each sheet (valuesOnly)' },
  { api: 'WorksheetCollection.load', set: 'ExcelApi', version: '1.1', use: 'sheet names (fallback walk, write-back)' },
  { api: 'WorksheetCollection.getItem', set: 'ExcelApi', version: '1.1', use: 'sheet by name' },
  { api: 'Worksheet.getRange', set: 'ExcelApi', version: '1.1', use: 'row chunks, write-back cells' },
  { api: 'Range.values', set: 'ExcelApi', version: '1.1', use: 'read and write values' },
  { api: 'Range.address', set: 'ExcelApi', version: '1.1', use: 'used range origin' },
  { api: 'Range.rowCount', set: 'ExcelApi', version: '1.1', use: 'used range size' },
  { api: 'Range.columnCount', set: 'ExcelApi', version: '1.1', use: 'used range size' },
  { api: 'Range.getMergedAreasOrNullObject', set: 'ExcelApi', version: '1.13', guarded: true, use: 'merged cells, filled before the reader' },
  { api: 'RangeAreas.areas', set: 'ExcelApi', version: '1.9', guarded: true, use: 'merged areas (behind the 1.13 check)' },
  // Selecting a cell (index.ts)
  { api: 'WorksheetCollection.getActiveWorksheet', set: 'ExcelApi', version: '1.1', use: 'address without a sheet' },
  { api: 'Worksheet.activate', set: 'ExcelApi', version: '1.1', use: 'go to a cell, show the comparison sheet' },
  { api: 'Range.select', set: 'ExcelApi', version: '1.1', use: 'go to a cell' },
  // Write-back (index.ts)
  { api: 'WorksheetCollection.add', set: 'ExcelApi', version: '1.1', use: 'comparison sheet' },
  { api: 'Worksheet.delete', set: 'ExcelApi', version: '1.1', use: 'replace the comparison sheet' },
  { api: 'Range.numberFormat', set: 'ExcelApi', version: '1.1', use: 'write-back formats' },
  { api: 'Range.formulas', set: 'ExcelApi', version: '1.1', use: 'live FORMATIE formulas' },
  { api: 'RangeFont.bold', set: 'ExcelApi', version: '1.1', use: 'header cells' },
  { api: 'RangeFormat.autofitColumns', set: 'ExcelApi', version: '1.2', use: 'column widths' },
  { api: 'TableCollection.add', set: 'ExcelApi', version: '1.1', use: 'comparison table' },
  { api: 'Table.style', set: 'ExcelApi', version: '1.1', use: 'comparison table style' },
  { api: 'ChartCollection.add', set: 'ExcelApi', version: '1.1', use: 'comparison chart' },
  { api: 'ChartTitle.text', set: 'ExcelApi', version: '1.1', use: 'chart title' },
  { api: 'ChartLegend.position', set: 'ExcelApi', version: '1.1', use: 'chart legend' },
  { api: 'Chart.setPosition', set: 'ExcelApi', version: '1.1', use: 'chart placement' },
  // Scenarios in the workbook (index.ts)
  { api: 'SettingCollection.getItemOrNullObject', set: 'ExcelApi', version: '1.4', use: 'load saved scenarios' },
  { api: 'SettingCollection.add', set: 'ExcelApi', version: '1.4', use: 'save scenarios' },
  { api: 'Setting.value', set: 'ExcelApi', version: '1.4', use: 'saved scenarios' },
  // The shared runtime (pane-host.ts)
  { api: 'Addin.onVisibilityModeChanged', set: 'SharedRuntime', version: '1.1', use: 'read the workbook when the pane is shown' },
  // Custom functions (src/functions)
  { api: 'CustomFunctions.associate', set: 'CustomFunctionsRuntime', version: '1.1', use: 'registration (appended by the metadata plugin)' },
  { api: 'CustomFunctions.Error', set: 'CustomFunctionsRuntime', version: '1.2', use: 'error values with a message' },
  { api: 'Invocation.parameterAddresses', set: 'CustomFunctionsRuntime', version: '1.3', use: 'FORMATIE.ISSUES names the cells (@requiresParameterAddresses)' },
];

/** The sets the manifest declares: the highest unguarded version per set. */
export const MANIFEST_SETS: Readonly<Record<SetName, string>> = {
  ExcelApi: '1.5',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
};

/** Compares "1.13" and "1.5" as versions (13 > 5). */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
