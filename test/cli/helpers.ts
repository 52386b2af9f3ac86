/** Helpers for the CLI and io tests: run the CLI in-process and build small workbooks. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export function tmpDir(prefix = 'formatie-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes a workbook whose sheets are given as rows of cell values (row 1 first). */
export async function writeWorkbook(file: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      r.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}

/**
 * The hand-made school of the tests: one demand table (2 cohorts, no subject column, so
 * every row is its own cohort) under a title row, and one staff table.
 */
export const SMALL_DEMAND: ExcelJS.CellValue[][] = [
  ['Testschool'],
  ['Vestiging', 'Leerjaar', 'Leerlingen', 'Groepsgrootte', 'Lesuren'],
  ['Noord', 1, 56, 28, 30],
  ['Zuid', 1, 45, 28, 30],
];
export const SMALL_STAFF: ExcelJS.CellValue[][] = [
  ['Naam', 'Vestiging', 'Functie', 'FTE', 'Loonkosten'],
  ['=1+1', 'Noord', 'Docent', 1, 80000],
  ['B. Jansen', 'Zuid', 'Docent', '0,8', 64000],
  ['C. Bakker', 'Noord', 'Onderwijsassistent', 1, 50000],
];

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'voorbeeld-formatie.xlsx');
export const EXAMPLE_SCENARIO = path.join(__dirname, '..', '..', 'examples', 'scenario-leerplein.json');
