/**
 * Reads one workbook file the user named, with the checks and one-line messages of
 * `analyse` (cli.md exit code 2; issue 11's limits): missing, not a regular file or too
 * large, not an .xlsx, damaged or refused, no formation table. Shared by `prognose` and
 * `bestuur` (and its worker threads).
 */

import { loadWorkbookValues, looksLikeOle, looksLikeZip } from '../io/xlsx';
import { readWorkbook } from '../sheet';
import type { ReadResult, SheetValues } from '../sheet/types';
import type { Lang } from '../model/labels';
import { MSG, UsageError } from './args';
import { firstLine, readUserFile } from './run-analysis';
import { readWorkbookFile, workbookRefusalLine } from './open-workbook';

export interface WorkbookFile {
  sheets: SheetValues[];
  read: ReadResult;
}

/** The sheets and formation tables of `file`; a UsageError with one line when it cannot be read. */
export async function loadWorkbookFile(file: string, read: ((f: string) => Promise<Uint8Array>) | undefined, lang: Lang): Promise<WorkbookFile> {
  const m = MSG[lang];
  const bytes = await readUserFile(read ?? readWorkbookFile, file, lang, m.missing);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(looksLikeOle(bytes) ? m.ole(file) : m.notXlsxExt(file));
  if (!looksLikeZip(bytes)) throw new UsageError(looksLikeOle(bytes) ? m.ole(file) : m.notXlsxMagic(file));
  let sheets: SheetValues[];
  try {
    sheets = await loadWorkbookValues(bytes);
  } catch (e) {
    throw new UsageError(workbookRefusalLine(file, e, lang) ?? m.corrupt(file, firstLine(e)));
  }
  const result = readWorkbook(sheets);
  if (result.tables.length === 0) throw new UsageError(m.noTable(file));
  return { sheets, read: result };
}
